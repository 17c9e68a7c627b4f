import { compile } from "@inlang/paraglide-js";
import { PARAGLIDE_OPTIONS } from "../paraglide.config.ts";

// Compiles messages/ into src/lib/paraglide (git-ignored) outside Vite, with the options the
// Vite plugin uses: `npm run typecheck` needs the generated modules before svelte-check runs.
await compile({ ...PARAGLIDE_OPTIONS, strategy: [...PARAGLIDE_OPTIONS.strategy] });
// The inlang SDK leaves a timer behind that keeps Node alive for about half a minute.
process.exit(0);
