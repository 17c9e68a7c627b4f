import { createMiddleware } from "hono/factory";
import { createApp } from "./app.ts";
import type { AppEnv } from "./http/app-env.ts";

/**
 * The OpenAPI 3.1 document exactly as `GET /openapi.json` serves it, made in-process without a
 * database or a listening server. The web app generates its typed client from it
 * (`npm run generate:api --workspace @satu-atap/web`).
 */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const app = createApp({
    // `/openapi.json` never touches the database; anything that tries is a bug worth hearing about.
    database: createMiddleware<AppEnv>(async () => {
      throw new Error("openApiDocument: no database here");
    }),
    apiReferenceAssets: "/docs/assets",
    trustedOrigins: [],
    clientIp: () => "unknown",
  });
  const response = await app.request("/openapi.json");
  if (response.status !== 200) throw new Error(`GET /openapi.json answered ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}
