import { and, asc, eq, exists, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { memberships, users, type User, type UserStatus } from "../schema/index.ts";

/**
 * The form an email is stored and compared in: trimmed and lower-cased. The
 * unique index on `lower(email)` backs it up in the database.
 *
 * @example
 * normalizeEmail("  Ana@Sragen.go.id "); // "ana@sragen.go.id"
 */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Creates a user (status `active` unless given). The email is normalised; a
 * second account with the same email in any letter case is refused
 * (`users_email_lower_unique`). `passwordHash` must be a PHC string.
 *
 * @example
 * const user = await createUser(db, { email: "ana@sragen.go.id", name: "Ana", passwordHash: await hashPassword(pw) });
 */
export async function createUser(
  db: Db,
  input: { email: string; name: string; passwordHash: string; status?: UserStatus },
): Promise<User> {
  const [user] = await db
    .insert(users)
    .values({ ...input, email: normalizeEmail(input.email) })
    .returning();
  if (user === undefined) throw new Error("insert into users returned no row");
  return user;
}

/**
 * The user with this email, in any letter case (sign-in). Includes disabled
 * users: the caller decides what a disabled account may do.
 *
 * @example
 * const user = await findUserByEmail(db, body.email);
 */
export async function findUserByEmail(db: Db, email: string): Promise<User | undefined> {
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${normalizeEmail(email)}`)
    .limit(1);
  return user;
}

/**
 * The user with this id, if any.
 *
 * @example
 * const user = await getUser(db, session.userId);
 */
export async function getUser(db: Db, userId: string): Promise<User | undefined> {
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  return user;
}

/**
 * Enables or disables a user; returns the updated user, or undefined when
 * there is none. Disabling does not end sessions by itself: also call
 * `deleteUserSessions`.
 *
 * @example
 * await setUserStatus(db, userId, "disabled");
 * await deleteUserSessions(db, userId);
 */
export async function setUserStatus(db: Db, userId: string, status: UserStatus): Promise<User | undefined> {
  const [user] = await db.update(users).set({ status }).where(eq(users.id, userId)).returning();
  return user;
}

/**
 * Replaces a user's password hash (a PHC string), e.g. after a reset or when
 * re-hashing with newer parameters at sign-in.
 *
 * @example
 * await setUserPasswordHash(db, user.id, await hashPassword(newPassword));
 */
export async function setUserPasswordHash(db: Db, userId: string, passwordHash: string): Promise<User | undefined> {
  const [user] = await db.update(users).set({ passwordHash }).where(eq(users.id, userId)).returning();
  return user;
}

/**
 * Users ordered by email: all of them (province level), or with `tenantId`
 * only those holding at least one membership in that regency (district admin).
 *
 * @example
 * const staff = await listUsers(db, { tenantId: ctx.tenant.id });
 */
export async function listUsers(db: Db, options: { tenantId?: string } = {}): Promise<User[]> {
  const { tenantId } = options;
  const query = db.select().from(users);
  if (tenantId === undefined) return query.orderBy(asc(users.email));
  const member = db
    .select({ one: sql`1` })
    .from(memberships)
    .where(and(eq(memberships.userId, users.id), eq(memberships.tenantId, tenantId)));
  return query.where(exists(member)).orderBy(asc(users.email));
}
