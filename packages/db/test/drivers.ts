import { sql } from "drizzle-orm";
import ws from "ws";
import { APP_ROLE, createDb, setRoleStatement, type Db, type DbHandle } from "../src/index.ts";
import { createMigratedDb, migrate } from "../src/migrate.ts";
import { createTestDatabase, createTestLoginRole, startWsProxy } from "../src/testing/index.ts";

/** A migrated, empty database on one driver, and how to dispose of it. */
export interface OpenedTarget {
  /** How the application connects: as the non-owner {@link APP_ROLE}, under row-level security. */
  handle: DbHandle;
  /** Runs `fn` with the owner's rights (the migration user), e.g. to tamper with audit rows. */
  asOwner<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  cleanup(): Promise<void>;
}

/** One driver the shared suite runs on. */
export interface DriverTarget {
  name: DbHandle["driver"];
  /** Why it is skipped, or undefined when it runs. */
  skipReason: string | undefined;
  open(): Promise<OpenedTarget>;
}

/**
 * The drivers to test: PGlite always (in memory); node-postgres and the Neon
 * driver (through the local WebSocket proxy) when TEST_DATABASE_URL names a
 * superuser of a throwaway cluster. Each gets its own fresh database, and the
 * application handle never runs as the owner, so row-level security is real:
 * - PGlite: `SET ROLE satu_atap_app` on its one connection;
 * - pg: a LOGIN role that is a member of satu_atap_app (production style);
 * - Neon: the owner's URL with `role`, i.e. SET ROLE in the pool's onConnect.
 */
export function driverTargets(adminUrl: string | undefined = process.env.TEST_DATABASE_URL): DriverTarget[] {
  const needsServer = adminUrl === undefined || adminUrl === "" ? "TEST_DATABASE_URL is not set" : undefined;
  const serverUrl = (): string => {
    if (adminUrl === undefined || adminUrl === "") throw new Error("TEST_DATABASE_URL is not set");
    return adminUrl;
  };

  return [
    {
      name: "pglite",
      skipReason: undefined,
      open: async () => {
        const handle = await createMigratedDb({ driver: "pglite", role: APP_ROLE });
        return {
          handle,
          // One connection: step out of the role and back. Tests run one at a time.
          asOwner: async (fn) => {
            await handle.db.execute(sql.raw("RESET ROLE"));
            try {
              return await fn(handle.db);
            } finally {
              await handle.db.execute(sql.raw(setRoleStatement(APP_ROLE)));
            }
          },
          cleanup: () => handle.close(),
        };
      },
    },
    {
      name: "pg",
      skipReason: needsServer,
      open: async () => {
        const database = await createTestDatabase(serverUrl(), "satu_atap_test_pg");
        const owner = await createDb({ driver: "pg", url: database.url, max: 2 });
        await migrate(owner);
        const login = await createTestLoginRole(serverUrl(), database.url);
        const handle = await createMigratedDb({ driver: "pg", url: login.url, max: 8 }, { migrationUrl: database.url });
        return {
          handle,
          asOwner: (fn) => fn(owner.db),
          cleanup: async () => {
            await handle.close();
            await owner.close();
            await database.drop();
            await login.drop();
          },
        };
      },
    },
    {
      name: "neon",
      skipReason: needsServer,
      open: async () => {
        const database = await createTestDatabase(serverUrl(), "satu_atap_test_neon");
        const proxy = await startWsProxy();
        const handle = await createMigratedDb({
          driver: "neon",
          url: database.url,
          role: APP_ROLE,
          webSocketConstructor: ws, // Node 20 has no global WebSocket
          wsProxy: proxy.wsProxy,
          useSecureWebSocket: false, // plain ws:// to the local proxy
          pipelineConnect: false, // trust auth, not cleartext password: no pipelining
        });
        const owner = await createDb({ driver: "pg", url: database.url, max: 2 });
        return {
          handle,
          asOwner: (fn) => fn(owner.db),
          cleanup: async () => {
            await handle.close();
            await owner.close();
            await proxy.close();
            await database.drop();
          },
        };
      },
    },
  ];
}
