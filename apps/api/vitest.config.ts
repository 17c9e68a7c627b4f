import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // PGlite migrations take seconds on 2 cores; server start-ups more.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Test files start servers and databases: one at a time keeps 2 cores responsive.
    fileParallelism: false,
  },
});
