import { appendAuditEvent } from "@satu-atap/db";
import { routePath } from "hono/route";
import { createMiddleware } from "hono/factory";
import { membershipsCovering, platformMemberships, rolesOf } from "./access.ts";
import type { AppEnv } from "./app-env.ts";

/**
 * Records refused requests (401, 403, and 404 for a regency the caller is not a member of)
 * in the audit trail: the regency's chain when one is known, else the platform chain. It
 * writes after the response is decided, outside any tenant transaction (which rolled back
 * with the refusal). A failed audit write is logged, and the refusal stands.
 */
export const auditDenials = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  const denial = c.get("denial");
  if (!denial) return;
  const auth = c.get("auth");
  const reaching = auth
    ? denial.tenantId === null
      ? platformMemberships(auth.memberships)
      : membershipsCovering(auth.memberships, denial.tenantId)
    : [];
  try {
    await appendAuditEvent(c.get("db"), {
      tenantId: denial.tenantId,
      actorUserId: auth?.user.id ?? null,
      actorRole: rolesOf(reaching).join(",") || null,
      action: "request.denied",
      // The route pattern, not the concrete path: no query strings or ids from the URL.
      target: `${c.req.method} ${routePath(c, -1)}`,
      requestId: c.get("requestId"),
      details: { status: denial.status, reason: denial.reason },
    });
  } catch (error) {
    console.error(
      JSON.stringify({ level: "error", requestId: c.get("requestId"), message: "audit of a denied request failed", error: String(error) }),
    );
  }
});
