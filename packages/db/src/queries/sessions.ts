import { and, eq, lte, ne, or, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { sessions, users, type Membership, type NewSession, type Session, type User } from "../schema/index.ts";
import { listMembershipsForUser } from "./memberships.ts";

/** A session with its user and all of the user's memberships. */
export interface SessionWithUser {
  session: Session;
  user: User;
  memberships: Membership[];
}

/**
 * Stores a new session. `id` is the SHA-256 hex of the token
 * (`sessionIdFromToken` in @satu-atap/auth), never the token: the database
 * refuses anything that is not 64 hex digits.
 *
 * @example
 * const { token, session } = startSession(user.id, new Date());
 * await insertSession(db, { ...session, ip, userAgent });
 */
export async function insertSession(db: Db, session: NewSession): Promise<Session> {
  const [row] = await db.insert(sessions).values(session).returning();
  if (row === undefined) throw new Error("insert into sessions returned no row");
  return row;
}

/**
 * The session with this id (hashed token), with its user and memberships, in
 * two queries. Returns it whatever its expiry: decide with `checkSession`
 * (@satu-atap/auth), then delete or touch it.
 *
 * @example
 * const found = await getSessionWithUser(db, sessionIdFromToken(token));
 * if (!found || !checkSession(found.session, now).valid || found.user.status !== "active") …
 */
export async function getSessionWithUser(db: Db, sessionId: string): Promise<SessionWithUser | undefined> {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sessionId))
    .limit(1);
  if (row === undefined) return undefined;
  return { ...row, memberships: await listMembershipsForUser(db, row.user.id) };
}

/**
 * Slides a session's expiry (and records when it was last seen). The database
 * caps it at the absolute expiry, so a bad `expiresAt` cannot extend a session
 * past its cap. Returns false when the session is gone.
 *
 * @example
 * if (check.renewTo) await touchSession(db, session.id, check.renewTo);
 */
export async function touchSession(db: Db, sessionId: string, expiresAt: Date, lastSeenAt: Date = new Date()): Promise<boolean> {
  const updated = await db
    .update(sessions)
    .set({ expiresAt: sql`least(${expiresAt.toISOString()}::timestamptz, ${sessions.absoluteExpiresAt})`, lastSeenAt })
    .where(eq(sessions.id, sessionId))
    .returning({ id: sessions.id });
  return updated.length > 0;
}

/**
 * Deletes one session (sign-out, or an expired one found on use). Returns
 * whether it existed.
 *
 * @example
 * await deleteSession(db, sessionIdFromToken(token));
 */
export async function deleteSession(db: Db, sessionId: string): Promise<boolean> {
  const deleted = await db.delete(sessions).where(eq(sessions.id, sessionId)).returning({ id: sessions.id });
  return deleted.length > 0;
}

/**
 * Deletes all of a user's sessions (disabled account, password change), except
 * optionally the one making the request. Returns how many were deleted.
 *
 * @example
 * await deleteUserSessions(db, user.id, { exceptSessionId: current.id });
 */
export async function deleteUserSessions(db: Db, userId: string, options: { exceptSessionId?: string } = {}): Promise<number> {
  const { exceptSessionId } = options;
  const condition =
    exceptSessionId === undefined
      ? eq(sessions.userId, userId)
      : and(eq(sessions.userId, userId), ne(sessions.id, exceptSessionId));
  const deleted = await db.delete(sessions).where(condition).returning({ id: sessions.id });
  return deleted.length;
}

/**
 * Deletes sessions that have expired (idle or absolute) by `now`; for a
 * periodic clean-up. Returns how many were deleted.
 *
 * @example
 * await deleteExpiredSessions(db, new Date());
 */
export async function deleteExpiredSessions(db: Db, now: Date): Promise<number> {
  const deleted = await db
    .delete(sessions)
    .where(or(lte(sessions.expiresAt, now), lte(sessions.absoluteExpiresAt, now)))
    .returning({ id: sessions.id });
  return deleted.length;
}
