import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // argon2id at 19 MiB in pure JS takes ~0.2 s per call on a small CI machine, and the worker
    // bundle test runs esbuild; keep a margin.
    testTimeout: 30_000,
  },
});
