import { randomBytes } from "node:crypto";
import type { NewTenant } from "../schema/index.ts";

let sequence = 0;

/**
 * A slug no other test uses (valid for `tenants_slug_format`), so tests never
 * depend on shared fixed ids and can run in parallel against one database.
 *
 * @example
 * uniqueSlug("sragen"); // "sragen-1-4f9a2c"
 */
export function uniqueSlug(prefix = "t"): string {
  sequence += 1;
  return `${prefix}-${sequence}-${randomBytes(3).toString("hex")}`;
}

/**
 * Input for `createTenant` with a unique slug; override any field.
 *
 * @example
 * const tenant = await createTenant(db, tenantInput({ status: "active" }));
 */
export function tenantInput(overrides: Partial<NewTenant> = {}): NewTenant {
  const slug = overrides.slug ?? uniqueSlug();
  return { slug, name: `Kabupaten ${slug}`, regencyCode: "3314", ...overrides };
}
