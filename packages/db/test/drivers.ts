import ws from "ws";
import { createDb, type DbHandle } from "../src/index.ts";
import { migrate } from "../src/migrate.ts";
import { createTestDatabase, startWsProxy } from "../src/testing/index.ts";

/** A migrated, empty database on one driver, and how to dispose of it. */
export interface OpenedTarget {
  handle: DbHandle;
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
 * superuser of a throwaway cluster. Each gets its own fresh database.
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
        const handle = await createDb({ driver: "pglite" });
        await migrate(handle);
        return { handle, cleanup: () => handle.close() };
      },
    },
    {
      name: "pg",
      skipReason: needsServer,
      open: async () => {
        const database = await createTestDatabase(serverUrl(), "satu_atap_test_pg");
        const handle = await createDb({ driver: "pg", url: database.url, max: 8 });
        await migrate(handle);
        return {
          handle,
          cleanup: async () => {
            await handle.close();
            await database.drop();
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
        const handle = await createDb({
          driver: "neon",
          url: database.url,
          webSocketConstructor: ws, // Node 20 has no global WebSocket
          wsProxy: proxy.wsProxy,
          useSecureWebSocket: false, // plain ws:// to the local proxy
          pipelineConnect: false, // trust auth, not cleartext password: no pipelining
        });
        await migrate(handle);
        return {
          handle,
          cleanup: async () => {
            await handle.close();
            await proxy.close();
            await database.drop();
          },
        };
      },
    },
  ];
}
