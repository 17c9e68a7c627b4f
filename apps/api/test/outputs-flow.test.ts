import type { RegencyConfig } from "@satu-atap/config";
import { cards, householdRecordsOfCase, listDecisionsOfCase, recommendations, withTenant, type Tenant } from "@satu-atap/db";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testDrivers, type TestDatabase } from "./support/databases.ts";
import {
  answersWithSigns,
  createProcedureRegency,
  householdFacts,
  importReferenceList,
  narrativesFor,
  officer,
  postCase,
  registration,
  testNik,
} from "./support/procedure.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

// Outputs through the real procedure: register → list match (fast path) or field survey →
// decision, all over HTTP. The decision issues the outputs in its own transaction, so a
// refusal of the outputs (a second active card, a blocked quota) leaves the case deciding.

type Headers = Record<string, string>;
interface DecisionBody {
  decision: { outcome: string; tiers: Record<string, string | null> };
  case: { state: string };
  outputs: Array<{ kind: string; id: string; number: string; warning?: { code: string } }>;
}
interface ErrorBody {
  error: { code: string; issues?: Array<{ path: string; message: string }> };
}

const FULL_DOCUMENTS = ["ktp", "kk", "village-cover-letter", "medical-referral"];

describe.each(testDrivers)("outputs through register → decide over HTTP on %s", (driver) => {
  let database: TestDatabase;
  let server: TestServer;
  let tenant: Tenant;
  let config: RegencyConfig;
  let desk: Headers;
  let admin: Headers;
  let verifier: Headers;
  let social: Headers;
  let nextNik = 700;

  const api = (path: string, init: RequestInit = {}) => fetch(`${server.baseUrl}/api/t/${tenant.slug}${path}`, init);
  const post = (path: string, headers: Headers, body: unknown = {}) =>
    api(path, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify(body) });
  const count_ = async (table: typeof cards | typeof recommendations) =>
    withTenant(database.handle.db, tenant.id, async (tx) => (await tx.select({ n: count() }).from(table).where(eq(table.tenantId, tenant.id)))[0]?.n ?? 0);

  /** A person on the regency's list (Desil 1: very poor), registered for a service: the case is `deciding` on the fast path. */
  const listed = async (nik: string, serviceId: string, deskId: string) => {
    const registered = await postCase(server.baseUrl, tenant.slug, desk, registration(nik, { serviceId, deskId, documents: FULL_DOCUMENTS, facts: householdFacts() }));
    const body = (await registered.json()) as { id: string; state: string };
    expect(registered.status, JSON.stringify(body)).toBe(201);
    expect(body.state).toBe("deciding");
    return body.id;
  };
  const onList = async (people: string[]) =>
    importReferenceList(server.baseUrl, tenant.slug, admin, {
      // The configured fast path: found in the TNP2K list.
      source: "TNP2K",
      year: 2015,
      people: people.map((nik) => ({ nik, name: `Warga ${nik.slice(-4)}`, villageCode: "33.14.01.2001", category: "Desil 1" })),
    });
  const decide = async (id: string) => {
    const response = await post(`/cases/${id}/decision`, desk, { action: "decide" });
    return { status: response.status, body: (await response.json()) as DecisionBody & ErrorBody };
  };
  const stateOf = async (id: string) => ((await (await api(`/cases/${id}`, { headers: desk })).json()) as { state: string }).state;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    const db = database.handle.db;
    // PAKESRA draws on a quota of one recommendation a year that blocks when used up.
    ({ tenant, config } = await createProcedureRegency(db, (c) => {
      c.quotas = [
        ...(c.quotas ?? []),
        {
          id: "pakesra-grants",
          label: { id: "Kuota PAKESRA", en: "PAKESRA quota" },
          agency: "social-office",
          limit: { kind: "count-per-period", count: 1, period: "year" },
          whenExhausted: "block",
        },
      ];
      const pakesra = c.services.find((s) => s.id === "pakesra");
      if (pakesra) pakesra.quota = "pakesra-grants";
    }));
    desk = (await officer(db, tenant.id, "desk-officer")).headers;
    admin = (await officer(db, tenant.id, "district-admin")).headers;
    verifier = (await officer(db, tenant.id, "field-verifier", { areaCodes: ["33.14.01"] })).headers;
    social = (await officer(db, tenant.id, "agency-officer", { agencyId: "social-office" })).headers;
    server = await startTestServer(db);
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it("issues a Saraswati card when a listed applicant is approved; a second approval for the same person is 409 and the case stays deciding", async () => {
    const nik = testNik(nextNik++);
    await onList([nik]);
    const first = await decide(await listed(nik, "saraswati-card", "health"));
    expect(first.status).toBe(200);
    expect(first.body.decision.tiers["saraswati"]).toBe("melati");
    expect(first.body.outputs).toEqual([{ kind: "card", id: expect.any(String), number: expect.stringMatching(/^SARASWATI-\d{4}-\d{6}$/) }]);
    const card = (await (await api(`/cards/${first.body.outputs[0]?.id}`, { headers: desk })).json()) as { tierId: string; status: string; holder: { nikMasked: string } };
    expect(card).toMatchObject({ tierId: "melati", status: "active", holder: { nikMasked: "3314xxxxxxxxxxxx" } });

    // The first case is closed, so the person may apply again; approving would be a second active card.
    const again = await listed(nik, "saraswati-card", "health");
    const cardsBefore = await count_(cards);
    const refused = await decide(again);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("CARD_ALREADY_ACTIVE");
    expect(refused.body.error.issues?.[0]?.message).toContain(first.body.outputs[0]?.number);
    expect(await stateOf(again)).toBe("deciding");
    expect(await withTenant(database.handle.db, tenant.id, (tx) => listDecisionsOfCase(tx, tenant.id, again))).toEqual([]);
    expect(await count_(cards)).toBe(cardsBefore);
  });

  it("issues a care letter on approval that expires and is renewed after 30 days, linked to the one it renews", async () => {
    const nik = testNik(nextNik++);
    await onList([nik]);
    const approved = await decide(await listed(nik, "care-recommendation-letter", "health"));
    expect(approved.status).toBe(200);
    const letter = approved.body.outputs[0];
    expect(letter?.kind).toBe("letter");
    server.clock.advanceDays(31);
    try {
      expect(((await (await api(`/letters/${letter?.id}`, { headers: desk })).json()) as { status: string }).status).toBe("expired");
      const renewed = await post(`/letters/${letter?.id}/renew`, desk);
      expect(renewed.status).toBe(201);
      expect(await renewed.json()).toMatchObject({ status: "active", renewsLetterId: letter?.id });
    } finally {
      server.clock.reset();
    }
  });

  it("blocks a recommendation when the quota is used up: 409 QUOTA_EXHAUSTED with quota and period, the case stays deciding", async () => {
    const [a, b] = [testNik(nextNik++), testNik(nextNik++)];
    await onList([a, b]);
    const first = await decide(await listed(a, "pakesra", "socio-economic"));
    expect(first.status).toBe(200);
    expect(first.body.outputs[0]).toMatchObject({ kind: "recommendation" });
    const listedForAgency = (await (await api("/recommendations", { headers: social })).json()) as { recommendations: Array<{ id: string }> };
    expect(listedForAgency.recommendations.map((r) => r.id)).toContain(first.body.outputs[0]?.id);

    const second = await listed(b, "pakesra", "socio-economic");
    const before = await count_(recommendations);
    const blocked = await decide(second);
    expect(blocked.status).toBe(409);
    expect(blocked.body.error.code).toBe("QUOTA_EXHAUSTED");
    expect(blocked.body.error.issues?.[0]).toMatchObject({ path: "quota", message: expect.stringMatching(/^pakesra-grants \d{4}: 1\/1 used$/) });
    expect(await stateOf(second)).toBe("deciding");
    expect(await count_(recommendations)).toBe(before);
    const quotas = (await (await api("/quotas", { headers: social })).json()) as { quotas: Array<{ quotaId: string; used: number; remaining: number }> };
    expect(quotas.quotas.find((q) => q.quotaId === "pakesra-grants")).toMatchObject({ used: 1, remaining: 0 });
  });

  it("adds a surveyed household that was not on the list to the regency's own records when approved", async () => {
    const nik = testNik(nextNik++);
    const registered = await postCase(server.baseUrl, tenant.slug, desk, registration(nik, { documents: FULL_DOCUMENTS, facts: householdFacts() }));
    const { id } = (await registered.json()) as { id: string };
    expect((await post(`/cases/${id}/survey`, verifier, { answers: answersWithSigns(7), narratives: narrativesFor(config) })).status).toBe(201);
    const approved = await decide(id);
    expect(approved.body.case.state).toBe("approved");
    expect(approved.body.outputs[0]?.kind).toBe("card");
    const records = await withTenant(database.handle.db, tenant.id, (tx) => householdRecordsOfCase(tx, tenant.id, id));
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ villageCode: "33.14.01.2001", headNikMasked: "3314xxxxxxxxxxxx", flaggedForListUpdate: true });
  });
});
