import type { RoleId } from "@satu-atap/auth";
import type { RegencyConfig } from "@satu-atap/config";
import { addMembership, createUser, insertCase, insertVerificationTask, withTenant, type Case, type CaseState, type Db } from "@satu-atap/db";
import { maskNik } from "@satu-atap/nik";
import { createNodeNikCrypto } from "@satu-atap/nik/node";
import { hashPassword } from "@satu-atap/auth";
import { bearer, sessionToken, uniqueEmail } from "./auth.ts";
import { TEST_NIK_KEYS } from "./nik.ts";

// Shared helpers of the procedure tests (survey, decision): officers with their scopes, Sragen
// answers that give each category, and cases placed where a test needs them.

/** An officer of `role` in a regency with the given scope: its bearer headers and user id. */
export async function makeOfficer(
  db: Db,
  role: RoleId,
  tenantId: string,
  scope: { subdistrictCode?: string; areaCodes?: string[]; agencyId?: string } = {},
): Promise<{ headers: Record<string, string>; userId: string }> {
  const user = await createUser(db, { email: uniqueEmail(role), name: `Petugas ${role}`, passwordHash: await hashPassword("kopi-tubruk-pagi-hari") });
  await addMembership(db, {
    userId: user.id,
    tenantId,
    role,
    subdistrictCode: scope.subdistrictCode ?? null,
    areaCodes: scope.areaCodes ?? null,
    agencyId: scope.agencyId ?? null,
  });
  return { headers: bearer(await sessionToken(db, user.id)), userId: user.id };
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

/** Facts of a household outside the lists and without insurance, in `villageCode`. */
export function householdFacts(villageCode: string, overrides: Record<string, unknown> = {}) {
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
      inReferenceList: false,
      referenceSource: null,
      hasNationalHealthInsurance: false,
      hasOtherHealthInsurance: false,
      villageCode,
      recentDeathDate: null,
      members: [applicant],
      ...overrides,
    },
    applicant,
  };
}

let counter = 0;

/**
 * A case placed directly in the state a test starts from (as registration leaves it: a
 * `surveying` case has its open verification task). Registration has its own tests; these
 * tests start where it ends.
 */
export async function placeCase(
  db: Db,
  tenantId: string,
  input: {
    state?: CaseState;
    serviceId?: string;
    receivedAt?: "regency" | "subdistrict";
    subdistrictCode?: string;
    villageCode?: string;
    facts?: Record<string, unknown>;
    documentsPresent?: boolean;
    listMatch?: Case["listMatch"];
    nik?: string;
  } = {},
): Promise<Case> {
  counter += 1;
  const crypto = await createNodeNikCrypto(TEST_NIK_KEYS);
  const nik = input.nik ?? `33140112038${String(50000 + counter).slice(-5)}`;
  const [hmac] = await crypto.hmac("nik", [nik]);
  const [ciphertext] = await crypto.encrypt([nik]);
  if (!hmac || !ciphertext) throw new Error("nik crypto returned nothing");
  const villageCode = input.villageCode ?? "33.14.01.2001";
  const subdistrictCode = input.subdistrictCode ?? villageCode.split(".").slice(0, 3).join(".");
  const receivedAt = input.receivedAt ?? "regency";
  const state = input.state ?? "surveying";
  const now = new Date();
  return withTenant(db, tenantId, async (tx) => {
    const row = await insertCase(tx, {
      tenantId,
      number: `T-${Date.now()}-${counter}`,
      serviceId: input.serviceId ?? "saraswati-card",
      deskId: "health",
      channel: receivedAt === "regency" ? "regency-desk" : "subdistrict",
      receivedAt,
      decisionLevel: receivedAt,
      subdistrictCode,
      villageCode,
      applicantNikHmac: hmac,
      applicantNikCiphertext: ciphertext,
      applicantNikKeyId: crypto.keyId,
      applicantNikMasked: maskNik(nik),
      applicantName: `Pemohon ${counter}`,
      facts: input.facts ?? householdFacts(villageCode),
      documents: [
        { id: "ktp", present: true },
        { id: "kk", present: true },
        { id: "village-cover-letter", present: input.documentsPresent ?? true },
      ],
      listMatch: input.listMatch ?? { found: false, personId: null, appearances: [] },
      fastPath: input.listMatch?.found ?? false,
      state,
      configVersion: 1,
      stateEnteredAt: now,
      dueAt: new Date(now.getTime() + 3 * 86_400_000),
    });
    if (state === "surveying") {
      await insertVerificationTask(tx, { tenantId, caseId: row.id, reason: "application", subdistrictCode, villageCode });
    }
    return row;
  });
}
