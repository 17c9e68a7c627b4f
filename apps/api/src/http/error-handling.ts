import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ZodError } from "zod";
import type { AppEnv } from "./app-env.ts";
import { ApiError, commonErrors, envelope, errorCodes, type ErrorCode } from "./errors.ts";

/** The generic code for a client-error status (first code declared with it). */
function codeForStatus(status: number): ErrorCode {
  const match = (Object.entries(errorCodes) as Array<[ErrorCode, number]>).find(([, s]) => s === status);
  return match?.[0] ?? "BAD_REQUEST";
}

function requestIdOf(c: Context<AppEnv>): string {
  return c.get("requestId") ?? "unknown";
}

function respond(c: Context<AppEnv>, error: ApiError) {
  return c.json(envelope(error, requestIdOf(c)), error.status);
}

/** Converts a zod path to a JSON Pointer, e.g. ["services", 3, "desk"] → "/services/3/desk". */
export function toPointer(path: ReadonlyArray<PropertyKey>): string {
  return path.map((part) => "/" + String(part).replaceAll("~", "~0").replaceAll("/", "~1")).join("");
}

/** Turns request-validation failures (params, query, body) into VALIDATION_FAILED. */
export function validationError(error: ZodError, target: string): ApiError {
  const source = target === "json" ? "body" : target;
  return new ApiError(
    "VALIDATION_FAILED",
    { id: "Permintaan tidak valid.", en: "The request is not valid." },
    error.issues.map((issue) => ({
      path: `${source}${toPointer(issue.path)}`,
      message: issue.message,
    })),
  );
}

/**
 * The one `onError`: typed errors become their envelope; anything unexpected is
 * logged with its request id and answered with a generic 500 (no internals leak).
 */
export const onError: ErrorHandler<AppEnv> = (err, c) => {
  if (err instanceof ApiError) return respond(c, err);
  if (err instanceof HTTPException && err.status < 500) {
    // Hono's own 4xx (e.g. a malformed JSON body) keep their status, in our envelope.
    const error = new ApiError(codeForStatus(err.status), {
      id: "Permintaan tidak dapat diproses.",
      en: err.message || "The request could not be processed.",
    });
    return c.json(envelope(error, requestIdOf(c)), err.status);
  }
  console.error(
    JSON.stringify({
      level: "error",
      requestId: requestIdOf(c),
      method: c.req.method,
      path: c.req.path,
      error: err instanceof Error ? { name: err.name, message: err.message, stack: err.stack } : String(err),
    }),
  );
  return respond(c, commonErrors.internal());
};

export const onNotFound: NotFoundHandler<AppEnv> = (c) => respond(c, commonErrors.routeNotFound());
