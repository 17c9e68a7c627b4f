import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // The SQL tests start PGlite (slow on a small CI machine); the differential
    // tests run thousands of generated cases. Neither is a timing test.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
