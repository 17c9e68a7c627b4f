import { getConnInfo } from "@hono/node-server/conninfo";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Db } from "@satu-atap/db";
import { createMiddleware } from "hono/factory";
import { createRequire } from "node:module";
import { dirname, relative } from "node:path";
import { createApp } from "./app.ts";
import type { AppEnv } from "./http/app-env.ts";
import type { NikKeys } from "@satu-atap/nik";
import type { DocumentKeys } from "./document-keys.ts";
import { createNodeNikCrypto } from "@satu-atap/nik/node";

/**
 * The app as the Node entry runs it: one long-lived database for all requests,
 * and Swagger UI's files served from node_modules (no CDN needed offline).
 */
export function createNodeApp(
  db: Db,
  options: {
    trustedOrigins?: readonly string[];
    nikKeys?: NikKeys | undefined;
    clock?: (() => Date) | undefined;
    documentKeys?: DocumentKeys | undefined;
    publicBaseUrl?: string | undefined;
  } = {},
) {
  const swaggerUiDir = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
  const app = createApp({
    database: createMiddleware<AppEnv>(async (c, next) => {
      c.set("db", db);
      await next();
    }),
    apiReferenceAssets: "/docs/assets",
    trustedOrigins: options.trustedOrigins ?? [],
    nikCrypto: options.nikKeys === undefined ? undefined : createNodeNikCrypto(options.nikKeys),
    clock: options.clock,
    documentKeys: options.documentKeys,
    publicBaseUrl: options.publicBaseUrl,
    // The socket's peer. X-Forwarded-For is not trusted: anyone can send it. Behind a
    // reverse proxy every caller shares the proxy's address for throttling (docs/operations.md).
    clientIp: (c) => {
      // In-process requests (`app.request`) have no socket.
      if (!c.env || typeof c.env !== "object" || !("incoming" in c.env)) return "unknown";
      return getConnInfo(c).remote.address ?? "unknown";
    },
  });
  app.use(
    "/docs/assets/*",
    serveStatic({
      // serveStatic resolves `root` against the working directory.
      root: relative(process.cwd(), swaggerUiDir),
      rewriteRequestPath: (path) => path.replace(/^\/docs\/assets/, ""),
    }),
  );
  return app;
}
