import { appendAuditEvent, deleteSession, type Db } from "@satu-atap/db";

/** Ends a session: deletes its row (the token is dead from now on) and audits it. */
export async function logout({
  ctx,
  input,
}: {
  ctx: { db: Db; requestId: string };
  input: { sessionId: string; userId: string };
}): Promise<void> {
  await deleteSession(ctx.db, input.sessionId);
  await appendAuditEvent(ctx.db, { tenantId: null, actorUserId: input.userId, action: "auth.logout", requestId: ctx.requestId });
}
