/**
 * Canonical JSON text of a value: object keys sorted (by UTF-16 code units,
 * as RFC 8785), no whitespace. Equal data gives equal text whatever the key
 * order, so it can be hashed. Follows `JSON.stringify` for `toJSON` and for
 * `undefined` properties (dropped); throws on values JSON cannot represent
 * (functions, symbols, bigints, NaN, Infinity) rather than hash something lossy.
 *
 * @example
 * canonicalJson({ b: 1, a: [true, null] }) // '{"a":[true,null],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  const text = serialize(value, "");
  if (text === undefined) throw new TypeError("canonicalJson: the value is not JSON (undefined, function or symbol)");
  return text;
}

function serialize(value: unknown, at: string): string | undefined {
  if (typeof value === "object" && value !== null) {
    const toJSON: unknown = Reflect.get(value, "toJSON");
    if (typeof toJSON === "function") return serialize(Reflect.apply(toJSON, value, []), at);
  }
  switch (typeof value) {
    case "string":
    case "boolean":
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: non-finite number at "${at}"`);
      return JSON.stringify(value);
    case "bigint":
      throw new TypeError(`canonicalJson: bigint at "${at}"`);
    case "undefined":
    case "function":
    case "symbol":
      return undefined;
    case "object": {
      if (value === null) return "null";
      if (Array.isArray(value)) {
        const items: unknown[] = value;
        return `[${items.map((item, i) => serialize(item, `${at}/${i}`) ?? "null").join(",")}]`;
      }
      const parts: string[] = [];
      for (const key of Object.keys(value).sort()) {
        const text = serialize(Reflect.get(value, key), `${at}/${key}`);
        if (text !== undefined) parts.push(`${JSON.stringify(key)}:${text}`);
      }
      return `{${parts.join(",")}}`;
    }
  }
}
