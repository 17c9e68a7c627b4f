import type { RegencyConfig } from "@satu-atap/config";
import { cards, householdRecordsOfCase, letters, listAuditEvents, quotaConsumptions, recommendations, withTenant, type Tenant } from "@satu-atap/db";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError } from "../src/http/errors.ts";
import { heldTiersOf } from "../src/services/outputs/held-tiers.ts";
import { CARD_SIZE, verifyDocumentToken } from "@satu-atap/documents";
import jsQR from "jsqr";
import { PDFDocument } from "pdf-lib";
import { rasterise, shownText } from "../../../packages/documents/test/support/pdf-content.ts";
import { createTestDatabase, testDrivers, type TestDatabase } from "./support/databases.ts";
import { caseApprover, createOutputsRegency, type ApproveInput } from "./support/outputs.ts";
import { officer, testNik } from "./support/procedure.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

interface CardBody {
  id: string;
  number: string;
  programmeId: string;
  tierId: string;
  status: string;
  holder: { name: string; nikMasked: string };
  validFrom: string;
  validUntil: string | null;
}
interface LetterBody {
  id: string;
  number: string;
  status: string;
  validFrom: string;
  validUntil: string | null;
  renewsLetterId: string | null;
  renewedByLetterId: string | null;
}
interface RecommendationBody {
  id: string;
  number: string;
  agencyId: string;
  status: string;
  reason: string | null;
  quotaId: string | null;
  periodKey: string | null;
  quotaWarning: boolean;
}
interface ErrorBody {
  error: { code: string; issues?: Array<{ path: string; message: string }> };
}

describe.each(testDrivers)("outputs of approved cases over HTTP on %s", (driver) => {
  let database: TestDatabase;
  let server: TestServer;
  let tenant: Tenant;
  let config: RegencyConfig;
  let other: Tenant;
  let desk: Record<string, string>;
  let deskId: string;
  let admin: Record<string, string>;
  let subdistrict: Record<string, string>;
  let otherAdmin: Record<string, string>;
  let otherDesk: Record<string, string>;
  let otherSocial: Record<string, string>;
  let social: Record<string, string>;
  let works: Record<string, string>;
  let approve: (input: ApproveInput) => ReturnType<ReturnType<typeof caseApprover>>;
  let serial = 100;
  const nextNik = () => testNik(++serial);

  const api = (path: string, init: RequestInit = {}) => fetch(`${server.baseUrl}${path}`, init);
  const get = async <T>(path: string, headers: Record<string, string>) => {
    const response = await api(path, { headers });
    return { status: response.status, body: (await response.json()) as T };
  };
  const post = async <T>(path: string, headers: Record<string, string>, body?: unknown) => {
    const response = await api(path, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify(body ?? {}),
    });
    return { status: response.status, body: (await response.json()) as T };
  };
  const t = (path: string) => `/api/t/${tenant.slug}${path}`;
  const rowCount = async (table: typeof cards | typeof letters | typeof recommendations | typeof quotaConsumptions) =>
    withTenant(database.handle.db, tenant.id, async (tx) => (await tx.select({ n: count() }).from(table).where(eq(table.tenantId, tenant.id)))[0]?.n ?? 0);
  const refusal = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  };

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    const db = database.handle.db;
    ({ tenant, config } = await createOutputsRegency(db));
    other = (await createOutputsRegency(db, "Kabupaten Lain")).tenant;
    const deskUser = await officer(db, tenant.id, "desk-officer");
    desk = deskUser.headers;
    deskId = deskUser.userId;
    admin = (await officer(db, tenant.id, "district-admin")).headers;
    subdistrict = (await officer(db, tenant.id, "subdistrict-officer", { subdistrictCode: "33.14.01" })).headers;
    otherAdmin = (await officer(db, other.id, "district-admin")).headers;
    otherDesk = (await officer(db, other.id, "desk-officer")).headers;
    otherSocial = (await officer(db, other.id, "agency-officer", { agencyId: "social-office" })).headers;
    social = (await officer(db, tenant.id, "agency-officer", { agencyId: "social-office" })).headers;
    works = (await officer(db, tenant.id, "agency-officer", { agencyId: "public-works-office" })).headers;
    server = await startTestServer(db);
    approve = caseApprover(db, tenant, config, server.clock.now, deskId);
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it("issues a card of the decided tier on approval, listed by NIK with the NIK masked", async () => {
    const nik = nextNik();
    const { outputs, caseRow } = await approve({ serviceId: "saraswati-card", nik, name: "Siti Aminah", kk: "3314010101100001", tiers: { saraswati: "melati" } });
    expect(outputs).toEqual([{ kind: "card", id: expect.any(String), number: expect.stringMatching(/^SARASWATI-\d{4}-\d{6}$/) }]);

    const { status, body } = await get<{ cards: CardBody[] }>(t(`/cards?nik=${nik}`), desk);
    expect(status).toBe(200);
    expect(body.cards).toHaveLength(1);
    const card = body.cards[0];
    expect(card).toMatchObject({ programmeId: "saraswati", tierId: "melati", status: "active", holder: { name: "Siti Aminah", nikMasked: "3314xxxxxxxxxxxx" } });
    expect(JSON.stringify(body)).not.toContain(nik);
    // Valid for the service's 365 days, inclusive.
    const days = (Date.parse(card?.validUntil ?? "") - Date.parse(card?.validFrom ?? "")) / 86_400_000;
    expect(days).toBe(364);

    const one = await get<CardBody>(t(`/cards/${card?.id}`), desk);
    expect(one.body.number).toBe(card?.number);
    // The household now holds the tier, for rules' `holds.saraswati`.
    const held = await withTenant(database.handle.db, tenant.id, (tx) => heldTiersOf({ ctx: { db: tx, tenant }, input: { caseRow } }));
    expect(held).toEqual({ saraswati: "melati" });
    expect((await get<{ cards: CardBody[] }>(t("/cards?nik=3314"), desk)).status).toBe(400);
  });

  it("refuses a second active card of a programme for the same person (409 naming the card), the approval rolled back", async () => {
    const nik = nextNik();
    const first = await approve({ serviceId: "saraswati-card", nik, tiers: { saraswati: "menur" } });
    const before = { cards: await rowCount(cards), audit: (await withTenant(database.handle.db, tenant.id, (tx) => listAuditEvents(tx, tenant.id, { limit: 500 }))).events.length };

    const error = await refusal(approve({ serviceId: "saraswati-card", nik, tiers: { saraswati: "melati" } }));
    expect(error.code).toBe("CARD_ALREADY_ACTIVE");
    expect(error.status).toBe(409);
    expect(error.issues?.[0]?.message).toContain(first.outputs[0]?.number);

    expect(await rowCount(cards)).toBe(before.cards);
    const audit = (await withTenant(database.handle.db, tenant.id, (tx) => listAuditEvents(tx, tenant.id, { limit: 500 }))).events.length;
    expect(audit).toBe(before.audit);
    const listed = await get<{ cards: CardBody[] }>(t(`/cards?nik=${nik}`), desk);
    expect(listed.body.cards.map((c) => [c.tierId, c.status])).toEqual([["menur", "active"]]);
  });

  it("revokes a card with a reason (audited), which frees the slot for a new card", async () => {
    const nik = nextNik();
    const { outputs } = await approve({ serviceId: "saraswati-card", nik, tiers: { saraswati: "kenanga" } });
    const cardId = outputs[0]?.id ?? "";

    const noReason = await post<ErrorBody>(t(`/cards/${cardId}/revoke`), desk, {});
    expect(noReason.status).toBe(422);
    expect(noReason.body.error.code).toBe("REASON_REQUIRED");
    expect((await get<CardBody>(t(`/cards/${cardId}`), desk)).body.status).toBe("active");
    // Reading is not deciding.
    expect((await post<ErrorBody>(t(`/cards/${cardId}/revoke`), admin, { reason: "x" })).status).toBe(403);

    const revoked = await post<CardBody>(t(`/cards/${cardId}/revoke`), desk, { reason: "Data keliru" });
    expect(revoked.status).toBe(200);
    expect(revoked.body.status).toBe("revoked");
    const again = await post<ErrorBody>(t(`/cards/${cardId}/revoke`), desk, { reason: "Lagi" });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("CARD_NOT_ACTIVE");

    const audit = await withTenant(database.handle.db, tenant.id, (tx) => listAuditEvents(tx, tenant.id, { action: "card.revoke" }));
    expect(audit.events.find((e) => e.target === `card:${cardId}`)).toMatchObject({ before: { status: "active" }, after: { status: "revoked", reason: "Data keliru" } });

    const renewed = await approve({ serviceId: "saraswati-card", nik, tiers: { saraswati: "menur" } });
    const listed = await get<{ cards: CardBody[] }>(t(`/cards?nik=${nik}&status=active`), desk);
    expect(listed.body.cards.map((c) => c.id)).toEqual([renewed.outputs[0]?.id]);
  });

  it("issues a 30-day care letter that expires, is renewed after 30 days and links to the one it renews", async () => {
    const nik = nextNik();
    const { outputs } = await approve({ serviceId: "care-recommendation-letter", nik });
    expect(outputs[0]?.kind).toBe("letter");
    const letterId = outputs[0]?.id ?? "";
    const first = await get<LetterBody>(t(`/letters/${letterId}`), desk);
    expect(first.body).toMatchObject({ status: "active", renewsLetterId: null, renewedByLetterId: null });
    expect((Date.parse(first.body.validUntil ?? "") - Date.parse(first.body.validFrom)) / 86_400_000).toBe(29);

    server.clock.advanceDays(31);
    try {
      expect((await get<LetterBody>(t(`/letters/${letterId}`), desk)).body.status).toBe("expired");
      const renewal = await post<LetterBody>(t(`/letters/${letterId}/renew`), desk);
      expect(renewal.status).toBe(201);
      expect(renewal.body).toMatchObject({ status: "active", renewsLetterId: letterId });
      expect(renewal.body.validFrom > (first.body.validUntil ?? "")).toBe(true);
      expect(renewal.body.number).not.toBe(first.body.number);
      const old = await get<LetterBody>(t(`/letters/${letterId}`), desk);
      expect(old.body).toMatchObject({ status: "replaced", renewedByLetterId: renewal.body.id });

      // The same letter a second time: 409, nothing added.
      const letterCount = await rowCount(letters);
      const twice = await post<ErrorBody>(t(`/letters/${letterId}/renew`), desk);
      expect(twice.status).toBe(409);
      expect(twice.body.error.code).toBe("LETTER_ALREADY_RENEWED");
      expect(await rowCount(letters)).toBe(letterCount);
      // The renewal itself may be renewed in turn.
      expect((await post<LetterBody>(t(`/letters/${renewal.body.id}/renew`), desk)).body.renewsLetterId).toBe(renewal.body.id);
    } finally {
      server.clock.reset();
    }
  });

  it("refuses to renew a letter whose service is not renewable (409), nothing changed", async () => {
    const { outputs } = await approve({ serviceId: "one-off-letter", nik: nextNik() });
    const letterId = outputs[0]?.id ?? "";
    const before = await rowCount(letters);
    const refused = await post<ErrorBody>(t(`/letters/${letterId}/renew`), desk);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("LETTER_NOT_RENEWABLE");
    expect(await rowCount(letters)).toBe(before);
    expect((await get<LetterBody>(t(`/letters/${letterId}`), desk)).body.status).toBe("active");
  });

  it("makes a recommendation to the lead agency consuming the quota, and warns once a warn quota is used up", async () => {
    const year = new Date().getUTCFullYear().toString();
    const before = await get<{ quotas: Array<{ quotaId: string; used: number | null; limit: number | null; remaining: number | null; whenExhausted: string; periodKey: string | null }> }>(t("/quotas"), social);
    expect(before.status).toBe(200);
    const standing = () => before.body.quotas.find((q) => q.quotaId === "pakesra-grants");
    expect(standing()).toMatchObject({ limit: 2, used: 0, remaining: 2, whenExhausted: "warn" });
    expect(standing()?.periodKey).toMatch(/^\d{4}$/);

    const made: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { outputs } = await approve({ serviceId: "pakesra", nik: nextNik() });
      expect(outputs[0]?.kind).toBe("recommendation");
      if (i < 2) expect(outputs[0]?.warning).toBeUndefined();
      else expect(outputs[0]?.warning).toMatchObject({ code: "QUOTA_EXHAUSTED", messages: { id: expect.any(String), en: expect.stringContaining("used up") } });
      made.push(outputs[0]?.id ?? "");
    }
    const third = await get<RecommendationBody>(t(`/recommendations/${made[2]}`), social);
    expect(third.body).toMatchObject({ agencyId: "social-office", status: "pending", quotaId: "pakesra-grants", quotaWarning: true });
    expect(third.body.periodKey?.slice(0, 2)).toBe(year.slice(0, 2));
    const after = await get<{ quotas: Array<{ quotaId: string; used: number | null; remaining: number | null }> }>(t("/quotas"), desk);
    expect(after.body.quotas.find((q) => q.quotaId === "pakesra-grants")).toMatchObject({ used: 3, remaining: 0 });
  });

  it("lets an agency officer see only its agency's recommendations and mark them delivered or declined with a reason", async () => {
    const mine = (await approve({ serviceId: "pmks-assistance", nik: nextNik() })).outputs[0]?.id ?? "";
    const declinable = (await approve({ serviceId: "pmks-assistance", nik: nextNik() })).outputs[0]?.id ?? "";
    const theirs = (await approve({ serviceId: "rusela", nik: nextNik() })).outputs[0]?.id ?? "";

    const listed = await get<{ recommendations: RecommendationBody[] }>(t("/recommendations"), social);
    const ids = listed.body.recommendations.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining([mine, declinable]));
    expect(ids).not.toContain(theirs);
    expect(new Set(listed.body.recommendations.map((r) => r.agencyId))).toEqual(new Set(["social-office"]));
    expect((await get<{ recommendations: RecommendationBody[] }>(t("/recommendations"), works)).body.recommendations.map((r) => r.id)).toEqual([theirs]);
    // The regency's desk sees all of them.
    expect((await get<{ recommendations: RecommendationBody[] }>(t("/recommendations?limit=500"), desk)).body.recommendations.map((r) => r.id)).toEqual(expect.arrayContaining([mine, theirs]));

    // Another agency's: 404 for reading and for acting, nothing changed.
    expect((await get<ErrorBody>(t(`/recommendations/${theirs}`), social)).status).toBe(404);
    expect((await post<ErrorBody>(t(`/recommendations/${theirs}/deliver`), social)).status).toBe(404);
    expect((await get<RecommendationBody>(t(`/recommendations/${theirs}`), works)).body.status).toBe("pending");

    const delivered = await post<RecommendationBody>(t(`/recommendations/${mine}/deliver`), social);
    expect(delivered.status).toBe(200);
    expect(delivered.body.status).toBe("delivered");
    const twice = await post<ErrorBody>(t(`/recommendations/${mine}/decline`), social, { reason: "Terlambat" });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe("RECOMMENDATION_NOT_PENDING");

    const noReason = await post<ErrorBody>(t(`/recommendations/${declinable}/decline`), social, {});
    expect(noReason.status).toBe(422);
    expect(noReason.body.error.code).toBe("REASON_REQUIRED");
    expect((await get<RecommendationBody>(t(`/recommendations/${declinable}`), social)).body.status).toBe("pending");
    const declined = await post<RecommendationBody>(t(`/recommendations/${declinable}/decline`), social, { reason: "Sudah menerima bantuan serupa" });
    expect(declined.body).toMatchObject({ status: "declined", reason: "Sudah menerima bantuan serupa" });

    // Desks read recommendations but do not deliver them.
    expect((await post<ErrorBody>(t(`/recommendations/${theirs}/deliver`), desk)).status).toBe(403);
  });

  it("limits a sub-district officer to its kecamatan's cards", async () => {
    const near = (await approve({ serviceId: "saraswati-card", nik: nextNik(), tiers: { saraswati: "menur" } })).outputs[0]?.id ?? "";
    const far = (await approve({ serviceId: "saraswati-card", nik: nextNik(), tiers: { saraswati: "menur" }, subdistrictCode: "33.14.02", villageCode: "33.14.02.2001" })).outputs[0]?.id ?? "";
    const listed = await get<{ cards: CardBody[] }>(t("/cards?limit=500"), subdistrict);
    expect(listed.body.cards.map((c) => c.id)).toContain(near);
    expect(listed.body.cards.map((c) => c.id)).not.toContain(far);
    expect((await get<ErrorBody>(t(`/cards/${far}`), subdistrict)).status).toBe(404);
    expect((await post<ErrorBody>(t(`/cards/${far}/revoke`), subdistrict, { reason: "x" })).status).toBe(404);
  });

  it("adds an approved household not in the list to the regency's own records, flagged for the list update", async () => {
    const nik = nextNik();
    const { caseRow } = await approve({ serviceId: "pakesra", nik, found: false, kk: "3314010101100009", facts: { category: "poor" } });
    const records = await withTenant(database.handle.db, tenant.id, (tx) => householdRecordsOfCase(tx, tenant.id, caseRow.id));
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ villageCode: "33.14.01.2001", headNikMasked: "3314xxxxxxxxxxxx", kkMasked: "3314xxxxxxxxxxxx", category: "poor", flaggedForListUpdate: true });
    // Found in the list: nothing added.
    const listed = await approve({ serviceId: "pakesra", nik: nextNik(), found: true });
    expect(await withTenant(database.handle.db, tenant.id, (tx) => householdRecordsOfCase(tx, tenant.id, listed.caseRow.id))).toEqual([]);
  });

  it("blocks a recommendation when its blocking quota is used up (409 QUOTA_EXHAUSTED naming quota and period), nothing changed", async () => {
    const first = await approve({ serviceId: "elderly-food-package", nik: nextNik() });
    expect(first.outputs[0]?.warning).toBeUndefined();
    const before = { recommendations: await rowCount(recommendations), consumptions: await rowCount(quotaConsumptions) };

    const error = await refusal(approve({ serviceId: "elderly-food-package", nik: nextNik() }));
    expect(error.code).toBe("QUOTA_EXHAUSTED");
    expect(error.status).toBe(409);
    expect(error.issues?.[0]).toMatchObject({ path: "quota", message: expect.stringMatching(/^elderly-packages \d{4}-Q[1-4]: 1\/1 used$/) });
    expect(await rowCount(recommendations)).toBe(before.recommendations);
    expect(await rowCount(quotaConsumptions)).toBe(before.consumptions);

    const quotas = await get<{ quotas: Array<{ quotaId: string; used: number | null; remaining: number | null; whenExhausted: string; periodKey: string | null }> }>(t("/quotas"), social);
    expect(quotas.body.quotas.find((q) => q.quotaId === "elderly-packages")).toMatchObject({ used: 1, remaining: 0, whenExhausted: "block", periodKey: expect.stringMatching(/-Q[1-4]$/) });
    // The next quarter has its own unit.
    server.clock.advanceDays(92);
    try {
      const next = await approve({ serviceId: "elderly-food-package", nik: nextNik() });
      expect(next.outputs[0]?.kind).toBe("recommendation");
    } finally {
      server.clock.reset();
    }
  });

  it("prints a card PDF whose QR code verifies publicly, showing no more than is printed; a tampered token is not genuine", async () => {
    const nik = nextNik();
    const kk = "3314010101100077";
    const { outputs } = await approve({ serviceId: "saraswati-card", nik, kk, name: "Sri Wahyuni", tiers: { saraswati: "melati" } });
    const cardId = outputs[0]?.id ?? "";
    const response = await api(t(`/cards/${cardId}/pdf`), { headers: desk });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const bytes = new Uint8Array(await response.arrayBuffer());
    const verifyLink = response.headers.get("x-verify-url") ?? "";
    expect(verifyLink.startsWith(`${server.baseUrl}/api/verify/`)).toBe(true);

    // The QR code drawn in the PDF scans to the same link.
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    const image = rasterise(bytes, CARD_SIZE, 8);
    expect(jsQR(image.data, image.width, image.height)?.data).toBe(verifyLink);
    const printed = shownText(bytes);
    expect(printed).toEqual(expect.arrayContaining([outputs[0]?.number, "Sri Wahyuni", "3314xxxxxxxxxxxx"]));
    const file = Buffer.from(bytes).toString("latin1");
    expect(file).not.toContain(nik);
    expect(file).not.toContain(kk);

    // The token the route signed verifies, names this regency and card, and the public answer has nothing more than the card.
    const token = verifyLink.slice(verifyLink.lastIndexOf("/") + 1);
    expect(await verifyDocumentToken(token, server.documentKeys.verifying)).toMatchObject({ ok: true, payload: { tenant: tenant.id, kind: "card", documentId: cardId } });
    const verdict = await api(`/api/verify/${token}`);
    expect(verdict.status).toBe(200);
    const view = (await verdict.json()) as Record<string, unknown>;
    expect(view).toMatchObject({ genuine: true, kind: "card", number: outputs[0]?.number, status: "valid", holderName: "Sri Wahyuni", maskedNik: "3314xxxxxxxxxxxx", tier: { id: "Melati" } });
    expect(Object.keys(view).sort()).toEqual(
      ["genuine", "kind", "number", "status", "issuedBy", "issuedOn", "validFrom", "validUntil", "holderName", "maskedNik", "programme", "tier", "tierColour"].sort(),
    );
    const text = JSON.stringify(view);
    expect(text).not.toContain(nik);
    expect(text).not.toContain(kk);
    expect(text).not.toContain("33.14.01");

    // Tampering with any part: the same bare answer.
    const [version, payload, signature] = token.split(".") as [string, string, string];
    const flip = (s: string) => (s[0] === "A" ? "B" : "A") + s.slice(1);
    for (const forged of [`${version}.${flip(payload)}.${signature}`, `${version}.${payload}.${flip(signature)}`, "v1.garbage", "not-a-token"]) {
      const answer = await api(`/api/verify/${encodeURIComponent(forged)}`);
      expect(answer.status, forged).toBe(200);
      expect(await answer.json()).toEqual({ genuine: false });
    }

    // The status is read now: revoked after revocation.
    await post(t(`/cards/${cardId}/revoke`), desk, { reason: "Pindah domisili" });
    expect(await (await api(`/api/verify/${token}`)).json()).toMatchObject({ genuine: true, status: "revoked" });
    const downloads = await withTenant(database.handle.db, tenant.id, (tx) => listAuditEvents(tx, tenant.id, { action: "card.download" }));
    expect(downloads.events.some((e) => e.target === `card:${cardId}`)).toBe(true);
  });

  it("prints a letter PDF that verifies as expired after 30 days and as replaced once renewed", async () => {
    const { outputs } = await approve({ serviceId: "care-recommendation-letter", nik: nextNik(), name: "Ani Lestari" });
    const letterId = outputs[0]?.id ?? "";
    const response = await api(t(`/letters/${letterId}/pdf`), { headers: desk });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const link = response.headers.get("x-verify-url") ?? "";
    const verify = async () => (await (await api(new URL(link).pathname)).json()) as Record<string, unknown>;
    expect(await verify()).toMatchObject({ genuine: true, kind: "letter", status: "valid", holderName: "Ani Lestari", service: { en: "Care recommendation letter" } });
    server.clock.advanceDays(31);
    try {
      expect(await verify()).toMatchObject({ genuine: true, status: "expired" });
      const renewal = await post<LetterBody>(t(`/letters/${letterId}/renew`), desk);
      expect(await verify()).toMatchObject({ genuine: true, status: "replaced", replacedByNumber: renewal.body.number });
    } finally {
      server.clock.reset();
    }
    // Another regency's officer cannot print it.
    expect((await api(`/api/t/${other.slug}/letters/${letterId}/pdf`, { headers: otherDesk })).status).toBe(404);
    expect((await api(`/api/t/${other.slug}/cards/${letterId}/pdf`, { headers: otherDesk })).status).toBe(404);
  });

  it("answers another regency's cards, letters and recommendations with 404 on every route", async () => {
    const card = (await approve({ serviceId: "saraswati-card", nik: nextNik(), tiers: { saraswati: "menur" } })).outputs[0]?.id ?? "";
    const letter = (await approve({ serviceId: "care-recommendation-letter", nik: nextNik() })).outputs[0]?.id ?? "";
    const recommendation = (await approve({ serviceId: "pmks-assistance", nik: nextNik() })).outputs[0]?.id ?? "";
    const o = (path: string) => `/api/t/${other.slug}${path}`;
    const probes: Array<[string, Promise<{ status: number; body: unknown }>]> = [
      ["get card", get(o(`/cards/${card}`), otherDesk)],
      ["revoke card", post(o(`/cards/${card}/revoke`), otherDesk, { reason: "x" })],
      ["get letter", get(o(`/letters/${letter}`), otherDesk)],
      ["renew letter", post(o(`/letters/${letter}/renew`), otherDesk)],
      ["get recommendation", get(o(`/recommendations/${recommendation}`), otherSocial)],
      ["deliver", post(o(`/recommendations/${recommendation}/deliver`), otherSocial)],
      ["decline", post(o(`/recommendations/${recommendation}/decline`), otherSocial, { reason: "x" })],
      // A member of this regency asking through the other regency's URL, and the reverse.
      ["list cards elsewhere", get(o("/cards"), desk)],
      ["quotas elsewhere", get(o("/quotas"), social)],
      ["card through own URL", get(t(`/cards/${card}`), otherDesk)],
    ];
    for (const [name, probe] of probes) expect((await probe).status, name).toBe(404);
    expect((await get<{ cards: CardBody[] }>(o("/cards?limit=500"), otherDesk)).body.cards).toEqual([]);
    expect((await get<{ recommendations: RecommendationBody[] }>(o("/recommendations?limit=500"), otherSocial)).body.recommendations).toEqual([]);
    // Still there and untouched in its own regency.
    expect((await get<CardBody>(t(`/cards/${card}`), desk)).body.status).toBe("active");
    expect((await get<LetterBody>(t(`/letters/${letter}`), desk)).body.status).toBe("active");
  });
});
