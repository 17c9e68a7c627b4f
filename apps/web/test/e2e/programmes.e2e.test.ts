import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cloneWonogiriWithDistrictAdmin } from "./support/api.ts";
import { launchBrowser } from "./support/browser.ts";
import { WONOGIRI } from "./support/fixtures.ts";
import { screenshotBothWidths } from "./support/screenshots.ts";
import { signIn } from "./support/session.ts";
import { startStack, type Stack } from "./support/stack.ts";

const REGENCY = WONOGIRI;
const DISTRICT_ADMIN = { email: "admin.wonogiri@e2e.test", name: "Admin Wonogiri Uji" };

/**
 * Issue 6, card programmes: the district admin of a regency freshly cloned from Sragen opens
 * the card programmes, goes to Saraswati and its Menur tier, is told in place that 0
 * haemodialysis sessions a year is not allowed, sets 12 and renames the tier, saves, and after
 * a reload sees both kept. The list, programme and tier pages are photographed at both widths.
 */
describe("card programmes and tiers editor, in a real browser", () => {
  let stack: Stack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const tierPath = `/t/${REGENCY.slug}/config/programmes/saraswati/tiers/menur`;
  // Saraswati is the first programme, Menur its second tier, haemodialysis its fourth benefit.
  const sessionsField = "cardProgrammes/0/tiers/1/benefits/3/limit/perYear";

  beforeAll(async () => {
    browser = await launchBrowser();
    stack = await startStack();
    const admin = await cloneWonogiriWithDistrictAdmin(stack, DISTRICT_ADMIN);
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    await signIn(page, stack.webUrl, admin, `/t/${REGENCY.slug}/config/programmes`);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it("lists the cloned programmes with their tiers, in Indonesian", async () => {
    expect(new URL(page.url()).pathname).toBe(`/t/${REGENCY.slug}/config/programmes`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Program kartu dan tingkatnya");
    for (const programme of ["Saraswati", "Sintawati"]) expect(await page.getByRole("link", { name: programme, exact: true }).count()).toBe(1);
    expect(await page.getByRole("link", { name: "Menur", exact: true }).count()).toBe(2);
    expect(await page.getByRole("button", { name: "Tambah program" }).isVisible()).toBe(true);
    expect(await screenshotBothWidths(page, "programmes")).toBe(0);
  });

  it("opens Saraswati with its details and its tiers in rank order", async () => {
    await Promise.all([page.waitForURL(/\/programmes\/saraswati$/), page.getByRole("link", { name: "Saraswati", exact: true }).click()]);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Saraswati");
    expect(await page.getByLabel("Nama (Bahasa Indonesia)").first().inputValue()).toBe("Saraswati");
    expect(await page.getByLabel("Bidang").inputValue()).toBe("health");
    const tiers = await page.locator("ol.tiers > li a").allTextContents();
    expect(tiers).toEqual(["Melati", "Menur", "Kenanga"]);
    expect(await page.getByRole("button", { name: "Naikkan Menur" }).isVisible()).toBe(true);
    expect(await screenshotBothWidths(page, "programme")).toBe(0);
  });

  it("tells in place that 0 sessions a year is not allowed, then saves a new amount and label that survive a reload", async () => {
    await Promise.all([page.waitForURL((url) => url.pathname === tierPath), page.getByRole("link", { name: "Menur", exact: true }).click()]);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Saraswati Menur");

    const sessions = page.getByLabel("Jumlah sesi per tahun");
    expect(await sessions.inputValue()).toBe("10");
    await sessions.fill("0");
    const error = page.locator(`[data-field-error="${sessionsField}"]`);
    await expect(error.textContent()).resolves.toBe("Paling kecil 1.");
    expect(await sessions.getAttribute("aria-invalid")).toBe("true");
    expect(await screenshotBothWidths(page, "programme-tier-error")).toBe(0);

    await sessions.fill("12");
    expect(await error.count()).toBe(0);
    const label = page.getByLabel("Nama (Bahasa Indonesia)", { exact: true });
    await label.fill("");
    await expect(page.locator('[data-field-error="cardProgrammes/0/tiers/1/label/id"]').textContent()).resolves.toBe("Wajib diisi.");
    await label.fill("Menur Plus");

    await page.getByRole("button", { name: "Simpan" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Perubahan tersimpan di draf." }).textContent()).resolves.toBe("Perubahan tersimpan di draf.");

    await page.reload();
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Saraswati Menur Plus");
    expect(await page.getByLabel("Nama (Bahasa Indonesia)", { exact: true }).inputValue()).toBe("Menur Plus");
    expect(await page.getByLabel("Jumlah sesi per tahun").inputValue()).toBe("12");
    // The other benefits are untouched.
    expect(await page.getByLabel("Jumlah sesi per tahun").count()).toBe(1);
    expect(await page.locator("ol.benefits > li").count()).toBe(4);
    expect(await screenshotBothWidths(page, "programme-tier")).toBe(0);
  });

  it("reorders tiers: moving Kenanga up puts it before Menur", async () => {
    await Promise.all([
      page.waitForURL(/\/programmes\/saraswati$/),
      page.getByRole("navigation", { name: "Lokasi halaman" }).getByRole("link", { name: "Saraswati" }).click(),
    ]);
    await page.getByRole("button", { name: "Naikkan Kenanga" }).click();
    await page.waitForFunction(() => document.querySelector("ol.tiers > li:nth-child(2) a")?.textContent === "Kenanga");
    await page.reload();
    expect(await page.locator("ol.tiers > li a").allTextContents()).toEqual(["Melati", "Kenanga", "Menur Plus"]);
    expect(await page.locator("ol.tiers > li .hint").nth(1).textContent()).toContain("Peringkat 2");
  });
});
