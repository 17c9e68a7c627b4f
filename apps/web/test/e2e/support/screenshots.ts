import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { screenshotDir } from "./paths.ts";

/** The widths every main screen is checked and photographed at: a desktop and a small phone. */
export const WIDTHS = { desktop: { width: 1280, height: 800 }, phone: { width: 360, height: 740 } } as const;

/** How far the page is wider than the window (0 = no sideways scrolling). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Saves `<name>-1280.png` and `<name>-360.png` (full page) of the current screen into the
 * screenshot folder, and returns the sideways overflow at phone width (expect it to be 0).
 * The page is left at desktop width.
 *
 * @example
 * expect(await screenshotBothWidths(page, "province")).toBe(0);
 */
export async function screenshotBothWidths(page: Page, name: string): Promise<number> {
  await mkdir(screenshotDir, { recursive: true });
  await page.setViewportSize(WIDTHS.desktop);
  await page.screenshot({ path: join(screenshotDir, `${name}-1280.png`), fullPage: true });
  await page.setViewportSize(WIDTHS.phone);
  const overflow = await horizontalOverflow(page);
  await page.screenshot({ path: join(screenshotDir, `${name}-360.png`), fullPage: true });
  await page.setViewportSize(WIDTHS.desktop);
  return overflow;
}
