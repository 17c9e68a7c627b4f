// The database schema, grouped by domain. Each table lives in its own file.
export * from "./tenancy/tenants.ts";
export * from "./configuration/config-drafts.ts";
export * from "./configuration/config-versions.ts";
export * from "./areas/areas.ts";
export * from "./identity/users.ts";
export * from "./identity/memberships.ts";
export * from "./identity/sessions.ts";
export * from "./identity/login-attempts.ts";
export * from "./audit/audit-events.ts";
export * from "./reference/reference-imports.ts";
export * from "./reference/reference-persons.ts";
export * from "./procedure/counters.ts";
export * from "./procedure/cases.ts";
export * from "./procedure/case-events.ts";
export * from "./procedure/verification-tasks.ts";
export * from "./procedure/surveys.ts";
export * from "./procedure/decisions.ts";
