import { appendAuditEvent, findReferencePerson, type ReferencePersonWithHistory } from "@satu-atap/db";
import { NIK_PROBLEM_MESSAGES_ID, parseNik, type NikCrypto } from "@satu-atap/nik";
import type { Actor } from "../http/actor.ts";
import { ApiError } from "../http/errors.ts";
import { auditActorFields } from "./audit-actor.ts";
import type { TenantServiceContext } from "./context.ts";

export interface NikServiceContext extends TenantServiceContext {
  nikCrypto: NikCrypto;
}

/** A person as every reader sees them: the NIK masked, and where they appeared. */
export function presentPerson({ person, appearances }: ReferencePersonWithHistory) {
  return {
    id: person.id,
    nikMasked: person.nikMasked,
    appearances: appearances.map((a) => ({
      source: a.source,
      year: a.year,
      importId: a.importId,
      name: a.name,
      address: a.address,
      villageCode: a.villageCode,
      category: a.category,
      householdSize: a.householdSize,
      line: a.line,
    })),
  };
}

/**
 * The person with this NIK in the regency's reference lists, masked, with their match
 * history; 404 when the NIK is in none. A malformed NIK is a 400 naming the reason
 * (nothing is looked up). The lookup goes by HMAC: the NIK itself is never in a query.
 */
export async function findPersonByNik({ ctx, input }: { ctx: NikServiceContext; input: { nik: string } }) {
  const nik = input.nik.trim();
  const parsed = parseNik(nik);
  if (!parsed.ok) {
    throw new ApiError("NIK_INVALID", { id: NIK_PROBLEM_MESSAGES_ID[parsed.problem], en: parsed.message }, [{ path: "query/nik", message: `${parsed.problem}: ${parsed.message}` }]);
  }
  const [nikHmac] = await ctx.nikCrypto.hmac("nik", [nik]);
  const found = await findReferencePerson(ctx.db, ctx.tenant.id, { nikHmac: nikHmac as Uint8Array });
  if (found === undefined) throw personNotFound();
  return presentPerson(found);
}

/**
 * The person's full NIK, for a user holding `nik:reveal`: decrypted, and audited as
 * `nik.reveal` with the masked NIK only (in the same transaction: no record, no reveal).
 */
export async function revealPersonNik({ ctx, input }: { ctx: NikServiceContext; input: { personId: number; actor: Actor; reason?: string | undefined } }) {
  const found = await findReferencePerson(ctx.db, ctx.tenant.id, { id: input.personId });
  if (found === undefined) throw personNotFound();
  const nik = await ctx.nikCrypto.decrypt(found.person.nikCiphertext, found.person.nikKeyId);
  await appendAuditEvent(ctx.db, {
    tenantId: ctx.tenant.id,
    action: "nik.reveal",
    target: `reference_person:${found.person.id}`,
    ...auditActorFields(input.actor, { nikMasked: found.person.nikMasked, reason: input.reason ?? null }),
  });
  return { id: found.person.id, nik, nikMasked: found.person.nikMasked };
}

function personNotFound() {
  return new ApiError("NOT_FOUND", { id: "Orang tidak ditemukan dalam daftar rujukan.", en: "No such person in the reference lists." });
}
