// Proves the Workers build of this package pulls in no Node built-ins and no native addon. It
// bundles the entries the way wrangler does (esbuild, `workerd`/`worker` conditions), but with
// `platform: "neutral"`, where any `node:` import or bare built-in fails to resolve.
import { describe, expect, it } from "vitest";
import { build, type Metafile } from "esbuild";
import { fileURLToPath } from "node:url";

const src = (file: string): string => fileURLToPath(new URL(`../src/${file}`, import.meta.url));

async function bundleForWorkers(entry: string): Promise<{ code: string; metafile: Metafile }> {
  const result = await build({
    entryPoints: [src(entry)],
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    conditions: ["workerd", "worker", "browser"],
    mainFields: ["module", "main"],
    metafile: true,
    logLevel: "silent",
  });
  const code = result.outputFiles.map((f) => f.text).join("\n");
  return { code, metafile: result.metafile };
}

function assertWorkerSafe({ code, metafile }: { code: string; metafile: Metafile }): void {
  const inputs = Object.keys(metafile.inputs);
  expect(inputs.some((p) => p.includes("@node-rs"))).toBe(false);
  expect(inputs.some((p) => p.endsWith(".node"))).toBe(false);
  expect(inputs.some((p) => p.endsWith("passwords-node.ts"))).toBe(false);
  expect(inputs.some((p) => p.endsWith("passwords-worker.ts"))).toBe(true);
  const imports = Object.values(metafile.inputs).flatMap((i) => i.imports.map((imp) => imp.path));
  expect(imports.filter((p) => p.startsWith("node:"))).toEqual([]);
  expect(code).not.toMatch(/from\s*["']node:|require\(\s*["']node:|import\(\s*["']node:/);
  // Workers forbid compiling WebAssembly from bytes at run time.
  expect(code).not.toMatch(/WebAssembly\.(compile|instantiate|Module)\b/);
}

describe("Workers bundle", () => {
  it("the worker password entry bundles with no node: imports or native code", async () => {
    assertWorkerSafe(await bundleForWorkers("passwords-worker.ts"));
  });

  it("the package root, resolved with workerd conditions, picks the worker passwords", async () => {
    assertWorkerSafe(await bundleForWorkers("index.ts"));
  });

  it("control: the Node entry cannot be bundled this way (so the check can fail)", async () => {
    await expect(bundleForWorkers("passwords-node.ts")).rejects.toThrow(/Could not resolve "fs"|No loader is configured for ".node"/);
  });
});
