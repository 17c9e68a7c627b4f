import type { RegencyConfig } from "@satu-atap/config";
import { insertCase, withTenant, type Case, type Db, type Tenant } from "@satu-atap/db";
import { randomUUID } from "node:crypto";
import { createRegency } from "../../src/services/regencies.ts";
import { issueOutputs, type IssuedOutput } from "../../src/services/outputs/issue-outputs.ts";
import { templateConfig, uniqueSlug } from "./factories.ts";
import { testApplicantColumns, testNikCrypto } from "./procedure.ts";

// Helpers of the outputs tests (officers and NIKs: ./procedure.ts): a regency whose
// configuration has counted quotas and a non-renewable letter, and approved cases.

/**
 * The template's configuration plus what the outputs tests exercise: PAKESRA draws on a
 * counted yearly quota of 2 (`warn` when used up), the elderly food package on a quarterly
 * quota of 1 that blocks, and a letter service whose letters cannot be renewed.
 */
export async function outputsConfig(name: string): Promise<RegencyConfig> {
  const config = structuredClone(await templateConfig());
  config.meta.name = { id: name, en: name };
  config.quotas = [
    ...(config.quotas ?? []),
    {
      id: "pakesra-grants",
      label: { id: "Kuota bantuan PAKESRA", en: "PAKESRA grant quota" },
      agency: "social-office",
      limit: { kind: "count-per-period", count: 2, period: "year" },
      whenExhausted: "warn",
    },
    {
      id: "elderly-packages",
      label: { id: "Kuota paket sembako lansia", en: "Elderly food package quota" },
      agency: "social-office",
      limit: { kind: "count-per-period", count: 1, period: "quarter" },
      whenExhausted: "block",
    },
  ];
  const elderly = config.services.find((s) => s.id === "elderly-food-package");
  if (!elderly) throw new Error("template has no elderly-food-package service");
  elderly.quota = "elderly-packages";
  const pakesra = config.services.find((s) => s.id === "pakesra");
  if (!pakesra) throw new Error("template has no pakesra service");
  pakesra.quota = "pakesra-grants";
  const care = config.services.find((s) => s.id === "care-recommendation-letter");
  if (!care) throw new Error("template has no care letter service");
  config.services.push({ ...structuredClone(care), id: "one-off-letter", validity: { days: 7, renewable: false } });
  return config;
}

/** A regency on {@link outputsConfig}. */
export async function createOutputsRegency(db: Db, name = "Kabupaten Keluaran") {
  const config = await outputsConfig(name);
  const { tenant } = await createRegency({ ctx: { db }, input: { slug: uniqueSlug(), config, isTemplate: false, actor: "test", note: "outputs test regency" } });
  return { tenant, config };
}

export interface ApproveInput {
  serviceId: string;
  nik: string;
  name?: string;
  kk?: string;
  tiers?: Record<string, string | null>;
  /** Whether the applicant was found in the reference list (default true). */
  found?: boolean;
  subdistrictCode?: string;
  villageCode?: string;
  facts?: Record<string, unknown>;
}

/**
 * Approves a case the way the decision service will: the case inserted approved and its
 * outputs issued, in one transaction of the regency (a refusal rolls both back).
 */
export function caseApprover(db: Db, tenant: Tenant, config: RegencyConfig, now: () => Date, actorUserId: string) {
  return async (input: ApproveInput): Promise<{ caseRow: Case; outputs: IssuedOutput[] }> => {
    const nikCrypto = await testNikCrypto();
    const applicant = await testApplicantColumns(input);
    const service = config.services.find((s) => s.id === input.serviceId);
    if (!service) throw new Error(`no service ${input.serviceId}`);
    return withTenant(db, tenant.id, async (tx) => {
      const at = now();
      const caseRow = await insertCase(tx, {
        tenantId: tenant.id,
        number: `T-${randomUUID().slice(0, 8)}`,
        serviceId: service.id,
        deskId: service.desk,
        channel: "regency-desk",
        receivedAt: "regency",
        decisionLevel: "regency",
        subdistrictCode: input.subdistrictCode ?? "33.14.01",
        villageCode: input.villageCode ?? "33.14.01.2001",
        ...applicant,
        facts: input.facts ?? {},
        documents: [],
        listMatch: { found: input.found ?? true, personId: null, appearances: [] },
        fastPath: input.found ?? true,
        state: "approved",
        configVersion: 1,
        stateEnteredAt: at,
        dueAt: at,
        closedAt: at,
      });
      const outputs = await issueOutputs({
        ctx: { db: tx, tenant, nikCrypto },
        input: {
          caseRow,
          decision: { id: randomUUID(), tiers: input.tiers ?? {}, level: "regency", configVersion: 1 },
          config,
          actor: { userId: actorUserId, role: "desk-officer", requestId: "test" },
          now: at,
        },
      });
      return { caseRow, outputs };
    });
  };
}
