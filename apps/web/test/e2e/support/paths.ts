import { fileURLToPath } from "node:url";

/** apps/web */
export const webDir = fileURLToPath(new URL("../../../", import.meta.url));
/** apps/api */
export const apiDir = fileURLToPath(new URL("../../../../api/", import.meta.url));
/** The adapter-node build the e2e suite serves (made by global-setup.ts). */
export const webBuildDir = fileURLToPath(new URL("../../../build/", import.meta.url));
/** Screenshots of every main screen at 1280 px and 360 px; printed at the end of the run. */
export const screenshotDir = fileURLToPath(new URL("../../../test-results/screenshots/", import.meta.url));
export const bin = (name: string) => fileURLToPath(new URL(`../../../../../node_modules/.bin/${name}`, import.meta.url));
