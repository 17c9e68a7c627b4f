import { serve } from "@hono/node-server";
import { describeEnvProblems, NodeEnvSchema } from "./env.ts";
import { createNodeApp } from "./node-app.ts";
import { loadNodeNikKeys } from "./nik-keys.ts";
import { loadNodeDocumentKeys } from "./document-keys.ts";
import { describeDatabase, openNodeDatabase } from "./node-database.ts";
import { tenantsDir } from "./paths.ts";
import { UnsafeAppRoleError } from "@satu-atap/db";
import { createDemoAdminIfNoUsers } from "./services/demo-admin.ts";
import { seedTemplatesIfEmpty } from "./services/seed.ts";

/** Node entry point: `npm start`. Embedded PGlite by default, any Postgres via DATABASE_URL. */
async function main() {
  const parsed = NodeEnvSchema.safeParse(process.env);
  if (!parsed.success) {
    console.error(`Invalid environment:\n${describeEnvProblems(parsed.error)}`);
    process.exit(1);
  }
  const env = parsed.data;

  console.log(`Opening ${describeDatabase(env)} and applying migrations…`);
  const handle = await openNodeDatabase(env);
  const seeded = await seedTemplatesIfEmpty({ ctx: { db: handle.db }, input: { tenantsDir } });
  for (const slug of seeded) console.log(`Seeded template regency '${slug}' from tenants/${slug}`);

  // Only the embedded development database gets a demo account, and never in production.
  if (!env.DATABASE_URL && env.NODE_ENV !== "production") {
    const demo = await createDemoAdminIfNoUsers({ ctx: { db: handle.db } });
    if (demo) {
      console.log("Created a demo province admin (shown once; change or disable it for real use):");
      console.log(`  email     ${demo.email}`);
      console.log(`  password  ${demo.password}`);
    }
  }

  const nik = await loadNodeNikKeys(env);
  if (nik.source.kind === "dev-file" && nik.source.created) console.log(`Generated development NIK keys in ${nik.source.path} (never for production).`);
  if (nik.source.kind === "none") console.log("No NIK keys (NIK_HMAC_KEY, NIK_ENCRYPTION_KEY): reference lists and NIK lookups are unavailable.");
  const documents = await loadNodeDocumentKeys(env);
  if (documents.source.kind === "dev-file" && documents.source.created) console.log(`Generated a development document signing key in ${documents.source.path} (never for production).`);
  if (documents.source.kind === "none") console.log("No document signing key (DOCUMENT_SIGNING_KEY): printing cards and letters and verifying their QR codes are unavailable.");
  const app = createNodeApp(handle.db, { trustedOrigins: env.TRUSTED_ORIGINS, nikKeys: nik.keys, documentKeys: documents.keys, publicBaseUrl: env.PUBLIC_BASE_URL });

  const server = serve({ fetch: app.fetch, port: env.API_PORT }, (info) => {
    const base = `http://localhost:${info.port}`;
    console.log(`Satu Atap API listening on ${base}`);
    console.log(`  health         ${base}/health`);
    console.log(`  API reference  ${base}/docs`);
    console.log(`  OpenAPI        ${base}/openapi.json`);
    console.log(`  regencies      ${base}/api/tenants`);
  });

  // Close the database cleanly so PGlite flushes its files before exit. Listen for every
  // signal, not once: a second SIGTERM/SIGINT (tsx relays signals; Ctrl-C pressed twice) must
  // not fall through to the default action and kill a shutdown in progress (exit 143).
  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    server.close(() => {
      void handle.close().finally(() => process.exit(0));
    });
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

main().catch((error: unknown) => {
  // A refused database role is a configuration problem: say what to change, no stack trace.
  console.error(error instanceof UnsafeAppRoleError ? `Refusing to start: ${error.message}` : error);
  process.exit(1);
});
