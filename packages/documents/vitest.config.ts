import { defineConfig } from "vitest/config";

// Rasterising a page and decoding its QR code takes a few seconds on a busy 2-core machine.
export default defineConfig({ test: { include: ["test/**/*.test.ts"], testTimeout: 30_000 } });
