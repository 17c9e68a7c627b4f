import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Where a system Chromium may be; `CHROMIUM_PATH` wins. Browsers are never downloaded. */
const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/**
 * The Chromium to drive, or an error that says how to get one. A missing browser fails the run
 * (locally and in CI alike): a browser suite that silently skips proves nothing.
 */
export function chromiumPath(): string {
  const configured = process.env.CHROMIUM_PATH?.trim();
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH=${configured} does not exist.`);
    return configured;
  }
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  if (found === undefined) {
    throw new Error(
      `No Chromium for the browser tests (looked for ${CANDIDATES.join(", ")}). ` +
        "Install Debian's package (`apt-get install -y chromium`; .ci/run does this) or set CHROMIUM_PATH.",
    );
  }
  return found;
}

/** Headless system Chromium, driven by playwright-core. Close it in afterAll. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true });
}
