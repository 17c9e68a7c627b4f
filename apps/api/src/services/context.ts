import type { Db, Tenant } from "@satu-atap/db";

/**
 * What a service function gets besides its input. The same services serve the
 * HTTP routes, the CLI and jobs, so nothing here is HTTP-specific.
 */
export interface ServiceContext {
  db: Db;
}

/** Context of a service that works inside one regency. */
export interface TenantServiceContext extends ServiceContext {
  tenant: Tenant;
}
