import { describe, expect, it } from "vitest";
import {
  INSECURE_SESSION_COOKIE_NAME,
  SESSION_COOKIE_NAME,
  deleteSessionCookie,
  isSecureContextRequired,
  readSessionToken,
  sessionCookie,
} from "../src/cookies.ts";
import { generateSessionToken } from "../src/sessions.ts";

const now = new Date("2025-03-03T00:30:00Z");
const expiresAt = new Date(now.getTime() + 12 * 3_600_000);
const token = generateSessionToken();

function attributes(header: string): string[] {
  return header.split("; ").slice(1);
}

describe("sessionCookie", () => {
  it("sets a __Host- cookie with exactly HttpOnly, Secure, SameSite=Lax, Path=/ and no Domain", () => {
    const header = sessionCookie(token, expiresAt, { secure: true, now });
    expect(SESSION_COOKIE_NAME).toBe("__Host-satu_atap_session");
    expect(header).toBe(
      `__Host-satu_atap_session=${token}; Path=/; Expires=Mon, 03 Mar 2025 12:30:00 GMT; Max-Age=43200; HttpOnly; SameSite=Lax; Secure`,
    );
    expect(attributes(header).sort()).toEqual(
      ["Expires=Mon, 03 Mar 2025 12:30:00 GMT", "HttpOnly", "Max-Age=43200", "Path=/", "SameSite=Lax", "Secure"].sort(),
    );
    expect(header.toLowerCase()).not.toContain("domain");
  });

  it("on plain-http localhost drops Secure and the __Host- prefix (browsers refuse one without the other)", () => {
    const header = sessionCookie(token, expiresAt, { secure: false, now });
    expect(header).toBe(
      `${INSECURE_SESSION_COOKIE_NAME}=${token}; Path=/; Expires=Mon, 03 Mar 2025 12:30:00 GMT; Max-Age=43200; HttpOnly; SameSite=Lax`,
    );
    expect(header).not.toContain("__Host-");
    expect(header).not.toContain("Secure");
  });

  it("refuses a value that is not a session token (no header injection)", () => {
    expect(() => sessionCookie(`${token}; Domain=evil.example`, expiresAt, { secure: true })).toThrow(TypeError);
    expect(() => sessionCookie("", expiresAt, { secure: true })).toThrow(TypeError);
  });

  it("never emits a negative Max-Age", () => {
    expect(sessionCookie(token, new Date(now.getTime() - 1000), { secure: true, now })).toContain("Max-Age=0;");
  });
});

describe("deleteSessionCookie", () => {
  it("expires the same cookie with the same attributes", () => {
    expect(deleteSessionCookie({ secure: true })).toBe(
      "__Host-satu_atap_session=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly; SameSite=Lax; Secure",
    );
    expect(deleteSessionCookie({ secure: false })).toBe(
      "satu_atap_session=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly; SameSite=Lax",
    );
  });
});

describe("readSessionToken", () => {
  const other = generateSessionToken();

  it("reads the __Host- cookie among others", () => {
    expect(readSessionToken(`theme=dark; __Host-satu_atap_session=${token}; lang=id`, undefined)).toEqual({ token, source: "cookie" });
    expect(readSessionToken(`__Host-satu_atap_session=${token}`, undefined, { secure: true })).toEqual({ token, source: "cookie" });
  });

  it("ignores the unprefixed cookie on a secure deployment, and reads it on localhost", () => {
    expect(readSessionToken(`satu_atap_session=${token}`, undefined, { secure: true })).toBeNull();
    expect(readSessionToken(`satu_atap_session=${token}`, undefined, { secure: false })).toEqual({ token, source: "cookie" });
  });

  it("reads Authorization: Bearer, case-insensitive scheme, preferring it over the cookie", () => {
    expect(readSessionToken(undefined, `Bearer ${token}`)).toEqual({ token, source: "bearer" });
    expect(readSessionToken(undefined, `bearer   ${token}  `)).toEqual({ token, source: "bearer" });
    expect(readSessionToken(`__Host-satu_atap_session=${other}`, `Bearer ${token}`)).toEqual({ token, source: "bearer" });
  });

  it("does not fall back to the cookie when the bearer token is malformed", () => {
    const cookie = `__Host-satu_atap_session=${other}`;
    for (const header of ["Bearer", "Bearer ", `Bearer ${token}x`, `Bearer ${token.toUpperCase()}`, `Bearer ${token} extra`, "Bearer ' OR 1=1"]) {
      expect(readSessionToken(cookie, header)).toBeNull();
    }
  });

  it("ignores other Authorization schemes (e.g. a proxy's Basic auth) and uses the cookie", () => {
    expect(readSessionToken(`__Host-satu_atap_session=${token}`, "Basic dXNlcjpwYXNz")).toEqual({ token, source: "cookie" });
    expect(readSessionToken(undefined, "Basic dXNlcjpwYXNz")).toBeNull();
  });

  it("validates the cookie value and matches the name exactly", () => {
    expect(readSessionToken("__Host-satu_atap_session=not-a-token", undefined)).toBeNull();
    expect(readSessionToken(`x__Host-satu_atap_session=${token}`, undefined)).toBeNull();
    expect(readSessionToken(`__host-satu_atap_session=${token}`, undefined)).toBeNull();
    expect(readSessionToken("", undefined)).toBeNull();
    expect(readSessionToken(undefined, undefined)).toBeNull();
    expect(readSessionToken(null, null)).toBeNull();
  });
});

describe("isSecureContextRequired", () => {
  it("relaxes only for plain http on localhost, 127.0.0.1 and [::1]", () => {
    for (const url of ["http://localhost", "http://localhost:8787/api", "http://127.0.0.1:3000", "http://[::1]:8787/"]) {
      expect(isSecureContextRequired(url)).toBe(false);
    }
  });

  it("requires Secure everywhere else, including LAN addresses and junk", () => {
    for (const url of [
      "https://localhost",
      "https://satu-atap.example.go.id",
      "http://satu-atap.example.go.id",
      "http://192.168.1.10:8787",
      "http://127.0.0.2",
      "http://localhost.example.com",
      "http://app.localhost",
      "not a url",
      "",
    ]) {
      expect(isSecureContextRequired(url)).toBe(true);
    }
    expect(isSecureContextRequired(new URL("http://localhost:5173"))).toBe(false);
  });
});
