import { canonicalJson } from "./canonical-json.ts";

/**
 * The slice of WebCrypto used here. Declared locally rather than taken from the
 * ambient `crypto` global, whose type differs (or clashes) between the Node and
 * the Workers typings that consumers may load together.
 */
interface DigestingCrypto {
  subtle: { digest(algorithm: "SHA-256", data: Uint8Array): Promise<ArrayBuffer> };
}

function isDigestingCrypto(value: unknown): value is DigestingCrypto {
  if (typeof value !== "object" || value === null) return false;
  const subtle: unknown = Reflect.get(value, "subtle");
  return typeof subtle === "object" && subtle !== null && typeof Reflect.get(subtle, "digest") === "function";
}

function webCrypto(): DigestingCrypto {
  const candidate: unknown = Reflect.get(globalThis, "crypto");
  if (!isDigestingCrypto(candidate)) throw new Error("contentHash needs WebCrypto (globalThis.crypto.subtle)");
  return candidate;
}

/**
 * SHA-256 of the canonical JSON of a value, as `"sha256:<hex>"`. Uses
 * WebCrypto, so it runs on Node 20 and on Cloudflare Workers alike. A decision
 * that records (version, hash) can be checked against the exact configuration.
 *
 * @example
 * await contentHash({ a: 1 }) // "sha256:015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862"
 */
export async function contentHash(value: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(value));
  const digest = await webCrypto().subtle.digest("SHA-256", bytes);
  const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
  return `sha256:${hex}`;
}
