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
    // Servers, builds and a browser: one test file at a time keeps 2 cores responsive.
    fileParallelism: false,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["src/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          // Generated files up to date, message files complete, `npm start`, the Workers bundle.
          name: "integration",
          include: ["test/*.test.ts"],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          // The built web app and the real API in headless Chromium (test/e2e/README in apps/web/README.md).
          name: "e2e",
          include: ["test/e2e/**/*.e2e.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          globalSetup: ["test/e2e/support/global-setup.ts"],
        },
      },
    ],
  },
}));
