import { and, count, eq, gt, lt, max } from "drizzle-orm";
import type { Db } from "../client.ts";
import { loginAttempts } from "../schema/index.ts";
import { normalizeEmail } from "./users.ts";

/**
 * Records a sign-in attempt for throttling. The email is normalised; it need
 * not belong to an account. Never pass the password.
 *
 * @example
 * await recordLoginAttempt(db, { email: body.email, ip: clientIp, success: false });
 */
export async function recordLoginAttempt(
  db: Db,
  attempt: { email: string; ip: string; success: boolean; at?: Date },
): Promise<void> {
  await db.insert(loginAttempts).values({ ...attempt, email: normalizeEmail(attempt.email) });
}

/**
 * Failed attempts for this account from this IP after `since` and after the
 * last successful one (a correct password resets the count). The API answers
 * 429 when it reaches 10 with `since` = now − 10 minutes.
 *
 * @example
 * const since = new Date(Date.now() - 10 * 60_000);
 * if ((await countRecentFailures(db, email, ip, since)) >= 10) throw tooManyRequests();
 */
export async function countRecentFailures(db: Db, email: string, ip: string, since: Date): Promise<number> {
  const normalized = normalizeEmail(email);
  const sameSource = and(eq(loginAttempts.email, normalized), eq(loginAttempts.ip, ip), gt(loginAttempts.at, since));
  const [lastSuccess] = await db
    .select({ at: max(loginAttempts.at) })
    .from(loginAttempts)
    .where(and(sameSource, eq(loginAttempts.success, true)));
  const after = lastSuccess?.at ?? null;
  const [row] = await db
    .select({ failures: count() })
    .from(loginAttempts)
    .where(and(sameSource, eq(loginAttempts.success, false), after === null ? undefined : gt(loginAttempts.at, after)));
  return row?.failures ?? 0;
}

/**
 * Deletes attempts older than `before` (they no longer count for anything).
 * Returns how many were deleted.
 *
 * @example
 * await pruneLoginAttempts(db, new Date(Date.now() - 24 * 3_600_000));
 */
export async function pruneLoginAttempts(db: Db, before: Date): Promise<number> {
  const deleted = await db.delete(loginAttempts).where(lt(loginAttempts.at, before)).returning({ id: loginAttempts.id });
  return deleted.length;
}
