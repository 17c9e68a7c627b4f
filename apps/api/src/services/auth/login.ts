import { needsRehash, hashPassword, startSession, verifyPassword } from "@satu-atap/auth";
import {
  appendAuditEvent,
  countRecentFailures,
  deleteSession,
  findUserByEmail,
  insertSession,
  listMembershipsForUser,
  normalizeEmail,
  recordLoginAttempt,
  setUserPasswordHash,
  type Db,
} from "@satu-atap/db";
import { ApiError } from "../../http/errors.ts";
import { dummyPasswordHash } from "./dummy-hash.ts";
import { describeIdentity, type Identity } from "./identity.ts";

/** Failures per account + IP that trigger throttling, and the window they are counted in. */
export const LOGIN_FAILURE_LIMIT = 10;
export const LOGIN_WINDOW_MS = 10 * 60 * 1000;

/** Thrown when an account + IP has failed too often; `retryAfterSeconds` goes to Retry-After. */
export class LoginThrottledError extends ApiError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super("TOO_MANY_REQUESTS", {
      id: "Terlalu banyak percobaan masuk. Coba lagi nanti.",
      en: "Too many sign-in attempts. Try again later.",
    });
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

const invalidCredentials = () =>
  new ApiError("INVALID_CREDENTIALS", {
    id: "Email atau kata sandi salah.",
    en: "Wrong email or password.",
  });

/**
 * Signs a user in: a new session (its token goes to the client, only its hash is stored).
 * Unknown email, disabled account and wrong password are one and the same error, and take
 * the same time (an unknown email is verified against a dummy hash). Ten failures for this
 * email from this IP within ten minutes throttle it (429) until the window passes; every
 * attempt is recorded, and failures and throttles are audited on the platform chain.
 * A hash below the current parameters is replaced after a successful sign-in.
 */
export async function login({
  ctx,
  input,
}: {
  ctx: { db: Db; requestId: string };
  input: {
    email: string;
    password: string;
    ip: string;
    userAgent: string | null;
    /** The session the request came with, if any: replaced by the new one. */
    replacesSessionId?: string | undefined;
  };
}): Promise<{ token: string; expiresAt: Date } & Identity> {
  const { db, requestId } = ctx;
  const email = normalizeEmail(input.email);
  const now = new Date();
  const failures = await countRecentFailures(db, email, input.ip, new Date(now.getTime() - LOGIN_WINDOW_MS));
  if (failures >= LOGIN_FAILURE_LIMIT) {
    await appendAuditEvent(db, { tenantId: null, action: "auth.login_throttled", requestId, details: { email, ip: input.ip } });
    // The oldest counted failure leaves the window at most this long from now.
    throw new LoginThrottledError(LOGIN_WINDOW_MS / 1000);
  }

  const user = await findUserByEmail(db, email);
  const verified = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !verified || user.status !== "active") {
    await recordLoginAttempt(db, { email, ip: input.ip, success: false, at: now });
    const reason = !user ? "unknown-email" : !verified ? "wrong-password" : "disabled";
    await appendAuditEvent(db, {
      tenantId: null,
      actorUserId: user?.id ?? null,
      action: "auth.login_failed",
      requestId,
      details: { email, ip: input.ip, reason },
    });
    throw invalidCredentials();
  }

  await recordLoginAttempt(db, { email, ip: input.ip, success: true, at: now });
  if (needsRehash(user.passwordHash)) await setUserPasswordHash(db, user.id, await hashPassword(input.password));
  if (input.replacesSessionId !== undefined) await deleteSession(db, input.replacesSessionId);
  const { token, session } = startSession(user.id, now);
  await insertSession(db, { ...session, ip: input.ip, userAgent: input.userAgent, lastSeenAt: now });
  await appendAuditEvent(db, {
    tenantId: null,
    actorUserId: user.id,
    action: "auth.login",
    requestId,
    details: { ip: input.ip },
  });
  const identity = await describeIdentity({ ctx: { db }, input: { user, memberships: await listMembershipsForUser(db, user.id) } });
  return { token, expiresAt: session.expiresAt, ...identity };
}
