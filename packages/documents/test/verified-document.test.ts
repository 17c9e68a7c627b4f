import { describe, expect, it } from "vitest";
import { describeVerifiedDocument, signDocumentToken, verifyDocumentToken, type DocumentTokenPayload, type IssuedDocumentRecord } from "../src/index.ts";
import { FULL_KK, FULL_NIK, card, signingKey } from "./support/fixtures.ts";

const record: IssuedDocumentRecord = {
  tenant: card.tenant,
  id: card.id,
  kind: "card",
  number: card.number,
  issuedOn: card.issuedOn,
  validFrom: card.validFrom,
  validUntil: card.validUntil,
  holder: card.holder,
  regencyName: card.regencyName,
  programme: card.programme,
  tier: card.tier,
};

async function scan(payload: DocumentTokenPayload = { tenant: card.tenant, kind: "card", documentId: card.id, issuedOn: card.issuedOn }) {
  return verifyDocumentToken(await signDocumentToken(payload, signingKey), [signingKey]);
}

describe("the public view of a verified document", () => {
  it("shows what is printed and that it is valid, with the NIK masked", async () => {
    const view = describeVerifiedDocument({ verification: await scan(), record, today: "2026-06-01" });
    expect(view).toEqual({
      genuine: true,
      kind: "card",
      number: "SRS-2026-000123",
      status: "valid",
      issuedBy: { id: "Kabupaten Sragen", en: "Sragen Regency" },
      issuedOn: "2026-01-15",
      validFrom: "2026-01-15",
      validUntil: "2027-01-14",
      holderName: "Sri Wahyuni",
      maskedNik: "3314xxxxxxxxxxxx",
      programme: { id: "Saraswati", en: "Saraswati" },
      tier: { id: "Melati", en: "Melati" },
      tierColour: "#F472B6",
    });
  });

  it("never discloses the full NIK or KK, nor anything the record holds beyond the print", async () => {
    const richer = { ...record, address: "Dukuh Jetak RT 02", household: { kk: FULL_KK } } as IssuedDocumentRecord;
    const text = JSON.stringify(describeVerifiedDocument({ verification: await scan(), record: richer, today: "2026-06-01" }));
    expect(text).not.toContain(FULL_NIK);
    expect(text).not.toContain(FULL_KK);
    expect(text).not.toContain("Jetak");
  });

  it("says expired after the last valid day, and valid on it", async () => {
    const verification = await scan();
    expect(describeVerifiedDocument({ verification, record, today: "2027-01-14" })).toMatchObject({ status: "valid" });
    expect(describeVerifiedDocument({ verification, record, today: "2027-01-15" })).toMatchObject({ status: "expired" });
    expect(describeVerifiedDocument({ verification, record, today: "2026-01-14" })).toMatchObject({ status: "not-yet-valid" });
    expect(describeVerifiedDocument({ verification, record: { ...record, validUntil: null }, today: "2040-01-01" })).toMatchObject({ status: "valid" });
  });

  it("says revoked over replaced over expired", async () => {
    const verification = await scan();
    expect(describeVerifiedDocument({ verification, record: { ...record, revokedOn: "2026-03-01", replacedByNumber: "SRS-2026-000999" }, today: "2028-01-01" })).toMatchObject({ status: "revoked" });
    expect(describeVerifiedDocument({ verification, record: { ...record, replacedByNumber: "SRS-2026-000999" }, today: "2028-01-01" })).toMatchObject({
      status: "replaced",
      replacedByNumber: "SRS-2026-000999",
    });
  });

  it("calls a print from an earlier issue of the same record replaced", async () => {
    const verification = await scan({ tenant: card.tenant, kind: "card", documentId: card.id, issuedOn: "2025-01-15" });
    expect(describeVerifiedDocument({ verification, record, today: "2026-06-01" })).toMatchObject({ genuine: true, status: "replaced" });
  });

  it("answers only { genuine: false } for a bad token, a missing record or a token of another document", async () => {
    const bad = await verifyDocumentToken("v1.garbage.x", [signingKey]);
    expect(describeVerifiedDocument({ verification: bad, record, today: "2026-06-01" })).toEqual({ genuine: false });
    expect(describeVerifiedDocument({ verification: await scan(), record: undefined, today: "2026-06-01" })).toEqual({ genuine: false });
    for (const other of [{ ...record, tenant: "another" }, { ...record, kind: "letter" as const }, { ...record, id: "another-id" }]) {
      expect(describeVerifiedDocument({ verification: await scan(), record: other, today: "2026-06-01" })).toEqual({ genuine: false });
    }
  });

  it("names the service of a letter", async () => {
    const letterRecord: IssuedDocumentRecord = { ...record, kind: "letter", programme: undefined, tier: undefined, service: { label: { id: "Surat keterangan berobat", en: "Care letter" } } };
    const verification = await scan({ tenant: card.tenant, kind: "letter", documentId: card.id, issuedOn: card.issuedOn });
    const view = describeVerifiedDocument({ verification, record: letterRecord, today: "2026-06-01" });
    expect(view).toMatchObject({ genuine: true, kind: "letter", service: { en: "Care letter" } });
    expect(view).not.toHaveProperty("programme");
  });
});
