import { error, type RequestEvent } from "@sveltejs/kit";
import { can } from "$lib/access.ts";
import { m } from "$lib/paraglide/messages.js";

/** The onboarding wizard is the province admin's (`tenant:create`); anyone else gets 403. */
export function requireOnboarding(event: Pick<RequestEvent, "locals">): void {
  const { identity } = event.locals;
  if (identity === null || !can(identity, null, "tenant:create")) error(403, { message: m.common_error_forbidden() });
}
