import { rm } from "node:fs/promises";
import { chromiumPath } from "./browser.ts";
import { screenshotDir, webDir } from "./paths.ts";
import { run } from "./processes.ts";

/**
 * Once per e2e run: fail at once when there is no browser, build the web app as production
 * runs it (adapter-node, `npm run build`), empty the screenshot folder; at the end, print where
 * the screenshots are. `E2E_SKIP_BUILD=1` reuses an existing build (local iteration only).
 */
export default async function setup() {
  chromiumPath();
  await rm(screenshotDir, { recursive: true, force: true });
  if (process.env.E2E_SKIP_BUILD !== "1") {
    await run("npm", ["run", "build"], { cwd: webDir, env: { WEB_ADAPTER: "node" } });
  }
  return () => {
    console.log(`\nScreenshots (1280 px and 360 px) of every main screen: ${screenshotDir}\n`);
  };
}
