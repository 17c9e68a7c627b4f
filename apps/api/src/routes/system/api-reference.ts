import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/app-env.ts";

/** Where the browser loads Swagger UI's script and stylesheet from. */
export interface ApiReferenceOptions {
  /** Base URL of the `swagger-ui-dist` files, without a trailing slash. */
  assetsBase: string;
}

function page(assetsBase: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Satu Atap API</title>
  <link rel="stylesheet" href="${assetsBase}/swagger-ui.css">
</head>
<body>
  <div id="api-reference"></div>
  <script src="${assetsBase}/swagger-ui-bundle.js"></script>
  <script>
    window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#api-reference", deepLinking: true });
  </script>
</body>
</html>`;
}

/** `/docs` is a page, not an OpenAPI operation: its permission is declared here. */
export const apiReferencePage = { method: "GET", path: "/docs", permission: "public" } as const;

/**
 * `GET /docs`: the interactive API reference (Swagger UI) over `/openapi.json`.
 * Not part of the OpenAPI document itself: it is a page, not an operation.
 */
export function registerApiReference(app: OpenAPIHono<AppEnv>, options: ApiReferenceOptions) {
  const html = page(options.assetsBase);
  app.get("/docs", (c) => c.html(html));
}
