import type { Db, DbHandle, Tenant } from "../src/index.ts";

/** What the domain parts of the shared suite get from `describeDbSuite`. */
export interface SuiteContext {
  driver: DbHandle["driver"];
  /** The application's database: runs as satu_atap_app, under row-level security. */
  db(): Db;
  /** Runs `fn` with the owner's rights. */
  asOwner<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  /** Two fresh tenants with unique slugs. */
  twoTenants(): Promise<[Tenant, Tenant]>;
}
