import { error, fail } from "@sveltejs/kit";
import type { RegencyConfig } from "@satu-atap/config";
import { localFormErrors } from "$lib/api/errors.ts";
import type { RoleId } from "$lib/api/types.ts";
import { m } from "$lib/paraglide/messages.js";
import { apiClient, apiData } from "$lib/server/api.ts";
import { failFromApi } from "$lib/server/forms.ts";
import type { Actions, PageServerLoad } from "./$types";

/** The roles granted inside a regency (`province-admin` is platform-wide, made with the CLI). */
const GRANTABLE: RoleId[] = ["district-admin", "desk-officer", "subdistrict-officer", "field-verifier", "agency-officer"];

/**
 * The regency's members (`GET …/members`) and an invite form (`POST …/members`). The
 * sub-districts, villages and agencies to choose from come from the draft when the user may
 * read it (`config:edit`); otherwise those fields take codes.
 */
export const load: PageServerLoad = async (event) => {
  const { permissions, regency } = await event.parent();
  if (!permissions.includes("user:manage")) error(404, { message: m.common_error_not_found() });
  const client = apiClient(event);
  const tenant = event.params.tenant;
  const { members } = apiData(await client.GET("/api/t/{tenant}/members", { params: { path: { tenant } } }), event);

  let choices: { subdistricts: Array<{ code: string; name: string; villages: Array<{ code: string; name: string }> }>; agencies: Array<{ id: string; name: string }> } | null = null;
  if (permissions.includes("config:edit")) {
    const draft = await client.GET("/api/t/{tenant}/config/draft", { params: { path: { tenant } } });
    if (draft.data !== undefined) {
      const config = draft.data.content as unknown as RegencyConfig;
      choices = {
        subdistricts: config.areas.subdistricts.map((s) => ({ code: s.code, name: s.name, villages: (s.villages ?? []).map((v) => ({ code: v.code, name: v.name })) })),
        agencies: config.agencies.map((a) => ({ id: a.id, name: a.label[event.locals.locale] })),
      };
    }
  }
  return { members, choices, roles: GRANTABLE, welcome: event.url.searchParams.has("welcome"), regencyName: regency.name };
};

const FIELDS = ["name", "email", "role", "subdistrictCode", "areaCodes", "agencyId"] as const;

export const actions: Actions = {
  invite: async (event) => {
    const form = await event.request.formData();
    const name = String(form.get("name") ?? "").trim();
    const email = String(form.get("email") ?? "").trim();
    const role = String(form.get("role") ?? "") as RoleId;
    const subdistrictCode = String(form.get("subdistrictCode") ?? "").trim();
    const agencyId = String(form.get("agencyId") ?? "").trim();
    const areaCodes = form
      .getAll("areaCodes")
      .flatMap((value) => String(value).split(","))
      .map((code) => code.trim())
      .filter((code) => code !== "");
    const values = { name, email, role, subdistrictCode, agencyId, areaCodes: areaCodes.join(",") };

    const local: Record<string, string> = {};
    if (name === "") local["name"] = m.users_name_required();
    if (email === "") local["email"] = m.users_email_required();
    if (Object.keys(local).length > 0) return fail(400, { errors: localFormErrors(local), values });

    // Only the scope the role takes is sent (the API refuses the others).
    const result = await apiClient(event).POST("/api/t/{tenant}/members", {
      params: { path: { tenant: event.params.tenant } },
      body: {
        name,
        email,
        role,
        ...(role === "subdistrict-officer" ? { subdistrictCode } : {}),
        ...(role === "field-verifier" ? { areaCodes } : {}),
        ...(role === "agency-officer" ? { agencyId } : {}),
      },
    });
    if (result.error) {
      // `body/areaCodes/0` → the areaCodes field.
      const failure = failFromApi(result, event, { values, codeFields: { ALREADY_MEMBER: "email", ROLE_NOT_GRANTABLE: "role" } });
      const fields: Record<string, string[]> = {};
      for (const [field, messages] of Object.entries(failure.data.errors.fields)) {
        const key = field.startsWith("areaCodes/") ? "areaCodes" : field;
        fields[key] = [...(fields[key] ?? []), ...messages];
      }
      const known = new Set<string>(FIELDS);
      const stray = Object.entries(fields).filter(([field]) => !known.has(field)).flatMap(([, messages]) => messages);
      const errors = {
        ...failure.data.errors,
        fields: Object.fromEntries(Object.entries(fields).filter(([field]) => known.has(field))),
        form: stray.length > 0 ? [failure.data.errors.form, ...stray].filter(Boolean).join(" ") : failure.data.errors.form,
      };
      return fail(failure.status, { errors, values });
    }
    const invited = result.data;
    return {
      invited: {
        name: invited.user.name,
        email: invited.user.email,
        role: invited.role,
        accountCreated: invited.accountCreated,
        temporaryPassword: invited.temporaryPassword ?? null,
      },
    };
  },
};
