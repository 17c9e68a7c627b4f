import adapterCloudflare from "@sveltejs/adapter-cloudflare";
import adapterNode from "@sveltejs/adapter-node";
import { vitePreprocess } from "@sveltejs/vite-plugin-svelte";

// One app, two production targets (docs/adr/0006-web-app-and-sessions.md): a Node server
// (default, `build/`) and a Cloudflare Worker (`WEB_ADAPTER=cloudflare`, `.svelte-kit/cloudflare/`).
const target = process.env.WEB_ADAPTER ?? "node";
if (target !== "node" && target !== "cloudflare") {
  throw new Error(`WEB_ADAPTER must be "node" or "cloudflare", not "${target}"`);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: target === "cloudflare" ? adapterCloudflare() : adapterNode({ out: "build" }),
    typescript: {
      // Type-check the build and generation scripts with the app.
      config: (tsconfig) => {
        tsconfig.include.push("../scripts/**/*.ts", "../paraglide.config.ts", "../svelte.config.js");
      },
    },
  },
};

export default config;
