import { ApiError } from "../http/errors.ts";

/** A failure the CLI reports as a plain message (no stack trace) with an exit code. */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = "CliError";
    this.exitCode = exitCode;
  }
}

/**
 * A service's refusal as a command-line failure (exit 1): its message, then every issue on
 * its own line with its path, so a refused file can be fixed in one go.
 */
export function cliErrorFrom(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const lines = [error.messages.en, ...(error.issues ?? []).map((issue) => `  ${issue.path || "/"}  ${issue.message}`)];
  return new CliError(lines.join("\n"), 1);
}
