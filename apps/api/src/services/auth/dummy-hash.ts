import { hashPassword } from "@satu-atap/auth";

let dummy: Promise<string> | undefined;

/**
 * A hash of a random password, made once per process on first use (not at import: no work
 * at module scope). Sign-in verifies against it when the email is unknown, so an unknown
 * account costs the same time as a wrong password and timing does not reveal which emails
 * exist.
 */
export function dummyPasswordHash(): Promise<string> {
  dummy ??= hashPassword(crypto.randomUUID());
  return dummy;
}
