import { paraglideVitePlugin } from "@inlang/paraglide-js";
import { sveltekit } from "@sveltejs/kit/vite";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { PARAGLIDE_OPTIONS } from "./paraglide.config.ts";

export default defineConfig(({ command }) => ({
  // `vite dev` (and vitest) compile messages and recompile on change with Paraglide's plugin.
  // `npm run build` compiles them first with scripts/compile-messages.ts instead: the plugin's
  // inlang SDK leaves timers behind that hold a finished build open for half a minute.
  plugins: [command === "serve" ? paraglideVitePlugin(PARAGLIDE_OPTIONS) : null, sveltekit()],
  server: { fs: { allow: [fileURLToPath(new URL("./messages", import.meta.url))] } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "test/*.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.e2e.test.ts"],
          // Real servers and a real browser: generous limits, one file at a time on 2 cores.
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          globalSetup: ["test/e2e/support/global-setup.ts"],
        },
      },
    ],
  },
}));
