// @satu-atap/db: schema, client factory and query functions. Safe to import in
// a Cloudflare Worker: no Node built-ins here, no connections at import time.
// The migrator (`@satu-atap/db/migrate`) and test helpers (`…/testing`) are
// separate, Node-only entries.
export * from "./schema/index.ts";
export { createDb, type Db, type DbConfig, type DbHandle } from "./client.ts";
export { APP_ROLE, TENANT_TABLES, UnsafeAppRoleError, assertSafeAppRole, setRoleStatement } from "./app-role.ts";
export { withPlatform, withTenant } from "./scope.ts";
export { violatedUniqueConstraint } from "./errors.ts";
export * from "./queries/tenants.ts";
export * from "./queries/configuration.ts";
export * from "./queries/areas.ts";
export * from "./queries/users.ts";
export * from "./queries/memberships.ts";
export * from "./queries/sessions.ts";
export * from "./queries/login-attempts.ts";
export * from "./queries/audit.ts";
export * from "./queries/province.ts";
export * from "./queries/reference.ts";
export * from "./queries/cases.ts";
export * from "./queries/outputs.ts";
export * from "./queries/decisions.ts";
export * from "./queries/case-reading.ts";
export * from "./queries/complaints.ts";
