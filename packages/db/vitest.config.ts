import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // Migrating a fresh PGlite takes several seconds on a small CI machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
