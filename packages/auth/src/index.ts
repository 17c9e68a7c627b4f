// @satu-atap/auth: the runtime-agnostic core of identity (sessions, cookies, passwords,
// password policy, roles and permissions). It does no I/O: the API stores sessions and users.
// Password hashing resolves per runtime through the `#passwords` import condition: native
// argon2id on Node, pure JS and WebCrypto on Workers (`workerd`/`worker`).
export * from "./sessions.ts";
export * from "./cookies.ts";
export * from "./phc.ts";
export * from "./password-policy.ts";
export * from "./permissions.ts";
export { normalizePassword, codePointLength, PASSWORD_INPUT_LIMIT } from "./normalize.ts";
export * from "#passwords";
