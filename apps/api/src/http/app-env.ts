import type { Db } from "@satu-atap/db";
import type { Tenant } from "@satu-atap/db";

/** What every request carries, set by middleware before handlers run. */
export interface AppEnv {
  Variables: {
    requestId: string;
    db: Db;
    /** Set by the tenant middleware on `/api/t/{tenant}/…` routes. */
    tenant: Tenant;
  };
}
