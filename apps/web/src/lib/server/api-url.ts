import { env } from "$env/dynamic/private";

/**
 * Where the SvelteKit server reaches the API: `API_URL`, else `http://localhost:$API_PORT`
 * (8787 by default, as `npm start` runs it). Read per call, so a Worker's vars and a Node
 * process's environment both work; an unusable value fails loudly rather than silently.
 */
export function apiBaseUrl(): string {
  const configured = env.API_URL?.trim();
  const url = configured ? configured : `http://localhost:${env.API_PORT?.trim() || "8787"}`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`API_URL is not a URL: ${url}`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new Error(`API_URL must be http(s): ${url}`);
  return parsed.origin + parsed.pathname.replace(/\/$/, "");
}
