// Printable documents (cards, letters, recommendations): signed tokens for their QR codes,
// PDF rendering and the public view of a verified document. Pure and runtime-neutral
// (Web Crypto, pdf-lib): runs on Node and Cloudflare Workers.
export * from "./keys.ts";
export * from "./token.ts";
