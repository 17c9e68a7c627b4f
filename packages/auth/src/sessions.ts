// Sessions as Lucia's current guide describes them ("Basic session API"): a random token
// goes to the client, only its SHA-256 goes to the database, and the expiry slides with
// use. We add an absolute cap that the guide leaves optional. Everything here is pure
// (apart from the random source) so it runs unchanged on Node and on Workers; storage is
// the API's job.
import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";

/** Random bytes in a session token: 160 bits, above the 120-bit floor the issue sets. */
export const SESSION_TOKEN_BYTES = 20;

/** Length of an encoded token: 20 bytes in base32 without padding is exactly 32 characters. */
export const SESSION_TOKEN_LENGTH = 32;

// Lower-case RFC 4648 base32 alphabet, as produced by encodeBase32LowerCaseNoPadding.
const SESSION_TOKEN_PATTERN = /^[a-z2-7]{32}$/;

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/**
 * How long sessions live. The API keeps these as platform settings (ADR 0003); these are the
 * defaults.
 *
 * - `idleTimeoutMs` (12 h): an unused session ends after 12 hours. That covers a full office day
 *   (government offices work about 07:30–16:00) with long gaps, such as a morning of field visits
 *   without signal. It does not last overnight. Desk computers at the service counter are often
 *   shared, and a session left open in the evening is gone by the next morning.
 * - `absoluteLifetimeMs` (7 days): even a session that is used all the time must sign in again
 *   with the password after a week. This limits how long a stolen token stays useful while the
 *   thief keeps it busy.
 * - `renewWhenRemainingMs` (11 h): the expiry is pushed forward only when less than 11 h remain.
 *   That means at most one database write per session per hour, instead of one per request. A
 *   session always gets at least 11 h of idle time after its last request.
 *
 * @example
 * ```ts
 * const { expiresAt } = newSessionTimes(new Date(), SESSION_POLICY);
 * ```
 */
export const SESSION_POLICY: SessionPolicy = Object.freeze({
  idleTimeoutMs: 12 * HOUR_MS,
  absoluteLifetimeMs: 7 * DAY_MS,
  renewWhenRemainingMs: 11 * HOUR_MS,
});

/** The durations that govern a session's life; see {@link SESSION_POLICY}. */
export interface SessionPolicy {
  /** An unused session expires this long after its last renewal. */
  readonly idleTimeoutMs: number;
  /** No session outlives this, counted from sign-in, however active. */
  readonly absoluteLifetimeMs: number;
  /** Renew (slide) the expiry once less than this remains; must be ≤ idleTimeoutMs. */
  readonly renewWhenRemainingMs: number;
}

/**
 * A session row as the API stores it. `id` is {@link sessionIdFromToken} of the token and never
 * the token itself.
 */
export interface SessionRecord<UserId = string> {
  id: string;
  userId: UserId;
  createdAt: Date;
  /** Sliding (idle) expiry. Moves forward when {@link checkSession} says to renew. */
  expiresAt: Date;
  /** Hard limit counted from sign-in. Never moves. */
  absoluteExpiresAt: Date;
}

/** What {@link checkSession} decides for a stored session at a given moment. */
export type SessionCheck = { valid: false } | { valid: true; renewTo?: Date };

/**
 * Throws if a policy is inconsistent. Call it when the API loads policy values from its
 * settings, so that a bad setting stops start-up and does not quietly lock everyone out.
 *
 * @example
 * ```ts
 * assertSessionPolicy({ idleTimeoutMs: 3_600_000, absoluteLifetimeMs: 86_400_000, renewWhenRemainingMs: 1_800_000 });
 * ```
 */
export function assertSessionPolicy(policy: SessionPolicy): void {
  const { idleTimeoutMs, absoluteLifetimeMs, renewWhenRemainingMs } = policy;
  for (const [name, value] of Object.entries(policy)) {
    if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
      throw new RangeError(`session policy ${name} must be a positive number of milliseconds`);
    }
  }
  if (idleTimeoutMs > absoluteLifetimeMs) {
    throw new RangeError("session policy idleTimeoutMs must not exceed absoluteLifetimeMs");
  }
  if (renewWhenRemainingMs > idleTimeoutMs) {
    throw new RangeError("session policy renewWhenRemainingMs must not exceed idleTimeoutMs");
  }
}

/**
 * A new session token: 20 bytes from `crypto.getRandomValues`, encoded as lower-case base32 with
 * no padding (32 characters of `a-z2-7`). Base32 is case-insensitive and has no characters that
 * need escaping in cookies or headers. Issue a fresh one at every sign-in. Never reuse one that
 * existed before authentication, because that would allow session fixation.
 *
 * @example
 * ```ts
 * const token = generateSessionToken(); // "k3v7…" (32 chars)
 * ```
 */
export function generateSessionToken(): string {
  const bytes = new Uint8Array(SESSION_TOKEN_BYTES);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

/**
 * Whether a string has the exact shape of a token from {@link generateSessionToken}. Check
 * untrusted input with this before hashing it or looking it up.
 *
 * @example
 * ```ts
 * isSessionTokenFormat(generateSessionToken()); // true
 * isSessionTokenFormat("' OR 1=1 --"); // false
 * ```
 */
export function isSessionTokenFormat(token: string): boolean {
  return SESSION_TOKEN_PATTERN.test(token);
}

/**
 * The database key of a session: the lower-case hex SHA-256 of the token's UTF-8 bytes
 * (64 characters). A leaked sessions table therefore yields no usable tokens. A plain hash is
 * enough here, unlike with passwords, because the token has 160 bits of entropy and cannot be
 * guessed.
 *
 * @example
 * ```ts
 * const id = sessionIdFromToken(token); // store/look up by this, never by `token`
 * ```
 */
export function sessionIdFromToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/**
 * Timestamps for a session created at `now`. The idle expiry is clipped to the absolute one,
 * so a policy whose idle time equals its lifetime still works.
 *
 * @example
 * ```ts
 * const { createdAt, expiresAt, absoluteExpiresAt } = newSessionTimes(new Date());
 * ```
 */
export function newSessionTimes(
  now: Date,
  policy: SessionPolicy = SESSION_POLICY,
): { createdAt: Date; expiresAt: Date; absoluteExpiresAt: Date } {
  const start = now.getTime();
  const absolute = start + policy.absoluteLifetimeMs;
  return {
    createdAt: new Date(start),
    expiresAt: new Date(Math.min(start + policy.idleTimeoutMs, absolute)),
    absoluteExpiresAt: new Date(absolute),
  };
}

/**
 * Starts a session at sign-in: a fresh token for the client and the row for the database. The
 * caller should also delete the session that came with the request, if any.
 *
 * @example
 * ```ts
 * const { token, session } = startSession(user.id, new Date());
 * await db.insert(sessions).values(session);
 * headers.append("Set-Cookie", sessionCookie(token, session.expiresAt, { secure: true }));
 * ```
 */
export function startSession<UserId>(
  userId: UserId,
  now: Date,
  policy: SessionPolicy = SESSION_POLICY,
): { token: string; session: SessionRecord<UserId> } {
  const token = generateSessionToken();
  return { token, session: { id: sessionIdFromToken(token), userId, ...newSessionTimes(now, policy) } };
}

/**
 * Decides whether a stored session is still valid at `now`, and whether to renew it. The expiry
 * slides while the session is used, but never past the absolute cap.
 *
 * - Past `absoluteExpiresAt` or past `expiresAt`: `{ valid: false }`. Delete the row.
 * - Valid, and less than `renewWhenRemainingMs` left: `{ valid: true, renewTo }`. Store
 *   `renewTo` as the new `expiresAt` and re-send the cookie. The value is
 *   `min(now + idle, absoluteExpiresAt)`.
 * - Otherwise `{ valid: true }`, and nothing needs writing.
 *
 * @example
 * ```ts
 * const check = checkSession(row, new Date());
 * if (!check.valid) { await deleteSession(row.id); return unauthenticated(); }
 * if (check.renewTo) { await setExpiry(row.id, check.renewTo); setCookie(token, check.renewTo); }
 * ```
 */
export function checkSession(
  session: { expiresAt: Date; absoluteExpiresAt: Date },
  now: Date,
  policy: SessionPolicy = SESSION_POLICY,
): SessionCheck {
  const t = now.getTime();
  const expires = session.expiresAt.getTime();
  const absolute = session.absoluteExpiresAt.getTime();
  // NaN (an invalid Date from a bad row) fails every comparison below, so check it explicitly
  // and fail closed.
  if (Number.isNaN(t) || Number.isNaN(expires) || Number.isNaN(absolute)) return { valid: false };
  if (t >= absolute || t >= expires) return { valid: false };
  if (expires - t >= policy.renewWhenRemainingMs) return { valid: true };
  const renewTo = Math.min(t + policy.idleTimeoutMs, absolute);
  // Near the cap, renewing cannot extend the session any further, so skip the write.
  if (renewTo <= expires) return { valid: true };
  return { valid: true, renewTo: new Date(renewTo) };
}
