// @satu-atap/db/testing: Node-only helpers for tests of this package and of
// its users (API, CLI). Never imported by production code.
export * from "./ws-proxy.ts";
export * from "./test-database.ts";
export * from "./factories.ts";
