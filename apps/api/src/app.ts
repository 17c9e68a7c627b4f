import { OpenAPIHono } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { requestId } from "hono/request-id";
import type { AppEnv } from "./http/app-env.ts";
import { onError, onNotFound, validationError } from "./http/error-handling.ts";
import { tenantScope } from "./http/tenant-scope.ts";
import { registerGetPublishedConfig } from "./routes/config/get-published-config.ts";
import { registerListConfigVersions } from "./routes/config/list-config-versions.ts";
import { registerApiReference } from "./routes/system/api-reference.ts";
import { registerConfigJsonSchema } from "./routes/system/config-json-schema.ts";
import { registerHealth } from "./routes/system/health.ts";
import { registerListTenants } from "./routes/tenants/list-tenants.ts";
import { registerEvaluateHousehold } from "./routes/evaluation/evaluate-household.ts";

export interface AppOptions {
  /** Puts a `db` on the context for the request (and cleans up after it). */
  database: MiddlewareHandler<AppEnv>;
  /** Base URL of Swagger UI's files for `/docs`. */
  apiReferenceAssets: string;
}

export const API_VERSION = "0.1.0";

/**
 * The one Hono app behind both entry points (Node and Cloudflare Workers).
 * Entry points differ only in how they provide the database and static assets.
 */
export function createApp(options: AppOptions): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({
    // One zod hook for every route: request validation errors share the envelope.
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error, result.target);
    },
  });

  app.onError(onError);
  app.notFound(onNotFound);
  app.use("*", requestId());
  app.use("/health", options.database);
  app.use("/api/*", options.database);
  app.use("/api/t/:tenant/*", tenantScope);
  app.use("/api/t/:tenant", tenantScope);

  registerHealth(app);
  registerListTenants(app);
  registerGetPublishedConfig(app);
  registerListConfigVersions(app);
  registerConfigJsonSchema(app);
  registerEvaluateHousehold(app);

  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Satu Atap API",
      version: API_VERSION,
      description:
        "Integrated poverty-service units (UPTPK) for any regency, by configuration. Every error uses the ErrorEnvelope schema.",
    },
    tags: [
      { name: "system", description: "Health, schemas" },
      { name: "tenants", description: "Regencies on the platform" },
      { name: "configuration", description: "A regency's versioned configuration" },
      { name: "evaluation", description: "Households evaluated against a regency's rules, with explanations" },
    ],
  });
  registerApiReference(app, { assetsBase: options.apiReferenceAssets });
  return app;
}
