// PHC string format (github.com/P-H-C/phc-string-format):
//   $<id>[$v=<version>][$<param>=<value>(,<param>=<value>)*]$<salt>$<hash>
// Salt and hash use standard base64 without padding ("B64"). Both runtimes share this code, so a
// string written on one is read identically on the other. The parser is strict and returns null
// on anything unexpected: a stored hash that does not parse must fail verification, and it
// must never be "repaired".
import { decodeBase64IgnorePadding, encodeBase64NoPadding } from "@oslojs/encoding";

/** A parsed PHC string. Only decimal-integer parameters are supported, which is all we use. */
export interface PhcHash {
  /** Algorithm identifier, e.g. `argon2id` or `pbkdf2-sha256`. */
  id: string;
  /** The `v=` field, if present (argon2 writes `v=19`). */
  version?: number;
  /** Parameters in the order they appear, e.g. `{ m: 19456, t: 2, p: 1 }`. */
  params: Record<string, number>;
  salt: Uint8Array;
  hash: Uint8Array;
}

const ID_PATTERN = /^[a-z0-9-]{1,32}$/;
const PARAM_NAME_PATTERN = /^[a-z0-9-]{1,32}$/;
// Canonical decimal, no leading zeros, at most 10 digits (argon2's limit for m).
const DECIMAL_PATTERN = /^(?:0|[1-9][0-9]{0,9})$/;
const B64_PATTERN = /^[A-Za-z0-9+/]+$/;

/**
 * Encodes bytes as PHC "B64": standard alphabet, no padding.
 *
 * @example
 * ```ts
 * encodePhcBase64(new Uint8Array([1, 2, 3])); // "AQID"
 * ```
 */
export function encodePhcBase64(bytes: Uint8Array): string {
  return encodeBase64NoPadding(bytes);
}

/**
 * Decodes PHC "B64", or returns `null` when the text is not canonical. That covers padding,
 * foreign characters and non-zero trailing bits, so each byte string has exactly one accepted
 * spelling.
 *
 * @example
 * ```ts
 * decodePhcBase64("AQID"); // Uint8Array [1, 2, 3]
 * decodePhcBase64("AQID="); // null
 * ```
 */
export function decodePhcBase64(text: string): Uint8Array | null {
  if (!B64_PATTERN.test(text) || text.length % 4 === 1) return null;
  let bytes: Uint8Array;
  try {
    bytes = decodeBase64IgnorePadding(text);
  } catch {
    return null;
  }
  return encodeBase64NoPadding(bytes) === text ? bytes : null;
}

/**
 * Parses a PHC string, or returns `null` if it is malformed. The checks cover a missing salt or
 * hash, duplicate or non-numeric parameters, and non-canonical base64.
 *
 * @example
 * ```ts
 * parsePhc("$pbkdf2-sha256$i=100000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA");
 * // { id: "pbkdf2-sha256", params: { i: 100000 }, salt: …, hash: … }
 * ```
 */
export function parsePhc(phc: string): PhcHash | null {
  // Bound the work done on untrusted input before splitting it.
  if (phc.length > 512 || !phc.startsWith("$")) return null;
  const fields = phc.slice(1).split("$");
  const id = fields.shift();
  if (id === undefined || !ID_PATTERN.test(id)) return null;
  // Salt and hash are required here, so at least two fields must remain.
  const hashText = fields.pop();
  const saltText = fields.pop();
  if (hashText === undefined || saltText === undefined) return null;

  let version: number | undefined;
  const first = fields[0];
  if (first !== undefined && first.startsWith("v=")) {
    const value = first.slice(2);
    if (!DECIMAL_PATTERN.test(value)) return null;
    version = Number(value);
    fields.shift();
  }
  if (fields.length > 1) return null;

  const params: Record<string, number> = {};
  const paramText = fields[0];
  if (paramText !== undefined) {
    for (const pair of paramText.split(",")) {
      const eq = pair.indexOf("=");
      if (eq === -1) return null;
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (!PARAM_NAME_PATTERN.test(name) || !DECIMAL_PATTERN.test(value)) return null;
      if (Object.hasOwn(params, name)) return null;
      params[name] = Number(value);
    }
  }

  const salt = decodePhcBase64(saltText);
  const hash = decodePhcBase64(hashText);
  if (salt === null || hash === null) return null;
  const parsed: PhcHash = { id, params, salt, hash };
  if (version !== undefined) parsed.version = version;
  return parsed;
}

/**
 * Formats a {@link PhcHash} as a PHC string. This is the inverse of {@link parsePhc}.
 *
 * @example
 * ```ts
 * formatPhc({ id: "argon2id", version: 19, params: { m: 19456, t: 2, p: 1 }, salt, hash });
 * // "$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>"
 * ```
 */
export function formatPhc(phc: PhcHash): string {
  const fields = [phc.id];
  if (phc.version !== undefined) fields.push(`v=${phc.version}`);
  const params = Object.entries(phc.params).map(([name, value]) => `${name}=${value}`);
  if (params.length > 0) fields.push(params.join(","));
  fields.push(encodePhcBase64(phc.salt), encodePhcBase64(phc.hash));
  return `$${fields.join("$")}`;
}
