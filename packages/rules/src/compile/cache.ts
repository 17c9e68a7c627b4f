import { canonicalJson } from "@satu-atap/config";
import type { CompiledRule } from "../rule-types.ts";
import { compileUncached } from "./closure.ts";

/**
 * FNV-1a, 64-bit, over the UTF-16 code units of a string, as 16 hex digits.
 * Synchronous on purpose: `compile` must return a function, and WebCrypto's
 * SHA-256 (`contentHash` in `@satu-atap/config`) is only available as a
 * Promise. This hash only keys an in-memory cache — entries also keep their
 * canonical text and are compared on a hit, so a collision can never return
 * the wrong rule.
 *
 * @example
 * fnv1a64("") // "cbf29ce484222325"
 */
export function fnv1a64(text: string): string {
  // The 64-bit state as two 32-bit halves; prime = 2^40 + 0x1b3.
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < text.length; i++) {
    lo = (lo ^ text.charCodeAt(i)) >>> 0;
    const low = lo * 0x1b3; // < 2^41, exact in a double
    const carry = Math.floor(low / 0x100000000);
    hi = (Math.imul(hi, 0x1b3) + carry + (lo << 8)) >>> 0;
    lo = low >>> 0;
  }
  return hi.toString(16).padStart(8, "0") + lo.toString(16).padStart(8, "0");
}

/** True when canonical JSON represents the value exactly (plain JSON data, no -0). */
function isExactJson(value: unknown): boolean {
  switch (typeof value) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(value) && !Object.is(value, -0);
    case "object": {
      if (value === null) return true;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) if (!(i in value) || !isExactJson(value[i])) return false;
        return true;
      }
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return false;
      for (const key of Object.keys(value)) if (!isExactJson((value as Record<string, unknown>)[key])) return false;
      return true;
    }
    default:
      return false;
  }
}

interface Entry {
  readonly canonical: string;
  readonly fn: CompiledRule;
}

/**
 * A bounded least-recently-used cache of compiled rules, keyed by the FNV-1a
 * 64 hash of the rule's canonical JSON (so key order and whitespace do not
 * matter). A `Map` keeps insertion order: a hit is re-inserted at the end and
 * the first entry is the one evicted.
 *
 * @example
 * const cache = new CompiledRuleCache(100);
 * const fn = cache.get({ "var": "a" }); // compiles
 * cache.get({ "var": "a" }) === fn // true
 */
export class CompiledRuleCache {
  readonly #entries = new Map<string, Entry>();
  readonly #capacity: number;

  constructor(capacity = 1000) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError("capacity must be a positive integer");
    this.#capacity = capacity;
  }

  /** Number of compiled rules held. */
  get size(): number {
    return this.#entries.size;
  }

  /** The compiled function for a rule, compiling (and caching) it on a miss. */
  get(rule: unknown): CompiledRule {
    // Canonical JSON would merge rules that evaluate differently (-0 and 0, undefined and a
    // missing key, NaN…): such rules, which never come from parsed JSON, are not cached.
    if (!isExactJson(rule)) return compileUncached(rule);
    const canonical = canonicalJson(rule);
    const key = fnv1a64(canonical);
    const hit = this.#entries.get(key);
    if (hit !== undefined && hit.canonical === canonical) {
      this.#entries.delete(key);
      this.#entries.set(key, hit);
      return hit.fn;
    }
    const fn = compileUncached(rule);
    this.#entries.delete(key);
    this.#entries.set(key, { canonical, fn });
    if (this.#entries.size > this.#capacity) {
      const oldest = this.#entries.keys().next();
      if (oldest.done !== true) this.#entries.delete(oldest.value);
    }
    return fn;
  }

  /** Drops every entry. */
  clear(): void {
    this.#entries.clear();
  }
}

const SHARED_CACHE = new CompiledRuleCache(1000);

/**
 * Compiles a rule into a function of the data (closures, Workers-safe),
 * reusing the compiled function for rules with the same canonical JSON
 * (up to 1,000 rules per process or isolate, least recently used evicted).
 * Treat a compiled rule as frozen: do not modify the rule object afterwards.
 *
 * @example
 * const sign = compile({ "in": [{ "var": "answers.toilet" }, ["none", "shared"]] });
 * sign({ answers: { toilet: "none" } }) // true
 */
export function compile(rule: unknown): CompiledRule {
  return SHARED_CACHE.get(rule);
}

/**
 * Empties the shared cache used by {@link compile} (tests, or after loading a new configuration).
 *
 * @example
 * clearCompileCache();
 */
export function clearCompileCache(): void {
  SHARED_CACHE.clear();
}
