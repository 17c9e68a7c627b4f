import { assertSafeAppRole, createDb } from "@satu-atap/db";
import { createMiddleware } from "hono/factory";
import { createApp } from "./app.ts";
import { describeEnvProblems, WorkerEnvSchema, type WorkerEnv } from "./env.ts";
import type { AppEnv } from "./http/app-env.ts";
import { createWebNikCrypto, decodeNikKey } from "@satu-atap/nik";
import { parseDocumentSigningKeys } from "@satu-atap/documents";

/**
 * Cloudflare Workers entry point. Nothing happens at module scope: the env is
 * parsed on the first request (and re-parsed if the runtime hands us a new env
 * object), and each request opens its own Neon pool, closed after the response,
 * because Workers may not share I/O objects between requests.
 */
const parsedEnvs = new WeakMap<object, { env: WorkerEnv; app: ReturnType<typeof createApp> }>();

function appFor(rawEnv: Record<string, unknown>) {
  const cached = parsedEnvs.get(rawEnv);
  if (cached) return cached;
  const parsed = WorkerEnvSchema.safeParse(rawEnv);
  if (!parsed.success) {
    // Fail closed: a misconfigured Worker answers nothing but this.
    throw new Error(`Invalid Worker environment:\n${describeEnvProblems(parsed.error)}`);
  }
  const env = parsed.data;
  // Checked on this isolate's first request (there is no start-up on Workers), and again on
  // every request until it passes: a role that could bypass row-level security serves nothing.
  let roleChecked = false;
  const app = createApp({
    database: createMiddleware<AppEnv>(async (c, next) => {
      const role = env.DB_ROLE === undefined ? {} : { role: env.DB_ROLE };
      const handle = await createDb(
        env.NEON_LOCAL_PROXY
          ? // A local Postgres behind the test proxy speaks plain ws and no pipelined auth.
            { driver: "neon", url: env.DATABASE_URL, wsProxy: env.NEON_LOCAL_PROXY, useSecureWebSocket: false, pipelineConnect: false, ...role }
          : { driver: "neon", url: env.DATABASE_URL, ...role },
      );
      c.set("db", handle.db);
      try {
        if (!roleChecked) {
          await assertSafeAppRole(handle.db);
          roleChecked = true;
        }
        await next();
      } finally {
        // Response may still stream; let the pool close after it.
        const closing = handle.close();
        try {
          c.executionCtx.waitUntil(closing);
        } catch {
          await closing;
        }
      }
    }),
    apiReferenceAssets: env.API_REFERENCE_ASSETS,
    trustedOrigins: env.TRUSTED_ORIGINS,
    // Cloudflare sets it from the connection; a client cannot forge it.
    clientIp: (c) => c.req.header("cf-connecting-ip") ?? "unknown",
    nikCrypto:
      env.NIK_HMAC_KEY !== undefined && env.NIK_ENCRYPTION_KEY !== undefined
        ? createWebNikCrypto({ hmacKey: decodeNikKey("NIK_HMAC_KEY", env.NIK_HMAC_KEY), encryptionKey: decodeNikKey("NIK_ENCRYPTION_KEY", env.NIK_ENCRYPTION_KEY) })
        : undefined,
    documentKeys: env.DOCUMENT_SIGNING_KEY === undefined ? undefined : parseDocumentSigningKeys(env.DOCUMENT_SIGNING_KEY, env.DOCUMENT_SIGNING_KEYS_PREVIOUS ?? ""),
    publicBaseUrl: env.PUBLIC_BASE_URL,
  });
  const entry = { env, app };
  parsedEnvs.set(rawEnv, entry);
  return entry;
}

export default {
  fetch(request: Request, rawEnv: Record<string, unknown>, ctx: ExecutionContext): Response | Promise<Response> {
    let app: ReturnType<typeof createApp>;
    try {
      app = appFor(rawEnv).app;
    } catch (error) {
      console.error(error instanceof Error ? error.message : error);
      const requestId = crypto.randomUUID();
      const messages = { id: "Layanan salah konfigurasi.", en: "Service misconfigured." };
      return Response.json(
        { error: { code: "INTERNAL", message: messages.en, messages, requestId } },
        { status: 500, headers: { "x-request-id": requestId } },
      );
    }
    return app.fetch(request, rawEnv, ctx);
  },
} satisfies ExportedHandler<Record<string, unknown>>;
