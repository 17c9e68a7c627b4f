import type { RoleId } from "@satu-atap/auth";
import type { RegencyConfig } from "@satu-atap/config";
import { insertCase, listCases, withTenant, type Case, type CaseState, type Db, type Tenant } from "@satu-atap/db";
import { maskNik, type NikCrypto } from "@satu-atap/nik";
import { createNodeNikCrypto } from "@satu-atap/nik/node";
import { createRegency } from "../../src/services/regencies.ts";
import { bearer, createTestUser, sessionToken, uniqueEmail, type TestScope } from "./auth.ts";
import { templateConfig, uniqueSlug } from "./factories.ts";
import { TEST_NIK_KEYS } from "./nik.ts";

// Shared helpers of the procedure tests (cases, surveys, decisions, outputs, complaints):
// a regency on the template's configuration, officers in their scopes, a reference list
// imported through the API, applications registered through the API.

/** A regency running the template configuration (optionally changed first), published and with its areas. */
export async function createProcedureRegency(db: Db, change?: (config: RegencyConfig) => void): Promise<{ tenant: Tenant; config: RegencyConfig }> {
  const config = structuredClone(await templateConfig());
  change?.(config);
  const { tenant } = await createRegency({ ctx: { db }, input: { slug: uniqueSlug("proc"), config, isTemplate: false, actor: "test", note: "procedure test regency" } });
  return { tenant, config };
}

/** An officer in a role (and scope), signed in: its user id and Bearer headers. */
export async function officer(db: Db, tenantId: string, role: RoleId, scope: TestScope = {}): Promise<{ userId: string; headers: Record<string, string> }> {
  const user = await createTestUser(db, role, tenantId, uniqueEmail(role), scope);
  return { userId: user.id, headers: bearer(await sessionToken(db, user.id)) };
}

/**
 * A valid NIK per number, unique for `n` < 9999: a man of sub-district 33.14.01 born
 * 12 March '85, serial `n` + 1 (a serial of 0000 is not a NIK).
 */
export function testNik(n: number): string {
  return `3314011203${"85"}${String(n + 1).padStart(4, "0")}`;
}

const REFERENCE_HEADER = "nik,kk,name,address,village_code,category,household_size";

/** Imports a reference list through the API (the admin's headers), one line per person. */
export async function importReferenceList(
  baseUrl: string,
  slug: string,
  headers: Record<string, string>,
  list: { source: string; year: number; people: Array<{ nik: string; name: string; villageCode: string; category?: string }> },
): Promise<void> {
  const csv = [REFERENCE_HEADER, ...list.people.map((p) => `${p.nik},,${p.name},Krajan,${p.villageCode},${p.category ?? "Desil 1"},4`)].join("\n");
  const response = await fetch(`${baseUrl}/api/t/${slug}/reference-imports?source=${encodeURIComponent(list.source)}&year=${list.year}`, {
    method: "POST",
    headers: { ...headers, "content-type": "text/csv" },
    body: csv,
  });
  if (response.status !== 201) throw new Error(`reference import failed: ${response.status} ${await response.text()}`);
}

/** A registration body for the health desk's Saraswati card (override any field). */
export function registration(nik: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    serviceId: "saraswati-card",
    deskId: "health",
    channel: "regency-desk",
    applicant: { nik, name: `Pemohon ${nik.slice(-4)}` },
    villageCode: "33.14.01.2001",
    documents: ["ktp", "kk"],
    ...overrides,
  };
}

/** POSTs a registration; the raw response. */
export function postCase(baseUrl: string, slug: string, headers: Record<string, string>, body: unknown): Promise<Response> {
  return fetch(`${baseUrl}/api/t/${slug}/cases`, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify(body) });
}

/** How many cases the regency holds (read directly, regardless of reach). */
export function countCases(db: Db, tenant: Tenant): Promise<number> {
  return withTenant(db, tenant.id, async (tx) => (await listCases(tx, tenant.id, { all: true }, { limit: 1, offset: 0 })).total);
}

const nikCrypto = createNodeNikCrypto(TEST_NIK_KEYS);

/** The NIK crypto of the test server's keys (what the API reads stored NIKs with). */
export function testNikCrypto(): Promise<NikCrypto> {
  return nikCrypto;
}

/**
 * The applicant columns of a case stored directly: the NIK (and KK) keyed, encrypted and
 * masked with the test server's keys, as registration stores them.
 */
export async function testApplicantColumns(input: { nik: string; name?: string | undefined; kk?: string | undefined }) {
  const crypto = await nikCrypto;
  const [nikHmac] = await crypto.hmac("nik", [input.nik]);
  const [ciphertext] = await crypto.encrypt([input.nik]);
  const [kkHmac] = input.kk ? await crypto.hmac("kk", [input.kk]) : [null];
  return {
    applicantNikHmac: nikHmac as Uint8Array,
    applicantNikCiphertext: ciphertext as Uint8Array,
    applicantNikKeyId: crypto.keyId,
    applicantNikMasked: maskNik(input.nik),
    applicantName: input.name ?? "Pemohon Uji",
    kkHmac: (kkHmac as Uint8Array | null) ?? null,
    kkMasked: input.kk ? maskNik(input.kk) : null,
  };
}

/**
 * A case stored directly (no registration), in any state: e.g. a refused case for a
 * complaint, before the decision routes exist. NIK protected with the test server's keys.
 */
export async function insertTestCase(
  db: Db,
  tenantId: string,
  input: { state: CaseState; nik: string; number?: string; subdistrictCode?: string; villageCode?: string; at?: Date },
): Promise<Case> {
  const applicant = await testApplicantColumns({ nik: input.nik });
  const at = input.at ?? new Date();
  const final = input.state === "approved" || input.state === "refused" || input.state === "withdrawn";
  return withTenant(db, tenantId, (tx) =>
    insertCase(tx, {
      tenantId,
      number: input.number ?? `T-${Math.random().toString(36).slice(2, 10)}`,
      serviceId: "saraswati-card",
      deskId: "health",
      channel: "regency-desk",
      receivedAt: "regency",
      decisionLevel: "regency",
      subdistrictCode: input.subdistrictCode ?? "33.14.01",
      villageCode: input.villageCode ?? "33.14.01.2001",
      ...applicant,
      documents: [],
      listMatch: { found: false, personId: null, appearances: [] },
      fastPath: false,
      state: input.state,
      configVersion: 1,
      createdAt: at,
      stateEnteredAt: at,
      dueAt: new Date(at.getTime() + 3 * 86_400_000),
      closedAt: final ? at : null,
    }),
  );
}

/** Answers that show no poverty sign on any Sragen criterion. */
export const NO_SIGN: Readonly<Record<string, string | number | boolean>> = {
  floor_area_per_person: 20,
  floor_type: "tiles",
  wall_type: "plastered-brick",
  toilet: "private",
  electricity: "pln",
  water_source: "piped",
  cooking_fuel: "lpg",
  protein_per_week: 5,
  new_clothes_per_year: 3,
  meals_per_day: 3,
  can_afford_puskesmas: true,
  head_income: 2_000_000,
  head_education: "sma",
  has_saleable_asset: true,
  dependants: 1,
  chronic_illness: false,
  disability: false,
  head_age: 40,
  female_head: false,
  housing_tenure: "own",
};

/** Answers that show the poverty sign on every Sragen criterion. */
export const ALL_SIGNS: Readonly<Record<string, string | number | boolean>> = {
  floor_area_per_person: 5,
  floor_type: "earth",
  wall_type: "bamboo",
  toilet: "none",
  electricity: "none",
  water_source: "river",
  cooking_fuel: "firewood",
  protein_per_week: 0,
  new_clothes_per_year: 0,
  meals_per_day: 1,
  can_afford_puskesmas: false,
  head_income: 300_000,
  head_education: "none",
  has_saleable_asset: false,
  dependants: 5,
  chronic_illness: true,
  disability: true,
  head_age: 65,
  female_head: true,
  housing_tenure: "rent",
};

/**
 * Sragen answers with the sign on exactly the first `signs` criteria (each weighs 1): 13+ very
 * poor, 9–12 poor, 6–8 near poor, below 6 not poor (survey.classification).
 */
export function answersWithSigns(signs: number): Record<string, string | number | boolean> {
  return Object.fromEntries(Object.keys(NO_SIGN).map((id, i) => [id, (i < signs ? ALL_SIGNS : NO_SIGN)[id] as string | number | boolean]));
}

/** A narrative for every criterion and overall, as Sragen requires. */
export function narrativesFor(config: RegencyConfig) {
  return {
    criteria: Object.fromEntries(config.survey.criteria.map((c) => [c.id, `Dilihat langsung saat kunjungan: ${c.label.id}.`])),
    overall: "Rumah tangga buruh tani; kepala keluarga bekerja harian dan penghasilan tidak tetap.",
  };
}

/** Facts a desk knows of a household without insurance (registration adds the list match and village). */
export function householdFacts(overrides: Record<string, unknown> = {}) {
  const applicant = {
    birthDate: "1975-03-01",
    sex: "male",
    relation: "head",
    schoolLevel: "none",
    educationCompleted: "SD",
    disability: "none",
    chronicIllness: false,
    working: true,
    gpa: null,
    socialProblem: null,
  };
  return {
    household: {
      hasNationalHealthInsurance: false,
      hasOtherHealthInsurance: false,
      recentDeathDate: null,
      members: [applicant],
      ...overrides,
    },
    applicant,
  };
}
