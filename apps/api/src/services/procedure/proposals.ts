import type { Issuance, RegencyConfig } from "@satu-atap/config";
import { getVersion, insertDecision, listProposedCases, pendingProposalOfCase, type Case, type Decision } from "@satu-atap/db";
import { ApiError } from "../../http/errors.ts";
import { reachesPlace, type RecordReach } from "../../procedure/record-scope.ts";
import { issueOutputs } from "../outputs/issue-outputs.ts";
import type { NikServiceContext } from "../reference-persons.ts";
import type { TenantServiceContext } from "../context.ts";
import { lockCaseForAction, moveLockedCase, type CaseActor } from "../../procedure/transition-case.ts";
import { callerLevel, levelIndex } from "./case-in-reach.ts";
import { caseStateOf, presentDecision } from "./decide-case.ts";

/** The issuance a proposal was made under (stored with it). */
function issuanceOfProposal(proposal: Decision): Issuance {
  const issuance = proposal.reason?.["issuance"] as Issuance | undefined;
  // A proposal is only ever stored with its issuance; the regency is the safe default.
  return issuance ?? { issuedBy: "regency" };
}

/** Whether the caller acts at a level that may issue what the proposal asks for. */
function mayIssue(reach: readonly RecordReach[], proposal: Decision): boolean {
  const level = callerLevel(reach);
  return level !== null && levelIndex(level) <= levelIndex(issuanceOfProposal(proposal).issuedBy);
}

function notIssuingLevel(proposal: Decision): ApiError {
  const issuedBy = issuanceOfProposal(proposal).issuedBy;
  return new ApiError("LEVEL_NOT_ALLOWED", {
    id: `Usulan ini diputuskan oleh tingkat ${issuedBy}; Anda tidak bertindak di tingkat itu.`,
    en: `This proposal is decided at the ${issuedBy} level, which you do not act at.`,
  });
}

async function lockProposed(ctx: TenantServiceContext, input: { caseId: string; reach: readonly RecordReach[]; expectedRevision: number | undefined }, action: "approve-proposal" | "return-proposal") {
  const locked = await lockCaseForAction(ctx, { ...input, action });
  const proposal = await pendingProposalOfCase(ctx.db, ctx.tenant.id, locked.id);
  if (proposal === null) throw new ApiError("CONFLICT", { id: "Kasus ini tidak memiliki usulan.", en: "The case has no proposal." });
  if (!mayIssue(input.reach, proposal)) throw notIssuingLevel(proposal);
  return { locked, proposal };
}

type ReviewInput = { caseId: string; reach: readonly RecordReach[]; expectedRevision: number | undefined; actor: CaseActor; now: Date; note?: string | undefined };

function reviewBase(ctx: TenantServiceContext, locked: Case, proposal: Decision, input: ReviewInput) {
  return {
    tenantId: ctx.tenant.id,
    caseId: locked.id,
    level: issuanceOfProposal(proposal).issuedBy,
    tiers: proposal.tiers,
    reviewsDecisionId: proposal.id,
    configVersion: proposal.configVersion,
    note: input.note ?? null,
    decidedBy: input.actor.userId.startsWith("system:") ? null : input.actor.userId,
    decidedByLabel: input.actor.label,
    decidedAt: input.now,
  };
}

/**
 * The issuing level approves a proposal: the case becomes `approved` with the proposed tiers
 * and its outputs are issued in the same transaction (under the configuration version the
 * proposal used).
 */
export async function approveProposal({ ctx, input }: { ctx: NikServiceContext; input: ReviewInput }) {
  const { locked, proposal } = await lockProposed(ctx, input, "approve-proposal");
  const decision = await insertDecision(ctx.db, { ...reviewBase(ctx, locked, proposal, input), kind: "proposal-approved", outcome: "approved" });
  const updated = await moveLockedCase({ ...ctx, now: input.now }, locked, {
    action: "approve-proposal",
    to: "approved",
    actor: input.actor,
    auditData: true,
    note: input.note ?? null,
    data: { decisionId: decision.id, proposalId: proposal.id, tiers: proposal.tiers },
  });
  const version = await getVersion(ctx.db, ctx.tenant.id, proposal.configVersion);
  if (version === undefined) throw new Error(`configuration version ${proposal.configVersion} of a proposal is missing`);
  const outputs = await issueOutputs({
    ctx,
    input: {
      caseRow: updated,
      decision: { id: decision.id, tiers: proposal.tiers, level: decision.level, configVersion: proposal.configVersion },
      config: version.content as RegencyConfig,
      actor: input.actor,
    },
  });
  return { decision: presentDecision(decision), case: caseStateOf(updated), outputs };
}

/** The issuing level returns a proposal (with a note): the case goes back to `deciding` at the proposing level. */
export async function returnProposal({ ctx, input }: { ctx: TenantServiceContext; input: ReviewInput & { note: string } }) {
  const { locked, proposal } = await lockProposed(ctx, input, "return-proposal");
  const decision = await insertDecision(ctx.db, { ...reviewBase(ctx, locked, proposal, input), kind: "proposal-returned", outcome: "returned" });
  const updated = await moveLockedCase({ ...ctx, now: input.now }, locked, {
    action: "return-proposal",
    to: "deciding",
    actor: input.actor,
    auditData: true,
    note: input.note,
    data: { decisionId: decision.id, proposalId: proposal.id, to: proposal.level },
    changes: { decisionLevel: proposal.level },
  });
  return { decision: presentDecision(decision), case: caseStateOf(updated) };
}

/** Proposals waiting for the caller's level (only those it may issue, in its reach), oldest first. */
export async function listPendingProposals({ ctx, input }: { ctx: TenantServiceContext; input: { reach: readonly RecordReach[] } }) {
  const rows = await listProposedCases(ctx.db, ctx.tenant.id);
  return {
    proposals: rows
      .filter(({ caseRow, proposal }) => reachesPlace(input.reach, caseRow) && mayIssue(input.reach, proposal))
      .map(({ caseRow, proposal }) => ({
        case: {
          id: caseRow.id,
          number: caseRow.number,
          serviceId: caseRow.serviceId,
          applicantName: caseRow.applicantName,
          applicantNik: caseRow.applicantNikMasked,
          subdistrictCode: caseRow.subdistrictCode,
          villageCode: caseRow.villageCode,
          revision: caseRow.revision,
        },
        proposal: presentDecision(proposal),
      })),
  };
}
