// The database schema, grouped by domain. Each table lives in its own file.
export * from "./tenancy/tenants.ts";
export * from "./configuration/config-drafts.ts";
export * from "./configuration/config-versions.ts";
export * from "./areas/areas.ts";
