// Printable documents (cards, letters, recommendations): signed tokens for their QR codes,
// PDF rendering and the public view of a verified document. Pure and runtime-neutral
// (Web Crypto, pdf-lib): runs on Node and Cloudflare Workers.
export * from "./keys.ts";
export * from "./token.ts";
export * from "./labels.ts";
export * from "./document.ts";
export * from "./card-pdf.ts";
export * from "./letter-pdf.ts";
export { qrMatrix, type QrMatrix } from "./qr.ts";
export type { BilingualText } from "./layout.ts";
export * from "./verified-document.ts";
