import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ZodError } from "zod";
import type { AppEnv } from "./app-env.ts";
import { ApiError, commonErrors, envelope } from "./errors.ts";

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
    // Hono's own 4xx (e.g. malformed JSON body) keep their status with our envelope.
    const error = new ApiError(
      err.status === 400 ? "BAD_REQUEST" : "NOT_FOUND",
      { id: "Permintaan tidak dapat diproses.", en: err.message || "Bad request." },
    );
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
