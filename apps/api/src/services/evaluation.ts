import { validateConfig, type RegencyConfig } from "@satu-atap/config";
import { getDraft } from "@satu-atap/db";
import { evaluateHousehold, HouseholdEvaluationError, isIsoDate, validateHouseholdInput, type HouseholdInput } from "@satu-atap/rules";
import { ApiError } from "../http/errors.ts";
import { getPublishedConfig } from "./configuration.ts";
import type { TenantServiceContext } from "./context.ts";

/** Which configuration to evaluate against: the one in force (or an exact version), or the draft. */
export type ConfigSource = { source: "published"; version?: number | undefined } | { source: "draft" };

/** Identifies the configuration an evaluation used, so the result can be reproduced. */
export type ConfigUsed =
  | { source: "published"; version: number; contentHash: string }
  | { source: "draft"; revision: number };

async function loadConfig(ctx: TenantServiceContext, from: ConfigSource): Promise<{ config: RegencyConfig; used: ConfigUsed }> {
  if (from.source === "published") {
    const published = await getPublishedConfig({ ctx, input: { version: from.version } });
    // Published content was validated before it was stored and versions are immutable.
    return {
      config: published.config as RegencyConfig,
      used: { source: "published", version: published.version, contentHash: published.contentHash },
    };
  }
  const draft = await getDraft(ctx.db, ctx.tenant.id);
  if (!draft) {
    throw new ApiError("NOT_FOUND", { id: "Draf konfigurasi tidak ada.", en: "There is no configuration draft." });
  }
  const checked = validateConfig(draft.content);
  if (!checked.ok) {
    // A draft may be saved while still invalid; it cannot be evaluated until fixed.
    throw new ApiError(
      "INVALID_CONFIGURATION",
      {
        id: "Draf konfigurasi masih memiliki masalah; perbaiki dulu sebelum mencoba.",
        en: "The configuration draft still has problems; fix them before trying it.",
      },
      checked.issues.map((issue) => ({ path: `draft${issue.path}`, message: issue.message })),
    );
  }
  return { config: checked.config, used: { source: "draft", revision: draft.revision } };
}

/**
 * Evaluates a household against a regency's configuration: every criterion with
 * its value, condition in words and contribution; the score and category; the
 * tier per card programme (and why higher tiers were not given); the services
 * the household is eligible for. Invalid answers are refused with every problem.
 */
export async function evaluateForTenant({
  ctx,
  input,
}: {
  ctx: TenantServiceContext;
  input: { from: ConfigSource; household: Record<string, unknown>; decisionDate?: string | undefined };
}) {
  const { config, used } = await loadConfig(ctx, input.from);

  const problems = validateHouseholdInput(config, input.household).map((problem) => ({
    path: `body${problem.path}`,
    message: problem.message,
  }));
  if (input.decisionDate !== undefined && !isIsoDate(input.decisionDate)) {
    problems.push({ path: "body/decisionDate", message: "Must be a calendar date YYYY-MM-DD" });
  }
  if (problems.length > 0) {
    throw new ApiError(
      "VALIDATION_FAILED",
      { id: "Jawaban survei tidak valid.", en: "The survey answers are not valid." },
      problems,
    );
  }

  try {
    // validateHouseholdInput accepted it, so it has the HouseholdInput shape.
    const evaluation = evaluateHousehold(config, input.household as unknown as HouseholdInput, {
      ...(input.decisionDate !== undefined ? { decisionDate: input.decisionDate } : {}),
    });
    return { configuration: used, evaluation };
  } catch (error) {
    if (error instanceof HouseholdEvaluationError) {
      // The configuration's own rules produced nonsense: a configuration problem, not bad input.
      throw new ApiError("INVALID_CONFIGURATION", error.messages);
    }
    throw error;
  }
}
