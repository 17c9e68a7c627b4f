// NIK handling (UU PDP 27/2022): structure checks, masking, keyed lookup values and
// encryption. Pure and runtime-neutral; `@satu-atap/nik/node` adds the faster node:crypto path.
export * from "./parse.ts";
export * from "./keys.ts";
export * from "./crypto.ts";
