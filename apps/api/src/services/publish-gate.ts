import type { RegencyConfig } from "@satu-atap/config";
import { ApiError, type ErrorIssue } from "../http/errors.ts";
import type { TenantServiceContext } from "./context.ts";
import { checkTestHouseholds, comparisonBase, describeChange, describeFailure } from "./household-checks.ts";

/**
 * What the publisher confirms: `acknowledge: true` with the ids of the test households whose
 * outcome changed from the version in force (every one of them; more is allowed).
 */
export interface PublishAcknowledgement {
  acknowledge?: boolean | undefined;
  acknowledgedHouseholds?: string[] | undefined;
}

/**
 * A check run on a valid draft just before it is published: throw an ApiError to refuse;
 * what it returns is added to the publish audit event's details.
 */
export type PublishGate = (args: {
  ctx: TenantServiceContext;
  config: RegencyConfig;
  acknowledgement: PublishAcknowledgement;
}) => Promise<{ details: Record<string, unknown> }>;

/**
 * The draft's test households must all pass (else 422 TEST_HOUSEHOLDS_FAILED), and every
 * household whose outcome differs from the version in force must be acknowledged by id
 * (else 409 OUTCOMES_CHANGED_UNACKNOWLEDGED), so nobody changes who gets what by accident.
 */
export const testHouseholdGate: PublishGate = async ({ ctx, config, acknowledgement }) => {
  const base = await comparisonBase(ctx);
  const report = checkTestHouseholds(config, [], base?.config ?? null);

  const failed = report.households.filter((household) => household.status === "fail");
  if (failed.length > 0) {
    throw new ApiError(
      "TEST_HOUSEHOLDS_FAILED",
      {
        id: `${failed.length} rumah tangga contoh tidak memberi hasil yang diharapkan; perbaiki aturan atau harapannya dulu.`,
        en: `${failed.length} test household(s) do not give their expected results; fix the rules or the expectations first.`,
      },
      failed.map((household) => ({ path: `draft/testHouseholds/${household.index}`, message: describeFailure(household) })),
    );
  }

  const listed = acknowledgement.acknowledgedHouseholds ?? [];
  const known = new Set(report.households.map((household) => household.id));
  const unknown: ErrorIssue[] = listed.flatMap((id, i) =>
    known.has(id) ? [] : [{ path: `body/acknowledgedHouseholds/${i}`, message: `"${id}" is not a test household of the draft` }],
  );
  if (unknown.length > 0) {
    throw new ApiError(
      "VALIDATION_FAILED",
      { id: "Rumah tangga yang diakui tidak ada di draf.", en: "An acknowledged household is not in the draft." },
      unknown,
    );
  }

  const changed = report.households.filter((household) => household.changed);
  const confirmed = new Set(acknowledgement.acknowledge === true ? listed : []);
  const unconfirmed = changed.filter((household) => !confirmed.has(household.id));
  if (unconfirmed.length > 0) {
    const ids = unconfirmed.map((household) => household.id).join(", ");
    throw new ApiError(
      "OUTCOMES_CHANGED_UNACKNOWLEDGED",
      {
        id: `Hasil rumah tangga contoh berubah dibanding versi yang berlaku (${ids}); kirim acknowledge: true dan acknowledgedHouseholds untuk menerbitkan.`,
        en: `Test household outcomes changed from the version in force (${ids}); send acknowledge: true and acknowledgedHouseholds to publish.`,
      },
      unconfirmed.map((household) => ({ path: `draft/testHouseholds/${household.index}`, message: describeChange(household) })),
    );
  }

  return {
    details: {
      testHouseholds: { ...report.summary, comparedWith: base?.version ?? null },
      ...(changed.length > 0
        ? {
            acknowledgedChanges: changed.map((household) => ({
              id: household.id,
              published: household.published,
              draft: household.actual,
              changes: household.changes,
            })),
          }
        : {}),
    },
  };
};
