import { insertCase, withTenant, type Case, type CaseState, type Db } from "@satu-atap/db";
import { maskNik } from "@satu-atap/nik";
import { createNodeNikCrypto } from "@satu-atap/nik/node";
import { TEST_NIK_KEYS } from "./nik.ts";

// Shared helpers of the procedure tests (cases, decisions, complaints).

const nikCrypto = createNodeNikCrypto(TEST_NIK_KEYS);

/**
 * A case stored directly (no registration), in any state: e.g. a refused case for a
 * complaint, before the decision routes exist. NIK protected with the test server's keys.
 */
export async function insertTestCase(
  db: Db,
  tenantId: string,
  input: { state: CaseState; nik: string; number?: string; subdistrictCode?: string; villageCode?: string; at?: Date },
): Promise<Case> {
  const crypto = await nikCrypto;
  const [nikHmac] = await crypto.hmac("nik", [input.nik]);
  const [ciphertext] = await crypto.encrypt([input.nik]);
  const at = input.at ?? new Date();
  const final = input.state === "approved" || input.state === "refused" || input.state === "withdrawn";
  return withTenant(db, tenantId, (tx) =>
    insertCase(tx, {
      tenantId,
      number: input.number ?? `T-${Math.random().toString(36).slice(2, 10)}`,
      serviceId: "card-saraswati",
      deskId: "health",
      channel: "regency-desk",
      receivedAt: "regency",
      decisionLevel: "regency",
      subdistrictCode: input.subdistrictCode ?? "33.14.01",
      villageCode: input.villageCode ?? "33.14.01.2001",
      applicantNikHmac: nikHmac as Uint8Array,
      applicantNikCiphertext: ciphertext as Uint8Array,
      applicantNikKeyId: crypto.keyId,
      applicantNikMasked: maskNik(input.nik),
      applicantName: "Pemohon Uji",
      documents: [],
      listMatch: { found: false, personId: null, appearances: [] },
      fastPath: false,
      state: input.state,
      configVersion: 1,
      createdAt: at,
      stateEnteredAt: at,
      dueAt: new Date(at.getTime() + 3 * 86_400_000),
      closedAt: final ? at : null,
    }),
  );
}
