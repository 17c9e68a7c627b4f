import { fileURLToPath } from "node:url";

/**
 * Paraglide's compiler options, shared by the Vite plugin (dev, build, tests) and
 * `npm run typecheck` (which compiles before svelte-check). Locale is chosen by cookie
 * (the BFF renders every page on the server, so the cookie is seen on the first request),
 * then the base locale, Bahasa Indonesia.
 */
export const PARAGLIDE_OPTIONS = {
  // Absolute, so module paths in settings.json resolve from apps/web whatever the cwd.
  project: fileURLToPath(new URL("./project.inlang", import.meta.url)),
  outdir: fileURLToPath(new URL("./src/lib/paraglide", import.meta.url)),
  strategy: ["cookie", "baseLocale"],
  cookieName: "satu_atap_locale",
} as const satisfies { project: string; outdir: string; strategy: Array<"cookie" | "baseLocale">; cookieName: string };
