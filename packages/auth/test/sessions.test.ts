import { describe, expect, it } from "vitest";
import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { createHash } from "node:crypto";
import {
  SESSION_POLICY,
  SESSION_TOKEN_LENGTH,
  assertSessionPolicy,
  checkSession,
  generateSessionToken,
  isSessionTokenFormat,
  newSessionTimes,
  sessionIdFromToken,
  startSession,
} from "../src/sessions.ts";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const t0 = new Date("2025-03-03T00:30:00Z"); // 07:30 in Jakarta: start of an office day

describe("session tokens", () => {
  it("are 32 characters of lower-case base32 carrying 160 random bits (≥ 120)", () => {
    const token = generateSessionToken();
    expect(token).toHaveLength(SESSION_TOKEN_LENGTH);
    expect(token).toMatch(/^[a-z2-7]{32}$/);
    const bytes = decodeBase32IgnorePadding(token.toUpperCase());
    expect(bytes.length * 8).toBeGreaterThanOrEqual(120);
    expect(bytes).toHaveLength(20);
  });

  it("are unique and use the whole alphabet in every position", () => {
    const tokens = Array.from({ length: 2000 }, () => generateSessionToken());
    expect(new Set(tokens).size).toBe(tokens.length);
    // With 2000 samples, each of 32 symbols is expected ~62 times per position; a missing
    // symbol would mean a biased or stuck generator.
    for (const position of [0, 15, 31]) {
      expect(new Set(tokens.map((t) => t[position])).size).toBe(32);
    }
  });

  it("are recognised by isSessionTokenFormat, and lookalikes are not", () => {
    expect(isSessionTokenFormat(generateSessionToken())).toBe(true);
    for (const bad of ["", "a".repeat(31), "a".repeat(33), "A".repeat(32), "0".repeat(32), `${"a".repeat(31)}=`, `${"a".repeat(31)} `]) {
      expect(isSessionTokenFormat(bad)).toBe(false);
    }
  });
});

describe("session ids", () => {
  it("are the lower-case hex SHA-256 of the token and never the token", () => {
    const token = generateSessionToken();
    const id = sessionIdFromToken(token);
    expect(id).toBe(createHash("sha256").update(token, "utf8").digest("hex"));
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect(id).not.toBe(token);
    expect(id).not.toContain(token);
  });

  it("match a known SHA-256 vector", () => {
    // SHA-256("abc"), FIPS 180-2 appendix B.1.
    expect(sessionIdFromToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("startSession returns a fresh token and a row keyed by its hash", () => {
    const a = startSession("user-1", t0);
    const b = startSession("user-1", t0);
    expect(a.token).not.toBe(b.token); // a new token on every login
    expect(a.session.id).toBe(sessionIdFromToken(a.token));
    expect(a.session).toMatchObject({ userId: "user-1", createdAt: t0 });
    expect(JSON.stringify(a.session)).not.toContain(a.token);
  });
});

describe("session policy", () => {
  it("defaults to 12 h idle, 7 days absolute, renewal below 11 h", () => {
    expect(SESSION_POLICY).toEqual({ idleTimeoutMs: 12 * HOUR, absoluteLifetimeMs: 7 * DAY, renewWhenRemainingMs: 11 * HOUR });
    expect(() => assertSessionPolicy(SESSION_POLICY)).not.toThrow();
  });

  it("rejects inconsistent policies", () => {
    expect(() => assertSessionPolicy({ idleTimeoutMs: 2 * DAY, absoluteLifetimeMs: DAY, renewWhenRemainingMs: HOUR })).toThrow(RangeError);
    expect(() => assertSessionPolicy({ idleTimeoutMs: HOUR, absoluteLifetimeMs: DAY, renewWhenRemainingMs: 2 * HOUR })).toThrow(RangeError);
    expect(() => assertSessionPolicy({ idleTimeoutMs: 0, absoluteLifetimeMs: DAY, renewWhenRemainingMs: 0 })).toThrow(RangeError);
    expect(() => assertSessionPolicy({ idleTimeoutMs: Number.NaN, absoluteLifetimeMs: DAY, renewWhenRemainingMs: HOUR })).toThrow(RangeError);
  });

  it("newSessionTimes sets idle and absolute expiry from now", () => {
    const times = newSessionTimes(t0);
    expect(times.createdAt.getTime()).toBe(t0.getTime());
    expect(times.expiresAt.getTime()).toBe(t0.getTime() + 12 * HOUR);
    expect(times.absoluteExpiresAt.getTime()).toBe(t0.getTime() + 7 * DAY);
    const tight = newSessionTimes(t0, { idleTimeoutMs: DAY, absoluteLifetimeMs: DAY, renewWhenRemainingMs: HOUR });
    expect(tight.expiresAt.getTime()).toBe(tight.absoluteExpiresAt.getTime());
  });
});

describe("checkSession: sliding expiry with an absolute cap", () => {
  const at = (ms: number): Date => new Date(t0.getTime() + ms);
  const fresh = newSessionTimes(t0);

  it("accepts a fresh session without renewing it", () => {
    expect(checkSession(fresh, at(10 * 60_000))).toEqual({ valid: true });
  });

  it("renews once less than renewWhenRemainingMs remains, to now + idle", () => {
    const check = checkSession(fresh, at(2 * HOUR));
    expect(check).toEqual({ valid: true, renewTo: at(14 * HOUR) });
  });

  it("keeps an active user signed in across days by sliding", () => {
    let session = { ...fresh };
    // Use every 10 hours for 5 days: each use renews, and the session never lapses.
    for (let now = 10 * HOUR; now < 5 * DAY; now += 10 * HOUR) {
      const check = checkSession(session, at(now));
      expect(check.valid).toBe(true);
      if (check.valid && check.renewTo) session = { ...session, expiresAt: check.renewTo };
    }
    expect(session.expiresAt.getTime()).toBeGreaterThan(at(4 * DAY).getTime());
  });

  it("refuses a session idle past its expiry", () => {
    expect(checkSession(fresh, at(12 * HOUR))).toEqual({ valid: false });
    expect(checkSession(fresh, at(12 * HOUR + 1))).toEqual({ valid: false });
    expect(checkSession(fresh, at(12 * HOUR - 1)).valid).toBe(true);
  });

  it("refuses at the absolute cap even while the session is active", () => {
    // Idle expiry still in the future (it was just renewed), but the 7 days are up.
    const active = { expiresAt: at(7 * DAY + 6 * HOUR), absoluteExpiresAt: fresh.absoluteExpiresAt };
    expect(checkSession(active, at(7 * DAY - 1)).valid).toBe(true);
    expect(checkSession(active, at(7 * DAY))).toEqual({ valid: false });
  });

  it("never renews past the absolute cap, and skips renewals that gain nothing", () => {
    // Already renewed up to the cap: nothing left to gain, so no write.
    const atCap = { expiresAt: fresh.absoluteExpiresAt, absoluteExpiresAt: fresh.absoluteExpiresAt };
    expect(checkSession(atCap, at(7 * DAY - 3 * HOUR))).toEqual({ valid: true });
    const beforeCap = { expiresAt: at(6 * DAY + 22 * HOUR), absoluteExpiresAt: fresh.absoluteExpiresAt };
    expect(checkSession(beforeCap, at(6 * DAY + 20 * HOUR))).toEqual({ valid: true, renewTo: fresh.absoluteExpiresAt });
  });

  it("fails closed on invalid dates", () => {
    expect(checkSession({ expiresAt: new Date(Number.NaN), absoluteExpiresAt: fresh.absoluteExpiresAt }, t0)).toEqual({ valid: false });
    expect(checkSession(fresh, new Date(Number.NaN))).toEqual({ valid: false });
  });
});
