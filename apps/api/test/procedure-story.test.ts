import type { RegencyConfig } from "@satu-atap/config";
import { CARD_SIZE } from "@satu-atap/documents";
import type { Tenant } from "@satu-atap/db";
import jsQR from "jsqr";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rasterise } from "../../../packages/documents/test/support/pdf-content.ts";
import { createTestDatabase, testDrivers, type TestDatabase } from "./support/databases.ts";
import { createOtherRegency } from "./support/factories.ts";
import {
  answersWithSigns,
  createProcedureRegency,
  householdFacts,
  importReferenceList,
  narrativesFor,
  officer,
  testNik,
} from "./support/procedure.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

// Issue 7's "Done when", played over HTTP on each database as one regency's working days:
// a district admin imports the poverty list; desk, sub-district and field officers take
// applicants through registration → list match → field survey → decision → card, letter or
// recommendation; an agency officer delivers; a complaint sends a refused household back to
// the field; a printed card's QR code verifies publicly and a tampered one does not.
// The regency runs the template's (Sragen's) configuration as published, except that the
// Rusela house quota is one house a year so that the story can use it up.

type Headers = Record<string, string>;
interface CaseBody {
  id: string;
  number: string;
  state: string;
  listMatch: { found: boolean };
  history: Array<{ action: string; from: string | null; to: string }>;
}
interface DecisionBody {
  decision: { kind: string; level: string; outcome: string; tiers: Record<string, string | null>; reason: Reason | null };
  case: { state: string };
  outputs: Array<{ kind: string; id: string; number: string }>;
}
interface Reason {
  score: number;
  category: { id: string };
  criteria: Array<{ id: string; met: boolean; condition: { id: string; en: string } | null }>;
  classification: { description: { id: string; en: string } };
}
interface ErrorBody {
  error: { code: string; messages: { id: string; en: string }; issues?: Array<{ path: string; message: string }> };
}

const VILLAGE = "33.14.01.2001";
const CARD_DOCUMENTS = ["ktp", "kk", "village-cover-letter"];
const LETTER_DOCUMENTS = [...CARD_DOCUMENTS, "medical-referral"];
const RUSELA_DOCUMENTS = [...CARD_DOCUMENTS, "house-photo", "land-ownership"];
const SCHOOL_DOCUMENTS = [...CARD_DOCUMENTS, "birth-certificate", "school-letter"];
const SRI_KK = "3314010101109010";

/** A child at junior secondary school in the household (the Sintawati card is for pupils). */
function pupilFacts() {
  const pupil = {
    birthDate: "2012-05-01",
    sex: "female",
    relation: "child",
    schoolLevel: "SMP",
    educationCompleted: "SD",
    disability: "none",
    chronicIllness: false,
    working: false,
    gpa: null,
    socialProblem: null,
  };
  const { household } = householdFacts();
  return { household: { ...household, members: [pupil] }, applicant: pupil };
}

describe.each(testDrivers)("the service procedure, from the desk to a card, a letter or a referral, on %s", (driver) => {
  let database: TestDatabase;
  let server: TestServer;
  let tenant: Tenant;
  let config: RegencyConfig;
  const people = { siti: testNik(9001), budi: testNik(9002), wati: testNik(9003), joko: testNik(9004), ani: testNik(9005), dedi: testNik(9006), rina: testNik(9007), eko: testNik(9008), sri: testNik(9010), dewi: testNik(9011), tono: testNik(9012) };
  let admin: Headers;
  let desk: Headers;
  let kecamatan: Headers;
  let verifier: Headers;
  let publicWorks: Headers;
  let otherDesk: Headers;
  let otherSlug: string;

  const url = (path: string) => `${server.baseUrl}/api/t/${tenant.slug}${path}`;
  const get = async <T>(path: string, headers: Headers) => {
    const response = await fetch(url(path), { headers });
    return { status: response.status, body: (await response.json()) as T };
  };
  const post = async <T>(path: string, headers: Headers, body: unknown = {}) => {
    const response = await fetch(url(path), { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as T };
  };
  const register = async (headers: Headers, body: Record<string, unknown>) => {
    const answer = await post<CaseBody>("/cases", headers, { channel: "regency-desk", villageCode: VILLAGE, facts: householdFacts(), ...body });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    return answer.body;
  };
  const survey = async (caseId: string, signs: number) => {
    const answer = await post<unknown>(`/cases/${caseId}/survey`, verifier, { answers: answersWithSigns(signs), narratives: narrativesFor(config) });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  };
  const decide = (caseId: string, headers: Headers) => post<DecisionBody & ErrorBody>(`/cases/${caseId}/decision`, headers, { action: "decide" });

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    const db = database.handle.db;
    ({ tenant, config } = await createProcedureRegency(db, (c) => {
      const rusela = c.quotas?.find((q) => q.id === "rusela-houses");
      if (rusela?.limit.kind !== "count-per-period") throw new Error("the template's Rusela quota changed shape");
      rusela.limit.count = 1;
    }));
    admin = (await officer(db, tenant.id, "district-admin")).headers;
    desk = (await officer(db, tenant.id, "desk-officer")).headers;
    kecamatan = (await officer(db, tenant.id, "subdistrict-officer", { subdistrictCode: "33.14.01" })).headers;
    verifier = (await officer(db, tenant.id, "field-verifier", { areaCodes: ["33.14.01"] })).headers;
    publicWorks = (await officer(db, tenant.id, "agency-officer", { agencyId: "public-works-office" })).headers;
    const other = await createOtherRegency(db);
    otherSlug = other.tenant.slug;
    otherDesk = (await officer(db, other.tenant.id, "desk-officer")).headers;
    server = await startTestServer(db);

    // The district admin imports the national list: Siti, Ani and Dedi are on it (Desil 1).
    // (Ani and Dedi stay in the list for the isolation checks; Rusela needs a house survey, so
    // the story's Rusela applicants are households the list does not know.)
    await importReferenceList(server.baseUrl, tenant.slug, admin, {
      source: "TNP2K",
      year: 2015,
      people: [
        { nik: people.siti, name: "Siti Aminah", villageCode: VILLAGE, category: "Desil 1" },
        { nik: people.ani, name: "Ani Lestari", villageCode: VILLAGE, category: "Desil 1" },
        { nik: people.dedi, name: "Dedi Kurniawan", villageCode: VILLAGE, category: "Desil 1" },
      ],
    });
  }, 240_000);
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it("gives an applicant found in the list a Saraswati card at once, and a care letter renewed after 30 days", async () => {
    // Registration matches Siti against the list; the configured fast path skips the survey.
    const cardCase = await register(desk, { serviceId: "saraswati-card", deskId: "health", applicant: { nik: people.siti, name: "Siti Aminah" }, documents: CARD_DOCUMENTS });
    expect(cardCase.listMatch.found).toBe(true);
    expect(cardCase.state).toBe("deciding");
    expect(cardCase.history.map((e) => [e.action, e.from, e.to])).toEqual([
      ["register", null, "registered"],
      ["match", "registered", "deciding"],
    ]);
    const card = await decide(cardCase.id, desk);
    expect(card.status).toBe(200);
    expect(card.body.decision).toMatchObject({ outcome: "approved", tiers: { saraswati: "melati" } });
    expect(card.body.outputs).toEqual([expect.objectContaining({ kind: "card" })]);

    // The care letter: 30 days, then renewed, linked to the one it renews.
    const letterCase = await register(desk, { serviceId: "care-recommendation-letter", deskId: "health", applicant: { nik: people.siti, name: "Siti Aminah" }, documents: LETTER_DOCUMENTS });
    const letter = await decide(letterCase.id, desk);
    expect(letter.status).toBe(200);
    const letterId = letter.body.outputs[0]?.id ?? "";
    const issued = await get<{ status: string; validFrom: string; validUntil: string }>(`/letters/${letterId}`, desk);
    expect(issued.body.status).toBe("active");
    expect((Date.parse(issued.body.validUntil) - Date.parse(issued.body.validFrom)) / 86_400_000).toBeGreaterThanOrEqual(29);
    server.clock.advanceDays(31);
    try {
      expect((await get<{ status: string }>(`/letters/${letterId}`, desk)).body.status).toBe("expired");
      const renewed = await post<{ id: string; status: string; renewsLetterId: string }>(`/letters/${letterId}/renew`, desk);
      expect(renewed.status).toBe(201);
      expect(renewed.body).toMatchObject({ status: "active", renewsLetterId: letterId });
      expect((await get<{ status: string }>(`/letters/${letterId}`, desk)).body.status).toBe("replaced");
    } finally {
      server.clock.reset();
    }
  });

  it("takes an applicant not in the list through a field survey to a Menur card", async () => {
    const budi = await register(desk, { serviceId: "saraswati-card", deskId: "health", applicant: { nik: people.budi, name: "Budi Santoso" }, documents: CARD_DOCUMENTS });
    expect(budi.listMatch.found).toBe(false);
    expect(budi.state).toBe("surveying");
    // The field verifier covering the village finds the visit in its list and fills in the form.
    const tasks = await get<{ tasks: Array<{ case: { number: string } | null; status: string }> }>("/verification-tasks", verifier);
    expect(tasks.body.tasks).toContainEqual(expect.objectContaining({ status: "open", case: expect.objectContaining({ number: budi.number }) }));
    const form = await get<{ criteria: unknown[] }>(`/cases/${budi.id}/survey-form`, verifier);
    expect(form.body.criteria).toHaveLength(config.survey.criteria.length);
    await survey(budi.id, 7); // 7 signs: near poor
    const decided = await decide(budi.id, desk);
    expect(decided.status).toBe(200);
    expect(decided.body.decision).toMatchObject({ outcome: "approved", tiers: { saraswati: "menur" } });
    expect(decided.body.case.state).toBe("approved");
  });

  it("gives a pupil of a Saraswati Melati household a Sintawati card through the automatic rule, until the household's card has expired", async () => {
    // Sri's household gets Saraswati Melati after a survey (very poor).
    const sri = await register(desk, { serviceId: "saraswati-card", deskId: "health", applicant: { nik: people.sri, name: "Sri Rahayu", kk: SRI_KK }, documents: CARD_DOCUMENTS });
    await survey(sri.id, 13);
    expect((await decide(sri.id, desk)).body.decision.tiers).toMatchObject({ saraswati: "melati" });

    // Her daughter's own survey shows no poverty, but "a child of a Saraswati Melati holder qualifies for Sintawati".
    const pupil = async (nik: string, name: string) => {
      const registered = await register(desk, { serviceId: "sintawati-card", deskId: "education", applicant: { nik, name, kk: SRI_KK }, documents: SCHOOL_DOCUMENTS, facts: pupilFacts() });
      await survey(registered.id, 2);
      return decide(registered.id, desk);
    };
    const dewi = await pupil(people.dewi, "Dewi Rahayu");
    expect(dewi.body.decision).toMatchObject({ outcome: "approved", tiers: { sintawati: "melati" } });
    expect(dewi.body.outputs).toEqual([expect.objectContaining({ kind: "card" })]);

    // A year and a day later the household's Melati card has run out and no longer counts: her
    // brother gets only what the household's own situation gives (not on the list, uninsured:
    // Saraswati Kenanga, so Sintawati Kenanga).
    server.clock.advanceDays(366);
    try {
      const tono = await pupil(people.tono, "Tono Rahayu");
      expect(tono.body.decision).toMatchObject({ outcome: "approved", tiers: { saraswati: "kenanga", sintawati: "kenanga" } });
    } finally {
      server.clock.reset();
    }
  });

  it("turns a sub-district officer's Melati into a proposal that the regency approves", async () => {
    const wati = await register(kecamatan, {
      serviceId: "saraswati-card",
      deskId: "health",
      channel: "subdistrict",
      applicant: { nik: people.wati, name: "Wati Suryani" },
      documents: CARD_DOCUMENTS,
    });
    await survey(wati.id, 10); // 10 signs: poor → Melati, which only the regency issues
    const proposed = await decide(wati.id, kecamatan);
    expect(proposed.status).toBe(200);
    expect(proposed.body.decision).toMatchObject({ kind: "proposal", level: "subdistrict", outcome: "proposed", tiers: { saraswati: "melati" } });
    expect(proposed.body.outputs).toEqual([]);
    const approved = await post<DecisionBody>(`/cases/${wati.id}/proposal/approve`, desk, { note: "Disetujui kabupaten." });
    expect(approved.status).toBe(200);
    expect(approved.body.case.state).toBe("approved");
    expect(approved.body.outputs).toEqual([expect.objectContaining({ kind: "card" })]);
  });

  it("refuses with the criterion-by-criterion trace as the reason; a complaint sends the household back to the field", async () => {
    const joko = await register(desk, {
      serviceId: "saraswati-card",
      deskId: "health",
      applicant: { nik: people.joko, name: "Joko Widodo" },
      documents: CARD_DOCUMENTS,
      facts: householdFacts({ hasNationalHealthInsurance: true }),
    });
    await survey(joko.id, 2);
    const refused = await decide(joko.id, desk);
    expect(refused.status).toBe(200);
    expect(refused.body.case.state).toBe("refused");
    const reason = refused.body.decision.reason;
    expect(reason?.score).toBe(2);
    expect(reason?.criteria).toHaveLength(config.survey.criteria.length);
    expect(reason?.criteria.filter((c) => c.met).map((c) => c.id)).toEqual(["floor_area_per_person", "floor_type"]);
    expect(reason?.criteria.every((c) => c.condition === null || (c.condition.id !== "" && c.condition.en !== ""))).toBe(true);
    expect(reason?.classification.description.en).toContain("13");

    // The household says it was wrongly excluded: the complaint re-opens the case for a new visit.
    const complaint = await post<{ number: string; case: { state: string }; tasks: Array<{ reason: string; status: string }> }>("/complaints", desk, {
      category: "wrongly-excluded",
      description: "Rumah berlantai tanah; petugas datang saat musim panen.",
      caseId: joko.id,
    });
    expect(complaint.status).toBe(201);
    expect(complaint.body.case.state).toBe("surveying");
    expect(complaint.body.tasks).toEqual([expect.objectContaining({ reason: "reverification", status: "open" })]);
    const reopened = await get<CaseBody>(`/cases/${joko.id}`, desk);
    expect(reopened.body.history.at(-1)).toMatchObject({ action: "reverify", from: "refused", to: "surveying" });
    // The second visit finds the signs the first one missed.
    await survey(joko.id, 13);
    const second = await decide(joko.id, desk);
    expect(second.body.decision).toMatchObject({ outcome: "approved", tiers: { saraswati: "melati" } });
  });

  it("blocks a recommendation when the quota is used up, and the agency delivers the one it got", async () => {
    // Rusela (house rehabilitation) is decided on the surveyed house: very poor, own house, earth floor.
    const rusela = async (nik: string, name: string) => {
      const registered = await register(desk, { serviceId: "rusela", deskId: "socio-economic", applicant: { nik, name }, documents: RUSELA_DOCUMENTS });
      expect(registered.state).toBe("surveying");
      await survey(registered.id, 13);
      return registered.id;
    };
    const first = await decide(await rusela(people.rina, "Rina Marlina"), desk);
    expect(first.status).toBe(200);
    const recommendation = first.body.outputs[0];
    expect(recommendation?.kind).toBe("recommendation");

    const secondCase = await rusela(people.eko, "Eko Prasetyo");
    const blocked = await decide(secondCase, desk);
    expect(blocked.status).toBe(409);
    expect(blocked.body.error.code).toBe("QUOTA_EXHAUSTED");
    expect(blocked.body.error.messages.id).not.toBe("");
    expect((await get<CaseBody>(`/cases/${secondCase}`, desk)).body.state).toBe("deciding");

    // The public works office sees the recommendation addressed to it and delivers it.
    const inbox = await get<{ recommendations: Array<{ id: string; status: string }> }>("/recommendations", publicWorks);
    expect(inbox.body.recommendations).toContainEqual(expect.objectContaining({ id: recommendation?.id, status: "pending" }));
    const delivered = await post<{ status: string }>(`/recommendations/${recommendation?.id}/deliver`, publicWorks);
    expect(delivered.status).toBe(200);
    expect(delivered.body.status).toBe("delivered");
  });

  it("prints a card whose QR code verifies publicly; a tampered token does not; another regency sees none of it", async () => {
    const cards = await get<{ cards: Array<{ id: string; number: string }> }>(`/cards?nik=${people.siti}`, desk);
    const card = cards.body.cards[0];
    expect(card).toBeDefined();
    const pdf = await fetch(url(`/cards/${card?.id}/pdf`), { headers: desk });
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const bytes = new Uint8Array(await pdf.arrayBuffer());
    const image = rasterise(bytes, CARD_SIZE, 8);
    const link = jsQR(image.data, image.width, image.height)?.data ?? "";
    expect(link).toContain("/api/verify/");

    const verdict = await fetch(link);
    const view = (await verdict.json()) as Record<string, unknown>;
    expect(view).toMatchObject({ genuine: true, status: "valid", number: card?.number });
    expect(JSON.stringify(view)).not.toContain(people.siti);

    const token = link.slice(link.lastIndexOf("/") + 1);
    const tampered = `${token.slice(0, -2)}${token.endsWith("AA") ? "BB" : "AA"}`;
    expect(await (await fetch(`${server.baseUrl}/api/verify/${tampered}`)).json()).toEqual({ genuine: false });

    // Another regency's desk officer: the case, the card and the PDF do not exist for it.
    const foreign = (path: string) => fetch(`${server.baseUrl}/api/t/${otherSlug}${path}`, { headers: otherDesk });
    expect((await foreign(`/cards/${card?.id}`)).status).toBe(404);
    expect((await foreign(`/cards/${card?.id}/pdf`)).status).toBe(404);
    expect((await fetch(url(`/cards/${card?.id}`), { headers: otherDesk })).status).toBe(404);
  });
});
