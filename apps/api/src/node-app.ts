import { serveStatic } from "@hono/node-server/serve-static";
import type { Db } from "@satu-atap/db";
import { createMiddleware } from "hono/factory";
import { createRequire } from "node:module";
import { dirname, relative } from "node:path";
import { createApp } from "./app.ts";
import type { AppEnv } from "./http/app-env.ts";

/**
 * The app as the Node entry runs it: one long-lived database for all requests,
 * and Swagger UI's files served from node_modules (no CDN needed offline).
 */
export function createNodeApp(db: Db) {
  const swaggerUiDir = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
  const app = createApp({
    database: createMiddleware<AppEnv>(async (c, next) => {
      c.set("db", db);
      await next();
    }),
    apiReferenceAssets: "/docs/assets",
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
