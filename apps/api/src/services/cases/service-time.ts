import type { CaseEvent } from "@satu-atap/db";

/** One stretch of a case in one state, from its history. */
export interface StateStep {
  state: string;
  enteredAt: string;
  /** null while the case is still in it. */
  leftAt: string | null;
  minutes: number;
}

/** A case's time against its service's standard. */
export interface ServiceTime {
  targetMinutes: number | null;
  maxDays: number | null;
  dueAt: string;
  /** Registration until the case closed, or until now while it is open. */
  elapsedMinutes: number;
  /** Whether the case is past `dueAt`: still open after it, or closed after it. */
  overdue: boolean;
  /** The desk's part: registration until the case leaves the desk's hands (see {@link deskPartEnd}). */
  desk: { minutes: number; done: boolean; overTarget: boolean };
  steps: StateStep[];
}

const minutesBetween = (from: Date, to: Date) => Math.max(0, Math.floor((to.getTime() - from.getTime()) / 60_000));

/**
 * When the desk's part of a case ends: the first step after registration that hands the case
 * on or settles it. Registration and the list match happen at the desk; on the fast path the
 * desk then also decides. So the desk's part ends at the first history row that either leads
 * to a state other than `registered`/`deciding` (the case goes to the field survey, becomes a
 * proposal, is closed or withdrawn) or is a decision (referring a case up hands it on too).
 * Rows that keep the state (documents ticked) do not end it. Null: the desk still holds it.
 */
export function deskPartEnd(events: readonly CaseEvent[]): Date | null {
  for (const event of events) {
    if (event.action === "register") continue;
    if (event.action === "decide" || (event.toState !== "registered" && event.toState !== "deciding")) return event.at;
  }
  return null;
}

/**
 * The time a case spent in each state (from its append-only history), the desk's part against
 * the service's `targetMinutes`, and the whole case against `dueAt` (registration + `maxDays`).
 * Measured with the API clock's `now`, so tests move time instead of sleeping.
 */
export function serviceTimeOf(input: {
  events: readonly CaseEvent[];
  createdAt: Date;
  dueAt: Date;
  closedAt: Date | null;
  now: Date;
  standard: { targetMinutes: number; maxDays: number } | null;
}): ServiceTime {
  const { events, now } = input;
  // Only rows that change the state start a step (a documents row keeps the state).
  const entries = events.filter((e, i) => i === 0 || e.toState !== e.fromState);
  const steps: StateStep[] = entries.map((event, i) => {
    const next = entries[i + 1];
    const end = next?.at ?? now;
    return {
      state: event.toState,
      enteredAt: event.at.toISOString(),
      leftAt: next === undefined ? null : next.at.toISOString(),
      // A final state takes no time: the case is done.
      minutes: next === undefined && input.closedAt !== null ? 0 : minutesBetween(event.at, end),
    };
  });
  const end = input.closedAt ?? now;
  const deskEnd = deskPartEnd(events);
  const deskMinutes = minutesBetween(input.createdAt, deskEnd ?? now);
  return {
    targetMinutes: input.standard?.targetMinutes ?? null,
    maxDays: input.standard?.maxDays ?? null,
    dueAt: input.dueAt.toISOString(),
    elapsedMinutes: minutesBetween(input.createdAt, end),
    overdue: end.getTime() > input.dueAt.getTime(),
    desk: {
      minutes: deskMinutes,
      done: deskEnd !== null,
      overTarget: input.standard !== null && deskMinutes > input.standard.targetMinutes,
    },
    steps,
  };
}
