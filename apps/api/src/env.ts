import { z } from "zod";

/** Environment of the Node entry point, parsed once at start; fails closed. */
export const NodeEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  /** Any PostgreSQL; when absent, the embedded PGlite database is used. */
  DATABASE_URL: z.url().optional(),
  /** Where PGlite keeps its files (default: `.data/` at the repository root). */
  DATA_DIR: z.string().min(1).optional(),
});
export type NodeEnv = z.infer<typeof NodeEnvSchema>;

/** Environment (vars + secrets) of the Cloudflare Worker, checked on its first request. */
export const WorkerEnvSchema = z.object({
  /** Neon connection string (a secret: `wrangler secret put DATABASE_URL`). */
  DATABASE_URL: z.url(),
  /** Base URL for Swagger UI's files on `/docs` (the Worker does not serve node_modules). */
  API_REFERENCE_ASSETS: z.url().default("https://cdn.jsdelivr.net/npm/swagger-ui-dist@5.35.0"),
  /**
   * Local development and tests only: `host:port/v2` of a WebSocket→TCP proxy
   * (`startWsProxy` in @satu-atap/db/testing) that lets the Neon driver reach a
   * plain PostgreSQL. Never set in production.
   */
  NEON_LOCAL_PROXY: z.string().min(1).optional(),
});
export type WorkerEnv = z.infer<typeof WorkerEnvSchema>;

/** Formats a failed env parse as one line per variable, naming no values (they may be secrets). */
export function describeEnvProblems(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "(env)"}: ${issue.message}`).join("\n");
}
