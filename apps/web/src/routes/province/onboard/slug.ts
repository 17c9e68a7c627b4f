// The short address suggested for a new regency from its name (browser and server).

/** "Kabupaten Wonogiri" → "wonogiri", "Kota Surakarta" → "surakarta", "Kab. Gunung Kidul" → "gunung-kidul". */
export function suggestSlug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/^\s*(kabupaten|kab\.?|kota)\s+/, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
}

export const SLUG_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
export const REGENCY_CODE_PATTERN = "\\d{4}";
