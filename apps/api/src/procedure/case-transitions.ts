import type { Permission } from "@satu-atap/auth";
import type { CaseState } from "@satu-atap/db";
import { ApiError } from "../http/errors.ts";

// The service procedure as an explicit state machine. Every change of a case's state is one
// of these actions; nothing else moves a case. Each action names the states it starts from,
// the states it may lead to (the service decides which, from the configuration), and the
// permission it needs. `docs/procedure.md` draws the same table for people.

/** An action that moves a case. */
export interface CaseAction {
  /** States the action may start from; `null` is "no case yet" (registration). */
  readonly from: readonly (CaseState | null)[];
  /** States the action may lead to. */
  readonly to: readonly CaseState[];
  /** Permission needed; `null` for steps the system takes by itself inside another action. */
  readonly permission: Permission | null;
  readonly label: { readonly id: string; readonly en: string };
}

const OPEN_STATES: readonly CaseState[] = ["registered", "surveying", "deciding", "proposed"];

/** Every action, by id. */
export const CASE_ACTIONS = {
  register: {
    from: [null],
    to: ["registered"],
    permission: "case:register",
    label: { id: "Pendaftaran", en: "Registration" },
  },
  // Runs inside registration: found on the list with the fast path → deciding; otherwise surveying.
  match: {
    from: ["registered"],
    to: ["surveying", "deciding"],
    permission: null,
    label: { id: "Pencocokan basis data", en: "Database match" },
  },
  "submit-survey": {
    from: ["surveying"],
    to: ["deciding"],
    permission: "survey:submit",
    label: { id: "Survei lapangan dikirim", en: "Field survey submitted" },
  },
  // Approved or refused; a proposal when this level may not issue; referred up to a higher level.
  decide: {
    from: ["deciding"],
    to: ["approved", "refused", "proposed", "deciding"],
    permission: "case:decide",
    label: { id: "Keputusan", en: "Decision" },
  },
  "approve-proposal": {
    from: ["proposed"],
    to: ["approved"],
    permission: "case:decide",
    label: { id: "Usulan disetujui", en: "Proposal approved" },
  },
  "return-proposal": {
    from: ["proposed"],
    to: ["deciding"],
    permission: "case:decide",
    label: { id: "Usulan dikembalikan", en: "Proposal returned" },
  },
  // A complaint (wrongly excluded/included, refused) sends a closed case back to the field.
  reverify: {
    from: ["approved", "refused"],
    to: ["surveying"],
    permission: "complaint:handle",
    label: { id: "Verifikasi ulang", en: "Re-verification" },
  },
  withdraw: {
    from: OPEN_STATES,
    to: ["withdrawn"],
    permission: "case:register",
    label: { id: "Dibatalkan", en: "Withdrawn" },
  },
} as const satisfies Record<string, CaseAction>;

/** Id of an action. */
export type CaseActionId = keyof typeof CASE_ACTIONS;

/** States a case never leaves (except through `reverify`, which opens a new round). */
export const FINAL_STATES: readonly CaseState[] = ["approved", "refused", "withdrawn"];

/** The actions people may take on a case in this state (system steps left out), in table order. */
export function allowedActions(state: CaseState): CaseActionId[] {
  return (Object.keys(CASE_ACTIONS) as CaseActionId[]).filter((id) => {
    const action: CaseAction = CASE_ACTIONS[id];
    return action.permission !== null && action.from.includes(state);
  });
}

/**
 * Refuses (409 `TRANSITION_NOT_ALLOWED`, listing the allowed actions) an action that cannot
 * start from the case's state, or lead to the state the service chose.
 */
export function assertTransition(from: CaseState, action: CaseActionId, to?: CaseState): void {
  const definition: CaseAction = CASE_ACTIONS[action];
  if (definition.from.includes(from) && (to === undefined || definition.to.includes(to))) return;
  const allowed = allowedActions(from);
  throw new ApiError(
    "TRANSITION_NOT_ALLOWED",
    {
      id: `Kasus berstatus "${from}" tidak dapat "${action}". Yang boleh: ${allowed.join(", ") || "tidak ada"}.`,
      en: `A case in state "${from}" cannot "${action}". Allowed: ${allowed.join(", ") || "none"}.`,
    },
    [{ path: "state", message: `allowed actions: ${allowed.join(", ") || "none"}` }],
  );
}

/** The strong ETag of a case revision: `"c7"`. */
export function caseEtag(revision: number): string {
  return `"c${revision}"`;
}

/**
 * The case revision an `If-Match` header names, or undefined when absent (the row lock still
 * serialises concurrent actions). A stale or foreign ETag is a 409 `CASE_CHANGED`: the issue
 * asks that of two officers deciding at once, one wins and the other gets 409.
 */
export function expectedCaseRevision(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === "" || header.trim() === "*") return undefined;
  const match = /^"c(\d{1,9})"$/.exec(header.trim());
  if (!match?.[1]) throw caseChanged();
  return Number(match[1]);
}

/** 409: somebody changed the case since the caller read it. */
export function caseChanged(): ApiError {
  return new ApiError("CASE_CHANGED", {
    id: "Kasus telah diubah petugas lain sejak Anda membukanya. Muat ulang lalu periksa kembali.",
    en: "Another officer changed the case since you opened it. Reload it and check again.",
  });
}
