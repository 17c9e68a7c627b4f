// Lower-case letters and digits without look-alikes (no 0/o, 1/l/i): easy to read and type.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/**
 * A strong random password for accounts made without one (demo admin, `user create` without
 * stdin): 24 characters from a 31-symbol alphabet, about 119 bits. Rejection sampling keeps
 * every symbol equally likely.
 */
export function generatePassword(length = 24): string {
  let out = "";
  const bytes = new Uint8Array(64);
  while (out.length < length) {
    crypto.getRandomValues(bytes);
    for (const byte of bytes) {
      // 248 = 8 × 31: bytes at or above it would favour the first symbols.
      if (byte < 248 && out.length < length) out += ALPHABET[byte % ALPHABET.length];
    }
  }
  return out;
}
