import { listAuditEvents } from "@satu-atap/db";
import type { TenantServiceContext } from "./context.ts";

/** A regency's audit trail, newest first, filtered, a page at a time (cursor = previous page's nextCursor). */
export async function listTenantAudit({
  ctx,
  input,
}: {
  ctx: TenantServiceContext;
  input: { action?: string | undefined; actor?: string | undefined; from?: Date | undefined; to?: Date | undefined; limit?: number | undefined; cursor?: number | undefined };
}) {
  const page = await listAuditEvents(ctx.db, ctx.tenant.id, {
    ...(input.action !== undefined ? { action: input.action } : {}),
    ...(input.actor !== undefined ? { actorUserId: input.actor } : {}),
    ...(input.from !== undefined ? { from: input.from } : {}),
    ...(input.to !== undefined ? { to: input.to } : {}),
    ...(input.limit !== undefined ? { limit: input.limit } : {}),
    ...(input.cursor !== undefined ? { cursor: input.cursor } : {}),
  });
  return {
    events: page.events.map((event) => ({
      id: event.id,
      seq: event.seq,
      at: event.at.toISOString(),
      actorUserId: event.actorUserId,
      actorRole: event.actorRole,
      action: event.action,
      target: event.target,
      requestId: event.requestId,
      before: event.before ?? null,
      after: event.after ?? null,
      details: event.details ?? null,
      prevHash: event.prevHash,
      rowHash: event.rowHash,
    })),
    nextCursor: page.nextCursor,
  };
}
