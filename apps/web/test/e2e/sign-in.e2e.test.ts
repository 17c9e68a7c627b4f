import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./support/browser.ts";
import { screenshotBothWidths } from "./support/screenshots.ts";
import { signIn, signOut } from "./support/session.ts";
import { startStack, type Stack, type StackUser } from "./support/stack.ts";

const DESK_OFFICER: StackUser = {
  email: "petugas.meja@e2e.test",
  name: "Petugas Meja Uji",
  password: "loket-pelayanan-terpadu-77",
  role: "desk-officer",
  tenant: "sragen",
};

/**
 * The story of issue 6's foundation, in headless Chromium against the built web app and the
 * real API: a wrong password is refused next to the field in Indonesian; the province admin
 * lands on the province console listing Sragen; the regency page offers what the role may do;
 * English is one click away and stays; signing out ends it. Every main screen is photographed
 * at 1280 px and 360 px, and never scrolls sideways on a phone.
 */
describe("signing in, finding your way and signing out, in a real browser", () => {
  let stack: Stack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    stack = await startStack({ users: [DESK_OFFICER] });
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it("asks for sign-in in Indonesian, skip link first for keyboard users", async () => {
    await page.goto(`${stack.webUrl}/province`);
    expect(new URL(page.url()).pathname).toBe("/login");
    expect(await page.getAttribute("html", "lang")).toBe("id");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Masuk");

    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Langsung ke konten utama");
    expect(await screenshotBothWidths(page, "login")).toBe(0);
  });

  it("refuses a wrong password with the reason next to the password field, in Indonesian", async () => {
    await page.getByLabel("Email").fill(stack.admin.email);
    await page.getByLabel("Kata sandi").fill("bukan-kata-sandinya-123");
    await page.getByRole("button", { name: "Masuk" }).click();

    const password = page.getByLabel("Kata sandi");
    await expect(page.locator('[data-field-error="password"]').textContent()).resolves.toBe("Email atau kata sandi salah.");
    expect(await password.getAttribute("aria-invalid")).toBe("true");
    expect(await password.getAttribute("aria-describedby")).toBe("field-password-error");
    // The email typed stays; the password does not come back.
    expect(await page.getByLabel("Email").inputValue()).toBe(stack.admin.email);
    expect(await password.inputValue()).toBe("");
    expect(await screenshotBothWidths(page, "login-error")).toBe(0);
  });

  it("takes the province admin to the province console, which lists Sragen", async () => {
    await page.getByLabel("Kata sandi").fill(stack.admin.password);
    await Promise.all([page.waitForURL(/\/province$/), page.getByRole("button", { name: "Masuk" }).click()]);

    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Konsol provinsi");
    const sragen = page.getByRole("link", { name: "Kabupaten Sragen" });
    expect(await sragen.isVisible()).toBe(true);
    const header = page.locator("header");
    expect(await header.textContent()).toContain(stack.admin.name);
    expect(await header.textContent()).toContain("Admin provinsi");
    expect(await page.getByRole("combobox", { name: "Kabupaten/kota" }).isVisible()).toBe(true);
    expect(await screenshotBothWidths(page, "province")).toBe(0);
  });

  it("opens the regency with every configuration section the province admin may use", async () => {
    await Promise.all([page.waitForURL(/\/t\/sragen$/), page.getByRole("link", { name: "Kabupaten Sragen" }).click()]);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Kabupaten Sragen");
    for (const section of ["Meja layanan", "Layanan", "Survei rumah tangga", "Wilayah", "Riwayat versi", "Pembaruan templat"]) {
      expect(await page.getByRole("link", { name: section, exact: true }).count(), section).toBe(1);
    }
    expect(await screenshotBothWidths(page, "regency")).toBe(0);

    await Promise.all([page.waitForURL(/\/config\/desks$/), page.getByRole("link", { name: "Meja layanan", exact: true }).click()]);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Meja layanan");
    expect(await screenshotBothWidths(page, "config-section")).toBe(0);
  });

  it("switches every label to English, and keeps English on the next page", async () => {
    await Promise.all([page.waitForURL(/\/config\/desks$/), page.getByRole("button", { name: "English" }).click()]);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Service desks");
    expect(await page.getByRole("button", { name: "Sign out" }).isVisible()).toBe(true);
    expect(await page.locator("header").textContent()).toContain("Province admin");

    await page.goto(`${stack.webUrl}/province`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Province console");
    const text = (await page.locator("body").innerText()).toLowerCase();
    // Nothing left in Indonesian.
    for (const word of ["masuk", "keluar", "konsol", "kabupaten/kota", "bahasa:"]) expect(text, word).not.toContain(word);
    expect(await screenshotBothWidths(page, "province-en")).toBe(0);
  });

  it("signs out: the session ends and protected pages ask for sign-in again", async () => {
    await signOut(page);
    expect(await page.getByRole("status").textContent()).toBe("You have signed out.");
    await page.goto(`${stack.webUrl}/province`);
    expect(new URL(page.url()).pathname).toBe("/login");
  });

  it("offers a desk officer only their regency and what their role may do", async () => {
    const officer = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const officerPage = await officer.newPage();
      await signIn(officerPage, stack.webUrl, DESK_OFFICER);
      expect(new URL(officerPage.url()).pathname).toBe("/t/sragen");
      expect(await officerPage.locator("header").textContent()).toContain("Petugas meja layanan");
      // Configuration is read-only for a desk officer: the version history, nothing to edit.
      expect(await officerPage.locator("main .cards a").allTextContents()).toEqual(["Riwayat versi"]);
      expect(await officerPage.getByRole("link", { name: "Konsol provinsi" }).count()).toBe(0);
      const response = await officerPage.goto(`${stack.webUrl}/province`);
      expect(response?.status()).toBe(403);
      expect((await officerPage.goto(`${stack.webUrl}/t/sragen/config/desks`))?.status()).toBe(404);
      expect(await screenshotBothWidths(officerPage, "regency-desk-officer")).toBe(0);
    } finally {
      await officer.close();
    }
  });

  it("signs in without JavaScript too (the forms are plain HTML forms)", async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    try {
      const plain = await noScript.newPage();
      await signIn(plain, stack.webUrl, stack.admin, "/province");
      expect(new URL(plain.url()).pathname).toBe("/province");
      await Promise.all([plain.waitForURL(/\/province$/), plain.getByRole("button", { name: "English" }).click()]);
      expect(await plain.getAttribute("html", "lang")).toBe("en");
      await signOut(plain);
    } finally {
      await noScript.close();
    }
  });
});
