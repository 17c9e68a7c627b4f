import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // The property tests (diff/merge over generated configurations) take 1–3 s each on a quiet
    // 2-core machine and timed out at vitest's 5 s default when other suites ran alongside.
    testTimeout: 30_000,
  },
});
