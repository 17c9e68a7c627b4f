import { findTenantBySlug, type Db } from "@satu-atap/db";
import { expect } from "vitest";
import { bearer, createTestUser, sessionToken } from "./auth.ts";
import { uniqueSlug } from "./factories.ts";

export interface Problem { path: string; code: string }
export interface Draft {
  revision: number;
  content: { survey: { criteria: Array<{ id: string; weight: number }> }; services: Array<{ id: string; validity?: { days: number } }> };
  problems: Problem[];
}

export interface Outcome { category: string; tiers: Record<string, string | null>; eligibleServices: string[] }
export interface HouseholdCheck {
  index: number;
  id: string;
  status: "pass" | "fail";
  expected: Outcome;
  actual: Outcome;
  differences: Record<string, unknown>;
  problems: Problem[];
  new: boolean;
  changed: boolean;
  published: Outcome | null;
  changes: Record<string, unknown>;
}
export interface CheckReport {
  draft: { revision: number };
  comparedWith: { version: number; contentHash: string; effectiveFrom: string } | null;
  summary: { total: number; passed: number; failed: number; changed: number; new: number };
  households: HouseholdCheck[];
  removed: Array<{ id: string }>;
}

/** The answer of `POST /api/auth/login`. */
export interface SignedIn {
  token: string;
  user: { id: string; email: string; name: string };
  memberships: Array<{ tenant: string | null; role: string }>;
}

export interface ApiInit { method?: string; headers?: Record<string, string>; body?: unknown; raw?: string; type?: string }

/** Two of Wonogiri's (33.12) areas: a clone's own sub-district and village. */
export const WONOGIRI_CSV = "code,name,parent\n33.12.01,Pracimantoro,33.12\n33.12.01.2001,Gebangharjo,33.12.01\n";

/**
 * Helpers for the replication stories: a JSON (or raw) request, a clone of the template
 * with its own district admin, and a read of a draft with its ETag. The server and
 * database are looked up lazily because tests create them in `beforeAll`.
 */
export function replicationHelpers(env: { baseUrl: () => string; db: () => Db; province: () => Record<string, string> }) {
  const api = (path: string, init: ApiInit = {}) =>
    fetch(`${env.baseUrl()}${path}`, {
      method: init.method ?? "GET",
      headers: {
        ...(init.body !== undefined || init.raw !== undefined ? { "content-type": init.type ?? "application/json" } : {}),
        ...init.headers,
      },
      ...(init.raw !== undefined ? { body: init.raw } : init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });

  /** A fresh clone of the template regency with its own district admin. */
  const cloneSragen = async (regencyCode = "3312") => {
    const slug = uniqueSlug("wng");
    const response = await api("/api/tenants", {
      method: "POST",
      headers: env.province(),
      body: { slug, name: "Kabupaten Wonogiri", regencyCode, cloneFrom: { tenant: "sragen" } },
    });
    expect(response.status).toBe(201);
    const tenant = await findTenantBySlug(env.db(), slug);
    if (!tenant) throw new Error("clone missing");
    const admin = bearer(await sessionToken(env.db(), (await createTestUser(env.db(), "district-admin", tenant.id)).id));
    return { slug, tenant, admin, body: (await response.json()) as { tenant: Record<string, unknown>; draft: { revision: number; problems: Problem[] } } };
  };

  const readDraft = async (slug: string, headers: Record<string, string>) => {
    const response = await api(`/api/t/${slug}/config/draft`, { headers });
    expect(response.status).toBe(200);
    return { etag: response.headers.get("etag") ?? "", draft: (await response.json()) as Draft };
  };

  /** The draft's test-household report (POST …/config/draft/check) and the ETag of the draft checked. */
  const checkDraft = async (slug: string, headers: Record<string, string>) => {
    const response = await api(`/api/t/${slug}/config/draft/check`, { method: "POST", headers });
    expect(response.status).toBe(200);
    return { etag: response.headers.get("etag") ?? "", report: (await response.json()) as CheckReport };
  };

  /**
   * What an admin does after a deliberate rule change: makes each failing test household expect
   * what the draft now gives. Answers the draft's ETag and the ids whose outcome changed from
   * the version in force (to acknowledge when publishing).
   */
  const acceptOutcomes = async (slug: string, headers: Record<string, string>) => {
    const { etag, report } = await checkDraft(slug, headers);
    const operations = report.households
      .filter((household) => household.status === "fail")
      .map((household) => ({ op: "replace", path: `/testHouseholds/${household.index}/expected`, value: household.actual }));
    if (operations.length > 0) {
      const patched = await api(`/api/t/${slug}/config/draft`, {
        method: "PATCH",
        headers: { ...headers, "if-match": etag },
        raw: JSON.stringify(operations),
        type: "application/json-patch+json",
      });
      expect(patched.status).toBe(200);
    }
    const after = await checkDraft(slug, headers);
    expect(after.report.summary.failed).toBe(0);
    return { etag: after.etag, changed: after.report.households.filter((household) => household.changed).map((household) => household.id) };
  };

  /** Signs in through `POST /api/auth/login` (a real session, as a person would): its Bearer headers. */
  const signIn = async (email: string, password: string) => {
    const response = await api("/api/auth/login", { method: "POST", body: { email, password } });
    expect(response.status).toBe(200);
    const identity = (await response.json()) as SignedIn;
    return { headers: bearer(identity.token), identity };
  };

  /** An RFC 6902 JSON Patch of the draft, with `If-Match` when `etag` is given. */
  const patchDraft = (slug: string, headers: Record<string, string>, etag: string | undefined, operations: unknown[]) =>
    api(`/api/t/${slug}/config/draft`, {
      method: "PATCH",
      headers: { ...headers, ...(etag !== undefined ? { "if-match": etag } : {}) },
      raw: JSON.stringify(operations),
      type: "application/json-patch+json",
    });

  /** Replaces the regency's sub-districts and villages with a `code,name,parent` CSV. */
  const uploadAreasCsv = (slug: string, headers: Record<string, string>, csv: string) =>
    api(`/api/t/${slug}/areas`, { method: "PUT", headers, raw: csv, type: "text/csv" });

  /** Patches the draft as it is now (reads its ETag for `If-Match`); expects 200 and answers the draft. */
  const editDraft = async (slug: string, headers: Record<string, string>, operations: unknown[]) => {
    const { etag } = await readDraft(slug, headers);
    const response = await patchDraft(slug, headers, etag, operations);
    expect(response.status).toBe(200);
    return (await response.json()) as Draft;
  };

  /**
   * Publishes as an admin who read the check report: failing expectations updated to what the
   * draft gives, changed outcomes acknowledged (publish refuses otherwise). Expects 201 and
   * answers the version published.
   */
  const publishAcknowledged = async (slug: string, headers: Record<string, string>, body: { note: string; effectiveFrom?: string }) => {
    const { etag, changed } = await acceptOutcomes(slug, headers);
    const acknowledgement = changed.length > 0 ? { acknowledge: true, acknowledgedHouseholds: changed } : {};
    const response = await api(`/api/t/${slug}/config/publish`, {
      method: "POST",
      headers: { ...headers, "if-match": etag },
      body: { ...body, ...acknowledgement },
    });
    expect(response.status).toBe(201);
    return (await response.json()) as { version: number; effectiveFrom: string; publishedAt: string };
  };

  /**
   * A fresh clone with Wonogiri's own sub-district, its test households pointed at its village
   * (they named Sragen's): no problems left, ready to publish.
   */
  const readyClone = async () => {
    const clone = await cloneSragen();
    expect((await uploadAreasCsv(clone.slug, clone.admin, WONOGIRI_CSV)).status).toBe(200);
    const { draft } = await readDraft(clone.slug, clone.admin);
    const fixes = draft.problems.filter((p) => p.path.endsWith("/villageCode")).map((p) => ({ op: "replace", path: p.path, value: "33.12.01.2001" }));
    if (fixes.length > 0) expect((await editDraft(clone.slug, clone.admin, fixes)).problems).toEqual([]);
    return clone;
  };

  return { api, cloneSragen, readDraft, checkDraft, acceptOutcomes, signIn, patchDraft, uploadAreasCsv, editDraft, publishAcknowledged, readyClone };
}
