import { z } from "zod";

/**
 * Origins (besides the API's own) allowed to send unsafe cookie-authenticated requests,
 * comma-separated, e.g. `http://localhost:3000,https://satu-atap.example.go.id`. Each must
 * be a bare origin: scheme, host and port, nothing else.
 */
const TrustedOriginsSchema = z
  .string()
  .default("")
  .transform((value, ctx) => {
    const origins: string[] = [];
    for (const item of value.split(",").map((part) => part.trim()).filter((part) => part !== "")) {
      let origin: string | undefined;
      try {
        origin = new URL(item).origin;
      } catch {
        origin = undefined;
      }
      if (origin === undefined || origin === "null" || origin !== item.replace(/\/$/, "")) {
        ctx.addIssue({ code: "custom", message: `not a bare origin (scheme://host[:port]): ${item}` });
        continue;
      }
      origins.push(origin);
    }
    return origins;
  });

/** Environment of the Node entry point, parsed once at start; fails closed. */
export const NodeEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  /**
   * Any PostgreSQL; when absent, the embedded PGlite database is used. Alone, it is the
   * tables' owner and the API switches to the application role (SET ROLE). With
   * MIGRATION_DATABASE_URL, it must log in as a member of `satu_atap_app` (production).
   */
  DATABASE_URL: z.url().optional(),
  /** The tables' owner, used only to apply migrations (production: ADR 0005). */
  MIGRATION_DATABASE_URL: z.url().optional(),
  /** Where PGlite keeps its files (default: `.data/` at the repository root). */
  DATA_DIR: z.string().min(1).optional(),
  TRUSTED_ORIGINS: TrustedOriginsSchema,
  /** Key of the NIK lookup values (HMAC-SHA-256), base64 of 32 random bytes. docs/operations.md. */
  NIK_HMAC_KEY: z.string().min(1).optional(),
  /** Key of the encrypted NIKs (AES-256-GCM), base64 of 32 random bytes. docs/operations.md. */
  NIK_ENCRYPTION_KEY: z.string().min(1).optional(),
  /** Signs the QR tokens of printed documents: `<key id>:<base64 of 32 bytes>`. docs/security.md. */
  DOCUMENT_SIGNING_KEY: z.string().min(1).optional(),
  /** Retired document keys still trusted for verification, comma-separated `<key id>:<base64>`. */
  DOCUMENT_SIGNING_KEYS_PREVIOUS: z.string().min(1).optional(),
  /** The address citizens reach the API at, for printed QR codes (`<PUBLIC_BASE_URL>/api/verify/<token>`); default: the request's own origin. */
  PUBLIC_BASE_URL: z.url().optional(),
});
export type NodeEnv = z.infer<typeof NodeEnvSchema>;

/** Environment (vars + secrets) of the Cloudflare Worker, checked on its first request. */
export const WorkerEnvSchema = z.object({
  /**
   * Neon connection string (a secret: `wrangler secret put DATABASE_URL`). Recommended: a
   * LOGIN role that is a member of `satu_atap_app`, so row-level security applies.
   */
  DATABASE_URL: z.url(),
  /**
   * A role to `SET ROLE` to on every connection when DATABASE_URL is the owner (e.g.
   * `satu_atap_app`). Leave unset with a login-role URL.
   */
  DB_ROLE: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/).optional(),
  /** Base URL for Swagger UI's files on `/docs` (the Worker does not serve node_modules). */
  API_REFERENCE_ASSETS: z.url().default("https://cdn.jsdelivr.net/npm/swagger-ui-dist@5.35.0"),
  TRUSTED_ORIGINS: TrustedOriginsSchema,
  /**
   * Local development and tests only: `host:port/v2` of a WebSocket→TCP proxy
   * (`startWsProxy` in @satu-atap/db/testing) that lets the Neon driver reach a
   * plain PostgreSQL. Never set in production.
   */
  NEON_LOCAL_PROXY: z.string().min(1).optional(),
  /** Secrets (`wrangler secret put`), as on Node; without them the NIK routes answer NIK_KEYS_MISSING. */
  NIK_HMAC_KEY: z.string().min(1).optional(),
  NIK_ENCRYPTION_KEY: z.string().min(1).optional(),
  /** Secrets, as on Node (document-keys.ts): the printed documents' QR signing keys. */
  DOCUMENT_SIGNING_KEY: z.string().min(1).optional(),
  DOCUMENT_SIGNING_KEYS_PREVIOUS: z.string().min(1).optional(),
  /** As on Node: the public address printed in QR codes. */
  PUBLIC_BASE_URL: z.url().optional(),
});
export type WorkerEnv = z.infer<typeof WorkerEnvSchema>;

/** Formats a failed env parse as one line per variable, naming no values (they may be secrets). */
export function describeEnvProblems(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "(env)"}: ${issue.message}`).join("\n");
}
