import { z } from "@hono/zod-openapi";
import { TENANT_SLUG_PATTERN } from "@satu-atap/db/schema";
import { errorCodes } from "./errors.ts";

const LocalizedMessageSchema = z
  .object({ id: z.string(), en: z.string() })
  .openapi("LocalizedMessage", { description: "Bahasa Indonesia first, English second." });

/** The one error envelope, shared by every 4xx/5xx response. */
export const ErrorEnvelopeSchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(errorCodes) as [keyof typeof errorCodes, ...Array<keyof typeof errorCodes>]),
      message: z.string().openapi({ description: "English message, for logs and developers." }),
      messages: LocalizedMessageSchema,
      issues: z
        .array(
          z.object({
            path: z.string().openapi({ description: "JSON Pointer (RFC 6901) into the input, prefixed by where it came from (body, query, param)." }),
            message: z.string(),
          }),
        )
        .optional(),
      requestId: z.string(),
    }),
  })
  .openapi("ErrorEnvelope");

const errorDescriptions = {
  400: "Malformed request or failed validation",
  401: "Not signed in",
  403: "Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin",
  404: "Not found (also: another regency's record, or a regency you are not a member of)",
  409: "Conflict with the current state",
  412: "The resource changed since you read it (stale If-Match)",
  415: "Unsupported Content-Type",
  422: "Well-formed but invalid content",
  428: "If-Match is required (send the ETag you read)",
  429: "Too many attempts; wait for Retry-After seconds",
  500: "Unexpected server error (generic; logged with the request id)",
} as const;

type ErrorStatus = keyof typeof errorDescriptions;

/**
 * OpenAPI `responses` entries for the given error statuses, all with the error envelope.
 * 500 is always included.
 */
export function errorResponses<S extends ErrorStatus>(...statuses: S[]) {
  const all = [...new Set<ErrorStatus>([...statuses, 500])];
  return Object.fromEntries(
    all.map((status) => [
      status,
      {
        description: errorDescriptions[status],
        content: { "application/json": { schema: ErrorEnvelopeSchema } },
      },
    ]),
  ) as Record<S | 500, { description: string; content: { "application/json": { schema: typeof ErrorEnvelopeSchema } } }>;
}

/** The `{tenant}` path parameter: a regency's slug. */
export const TenantParamsSchema = z.object({
  tenant: z
    .string()
    .regex(TENANT_SLUG_PATTERN, "A regency slug is lower-case letters, digits and dashes, starting with a letter.")
    .openapi({ param: { name: "tenant", in: "path" }, example: "sragen", description: "The regency's slug" }),
});
