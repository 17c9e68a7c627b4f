// Names for the API's schemas, taken from the generated OpenAPI types (schema.d.ts), so a
// change in the API shows up here as a type error after `npm run generate:api`.
import type { components, paths } from "./schema.d.ts";

export type { components, paths };
export type Schemas = components["schemas"];

/** The signed-in user: account, memberships and permissions per regency (`GET /api/auth/me`). */
export type Identity = Schemas["Identity"];
export type Membership = Identity["memberships"][number];
export type RoleId = Membership["role"];
export type Permission = Identity["permissions"][number]["permissions"][number];
/** One regency as the province sees it (`GET /api/tenants`). */
export type TenantSummary = Schemas["TenantSummary"];
/** Every 4xx/5xx answer of the API. */
export type ErrorEnvelope = Schemas["ErrorEnvelope"];
export type ErrorCode = ErrorEnvelope["error"]["code"];
