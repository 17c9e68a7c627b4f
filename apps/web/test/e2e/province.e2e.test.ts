import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./support/browser.ts";
import { WONOGIRI_CSV } from "./support/fixtures.ts";
import { screenshotBothWidths } from "./support/screenshots.ts";
import { signIn, signOut } from "./support/session.ts";
import { startStack, type Stack } from "./support/stack.ts";
import { fillDistrictAdminInvite, moveTestHouseholdsToGebangharjo, readTemporaryPassword } from "./support/steps.ts";

const DISTRICT_ADMIN = { name: "Ana Rahmawati", email: "ana@wonogiri.e2e.test" };

/**
 * Issue 6's province story, in headless Chromium against the built web app and the real API:
 * the province admin sees Sragen live in the console, onboards Kabupaten Wonogiri (3312) from
 * Sragen by pasting its sub-districts and villages, moves the copied test households to a
 * Wonogiri village in one click, finishes, and invites the first district admin, whose
 * one-time password is read from the page; that admin then signs in and lands on Wonogiri.
 */
describe("onboarding a regency from the province console, in a real browser", () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  let temporaryPassword = "";

  beforeAll(async () => {
    browser = await launchBrowser();
    stack = await startStack();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const heading = (level: number) => page.getByRole("heading", { level }).first().textContent();

  it("shows Sragen live in the province console", async () => {
    await signIn(page, stack.webUrl, stack.admin);
    expect(new URL(page.url()).pathname).toBe("/province");
    await expect(heading(1)).resolves.toBe("Konsol provinsi");
    const sragen = page.getByRole("row").filter({ has: page.getByRole("link", { name: "Kabupaten Sragen" }) });
    expect(await sragen.textContent()).toContain("Berjalan");
    expect(await sragen.textContent()).toContain("Versi 1");
    expect(await screenshotBothWidths(page, "province-console")).toBe(0);
  });

  it("picks Sragen as the template", async () => {
    await Promise.all([page.waitForURL(/\/province\/onboard$/), page.getByRole("link", { name: "Kabupaten/kota baru" }).click()]);
    await expect(heading(2)).resolves.toBe("Pilih templat");
    await page.getByRole("radio", { name: "Kabupaten Sragen" }).check();
    expect(await screenshotBothWidths(page, "onboarding-template")).toBe(0);
    await Promise.all([page.waitForURL(/\/province\/onboard\/details\?template=sragen/), page.getByRole("button", { name: "Lanjut" }).click()]);
  });

  it("names the regency, with the address suggested from the name and a bad code refused in place", async () => {
    await expect(heading(2)).resolves.toBe("Nama dan kode");
    await page.getByLabel("Nama kabupaten/kota").fill("Kabupaten Wonogiri");
    expect(await page.getByLabel("Alamat singkat").inputValue()).toBe("wonogiri");
    // A three-digit code is refused by the browser before anything is sent.
    await page.getByLabel("Kode kabupaten/kota (Kemendagri)").fill("331");
    expect(await page.getByLabel("Kode kabupaten/kota (Kemendagri)").evaluate((input: HTMLInputElement) => input.validity.valid)).toBe(false);
    await page.getByLabel("Kode kabupaten/kota (Kemendagri)").fill("3312");
    expect(await screenshotBothWidths(page, "onboarding-details")).toBe(0);
    await Promise.all([page.waitForURL(/\/province\/onboard\/wonogiri\/areas$/, { timeout: 60_000 }), page.getByRole("button", { name: "Buat kabupaten/kota" }).click()]);
  });

  it("lists every CSV problem with its line, then takes the pasted areas", async () => {
    await expect(heading(1)).resolves.toBe("Menyiapkan kabupaten/kota baru: Kabupaten Wonogiri");
    await expect(heading(2)).resolves.toBe("Kecamatan dan desa/kelurahan");
    await page.getByLabel("Atau tempel isi CSV").fill(`${WONOGIRI_CSV}\n33.14.09.2001,Desa Lain,33.14.09\nbukan-kode,Salah,`);
    await page.getByRole("button", { name: "Simpan wilayah" }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    const text = (await alert.textContent()) ?? "";
    expect(text).toContain("Baris 7, kolom parent");
    expect(text).toContain("Baris 8, kolom code");
    expect(await screenshotBothWidths(page, "onboarding-areas-errors")).toBe(0);

    await page.getByLabel("Atau tempel isi CSV").fill(WONOGIRI_CSV);
    expect(await screenshotBothWidths(page, "onboarding-areas")).toBe(0);
    await Promise.all([page.waitForURL(/\/province\/onboard\/wonogiri\/review$/), page.getByRole("button", { name: "Simpan wilayah" }).click()]);
  });

  it("reviews what was copied and moves the test households to a Wonogiri village in one click", async () => {
    await expect(heading(2)).resolves.toBe("Tinjau hasil salinan");
    const copied = page.locator("dl");
    expect(await copied.textContent()).toMatch(/Meja layanan\s*4(?!\d)/);
    expect(await copied.textContent()).toMatch(/Kecamatan\s*2(?!\d)/);
    expect(await copied.textContent()).toMatch(/Desa\/kelurahan\s*3(?!\d)/);
    expect(await page.getByRole("heading", { name: "Rumah tangga uji masih memakai desa templat" }).isVisible()).toBe(true);
    expect(await screenshotBothWidths(page, "onboarding-review")).toBe(0);

    await moveTestHouseholdsToGebangharjo(page);
    expect(await page.getByText("Tidak ada masalah.", { exact: false }).isVisible()).toBe(true);
    expect(await screenshotBothWidths(page, "onboarding-review-fixed")).toBe(0);
  });

  it("finishes and invites Wonogiri's first district admin, with the one-time password shown once", async () => {
    await Promise.all([page.waitForURL(/\/t\/wonogiri\/users\?welcome=1$/), page.getByRole("button", { name: "Selesai: undang admin kabupaten/kota" }).click()]);
    await expect(heading(1)).resolves.toBe("Pengguna");
    expect(await page.getByRole("link", { name: "Ke beranda Kabupaten Wonogiri" }).isVisible()).toBe(true);
    expect(await screenshotBothWidths(page, "users-welcome")).toBe(0);

    await fillDistrictAdminInvite(page, DISTRICT_ADMIN);
    await page.getByRole("button", { name: "Undang" }).click();
    temporaryPassword = await readTemporaryPassword(page);
    expect(temporaryPassword).toMatch(/^\S{24}$/);
    expect(await page.getByText("Salin sekarang: kata sandi ini tidak akan ditampilkan lagi.", { exact: false }).isVisible()).toBe(true);
    const members = page.getByRole("table");
    expect(await members.textContent()).toContain(DISTRICT_ADMIN.email);
    expect(await members.textContent()).toContain("Admin kabupaten/kota");
    expect(await screenshotBothWidths(page, "users-invited")).toBe(0);

    // The regency's home offers the members screen to whoever manages users.
    await page.goto(`${stack.webUrl}/t/wonogiri`);
    expect(await page.getByRole("link", { name: "Pengguna dan undangan" }).isVisible()).toBe(true);
  });

  it("lets the new district admin sign in and land on Wonogiri", async () => {
    await signOut(page);
    await signIn(page, stack.webUrl, { email: DISTRICT_ADMIN.email, password: temporaryPassword });
    expect(new URL(page.url()).pathname).toBe("/t/wonogiri");
    await expect(heading(1)).resolves.toBe("Kabupaten Wonogiri");
    await page.goto(`${stack.webUrl}/t/wonogiri/users`);
    expect(await page.getByRole("table").textContent()).toContain(DISTRICT_ADMIN.name);
    expect(await screenshotBothWidths(page, "users")).toBe(0);
  });
});
