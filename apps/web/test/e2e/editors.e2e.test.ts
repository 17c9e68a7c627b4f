import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./support/browser.ts";
import { screenshotBothWidths } from "./support/screenshots.ts";
import { signIn } from "./support/session.ts";
import { startStack, type Stack } from "./support/stack.ts";

const CLONE = { slug: "wonogiri", name: "Kabupaten Wonogiri", regencyCode: "3312" };

async function api<T>(stack: Stack, path: string, init: { method: string; body?: unknown; token?: string }): Promise<T> {
  const response = await fetch(new URL(path, stack.apiUrl), {
    method: init.method,
    headers: { "content-type": "application/json", ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  if (!response.ok) throw new Error(`${init.method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * Issue 6's draft editors, in headless Chromium against the built app and the real API: the
 * province admin clones Sragen into a new regency and invites its district admin (through the
 * API, as setup); the district admin edits a desk's name, a service's validity and required
 * documents (a wrong value is pointed out as typed, before saving), adds and edits an
 * agency, and replaces the regency's areas from a CSV. Every screen is photographed at both
 * widths and never scrolls sideways on a phone.
 */
describe("the district admin edits the draft: desks, services, agencies and areas", () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  let base: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    stack = await startStack();
    const { token } = await api<{ token: string }>(stack, "/api/auth/login", { method: "POST", body: { email: stack.admin.email, password: stack.admin.password } });
    await api(stack, "/api/tenants", { method: "POST", token, body: { ...CLONE, cloneFrom: { tenant: "sragen" } } });
    const invited = await api<{ temporaryPassword: string }>(stack, `/api/t/${CLONE.slug}/members`, {
      method: "POST",
      token,
      body: { email: "admin.wonogiri@e2e.test", name: "Admin Wonogiri Uji", role: "district-admin" },
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    await signIn(page, stack.webUrl, { email: "admin.wonogiri@e2e.test", password: invited.temporaryPassword });
    base = `${stack.webUrl}/t/${CLONE.slug}/config`;
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it("renames a desk and keeps the new name after a reload", async () => {
    await page.goto(`${base}/desks`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Meja layanan");
    const name = page.getByLabel("Nama (Bahasa Indonesia)").nth(1);
    expect(await name.inputValue()).toBe("Loket Kesehatan");
    await name.fill("");
    await expect(page.locator('[data-field-error="desks/1/label/id"]').textContent()).resolves.toBe("Wajib diisi.");
    await name.fill("Loket Layanan Kesehatan");
    await page.getByRole("button", { name: "Simpan perubahan" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Perubahan disimpan." }).textContent()).resolves.toBe("Perubahan disimpan.");
    await page.reload();
    expect(await page.getByLabel("Nama (Bahasa Indonesia)").nth(1).inputValue()).toBe("Loket Layanan Kesehatan");
    expect(await screenshotBothWidths(page, "config-desks")).toBe(0);
  });

  it("refuses to remove a desk that services still use, and says which", async () => {
    await page.getByRole("button", { name: "Hapus meja Loket Pendidikan" }).click();
    await expect(page.getByRole("alert").textContent()).resolves.toContain("Meja ini masih dipakai oleh layanan");
  });

  it("lists the services, filtered by desk", async () => {
    await page.goto(`${base}/services`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Layanan");
    await page.getByLabel("Meja", { exact: true }).selectOption("health");
    await Promise.all([page.waitForURL(/desk=health/), page.getByRole("button", { name: "Tampilkan" }).click()]);
    expect(await page.getByRole("link", { name: "Ubah Kartu kesehatan Saraswati" }).count()).toBe(1);
    expect(await page.getByRole("link", { name: /^Ubah Beasiswa/ }).count()).toBe(0);
    expect(await screenshotBothWidths(page, "config-services")).toBe(0);
  });

  it("changes a service's validity and documents: a wrong value is pointed out before saving, the right one is kept", async () => {
    await Promise.all([page.waitForURL(/\/services\/saraswati-card$/), page.getByRole("link", { name: "Ubah Kartu kesehatan Saraswati" }).click()]);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Ubah layanan: Kartu kesehatan Saraswati");
    const days = page.getByLabel("Masa berlaku (hari)");
    expect(await days.inputValue()).toBe("365");
    await days.fill("-1");
    const daysError = page.locator('[data-field-error="services/1/validity/days"]');
    await expect(daysError.textContent()).resolves.toBe("Isi dengan bilangan bulat lebih dari 0.");
    expect(await days.getAttribute("aria-invalid")).toBe("true");
    expect(await screenshotBothWidths(page, "config-service-invalid")).toBe(0);

    await days.fill("180");
    expect(await daysError.count()).toBe(0);
    await page.getByRole("checkbox", { name: "Akta kelahiran" }).check();
    await page.getByRole("checkbox", { name: "Kartu Keluarga (KK)" }).uncheck();
    await page.getByRole("button", { name: "Simpan layanan" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Layanan disimpan." }).textContent()).resolves.toBe("Layanan disimpan.");
    expect(await page.getByLabel("Masa berlaku (hari)").inputValue()).toBe("180");

    await page.reload();
    expect(await page.getByLabel("Masa berlaku (hari)").inputValue()).toBe("180");
    expect(await page.getByRole("checkbox", { name: "Akta kelahiran" }).isChecked()).toBe(true);
    expect(await page.getByRole("checkbox", { name: "Kartu Keluarga (KK)" }).isChecked()).toBe(false);
    expect(await page.getByRole("checkbox", { name: "Kartu Tanda Penduduk (KTP)" }).isChecked()).toBe(true);
    expect(await screenshotBothWidths(page, "config-service")).toBe(0);
  });

  it("saves an unfinished service and shows the draft's problem next to the field it names", async () => {
    await page.goto(`${base}/services/care-recommendation-letter`);
    await page.getByLabel("Yang diterbitkan").selectOption("card");
    await page.getByRole("button", { name: "Simpan layanan" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Layanan disimpan." }).textContent()).resolves.toBe("Layanan disimpan.");
    // Saved (no work lost), but the draft now has a problem: a card service names its programme.
    const problem = page.locator('[data-field-error="services/2/cardProgramme"]');
    await expect(problem.textContent()).resolves.toBe("Layanan yang menghasilkan kartu harus menyebut program kartunya");
    expect(await page.getByLabel("Program kartu").getAttribute("aria-invalid")).toBe("true");
    expect(await screenshotBothWidths(page, "config-service-problem")).toBe(0);

    await page.getByLabel("Yang diterbitkan").selectOption("letter");
    await page.getByRole("button", { name: "Simpan layanan" }).click();
    await problem.waitFor({ state: "detached" });

    // A rule that is not valid JSON is refused next to the rule, and nothing is saved.
    // The rule builder shows blocks; the expert's JSON view is one tab away.
    await page.getByRole("tab", { name: "JSON (untuk ahli)" }).click();
    await page.getByLabel("Aturan dalam JSON").fill("{ \"or\": [");
    await page.getByRole("button", { name: "Simpan layanan" }).click();
    await expect(page.locator('[data-field-error="services/2/eligibility"]').textContent()).resolves.toBe(
      "Aturan tidak dapat dibaca: periksa tanda kurung, koma dan tanda kutipnya.",
    );
    // What was typed stays in the editor to be corrected, not replaced by the saved rule.
    expect(await page.getByLabel("Aturan dalam JSON").inputValue()).toBe('{ "or": [');
    await page.reload();
    expect(await page.getByLabel("Yang diterbitkan").inputValue()).toBe("letter");
    expect(await problem.count()).toBe(0);
  });

  it("adds a service, which opens for completion, and removes it", async () => {
    await page.goto(`${base}/services`);
    const add = page.locator("form", { has: page.getByRole("button", { name: "Tambah layanan" }) });
    await add.getByLabel("Kode").fill("bantuan-uji");
    await add.getByLabel("Nama (Bahasa Indonesia)").fill("Bantuan uji");
    await add.getByLabel("Nama (Bahasa Inggris)").fill("Test aid");
    await add.getByLabel("Meja yang melayani").selectOption("socio-economic");
    await Promise.all([page.waitForURL(/\/services\/bantuan-uji\?added=1$/), add.getByRole("button", { name: "Tambah layanan" }).click()]);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Ubah layanan: Bantuan uji");
    // (The rule preview is a live status region too: pick the page's notice.)
    expect(await page.getByRole("status").filter({ hasText: "Layanan ditambahkan" }).textContent()).toBe("Layanan ditambahkan. Lengkapi isiannya di bawah.");

    await Promise.all([page.waitForURL(/\/services\?removed=/), page.getByRole("button", { name: "Hapus layanan ini" }).click()]);
    expect(await page.getByRole("status").filter({ hasText: "dihapus" }).textContent()).toBe("Layanan Bantuan uji dihapus.");
    expect(await page.getByRole("link", { name: "Ubah Bantuan uji" }).count()).toBe(0);
  });

  it("tells an admin whose page is stale that someone else saved, and saves nothing", async () => {
    const other = await page.context().newPage();
    try {
      await page.goto(`${base}/desks`);
      await other.goto(`${base}/desks`);
      await other.getByLabel("Nama (Bahasa Inggris)").first().fill("Complaints desk");
      await other.getByRole("button", { name: "Simpan perubahan" }).click();
      await expect(other.getByRole("status").filter({ hasText: "Perubahan disimpan." }).textContent()).resolves.toBe("Perubahan disimpan.");

      await page.getByLabel("Nama (Bahasa Inggris)").first().fill("Data desk");
      await page.getByRole("button", { name: "Simpan perubahan" }).click();
      await expect(page.getByRole("alert").textContent()).resolves.toContain("Orang lain menyimpan draf ini");
      await page.reload();
      expect(await page.getByLabel("Nama (Bahasa Inggris)").first().inputValue()).toBe("Complaints desk");
    } finally {
      await other.close();
    }
  });

  it("adds an agency, and refuses to remove one that services still use", async () => {
    await page.goto(`${base}/agencies`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Perangkat daerah (SKPD)");
    const add = page.locator("form", { has: page.getByRole("button", { name: "Tambah", exact: true }) });
    await add.getByLabel("Kode").fill("Bappeda");
    await expect(page.locator('[data-field-error="new/id"]').textContent()).resolves.toContain("huruf kecil");
    await add.getByLabel("Kode").fill("bappeda");
    await add.getByLabel("Nama (Bahasa Indonesia)").fill("Badan Perencanaan Pembangunan Daerah");
    await add.getByLabel("Nama (Bahasa Inggris)").fill("Regional development planning agency");
    await add.getByLabel("Singkatan").fill("Bappeda");
    await add.getByRole("button", { name: "Tambah", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Perangkat daerah ditambahkan." }).textContent()).resolves.toBe("Perangkat daerah ditambahkan.");
    await page.reload();
    expect(await page.getByRole("group", { name: "Badan Perencanaan Pembangunan Daerah" }).count()).toBe(1);

    await page.getByRole("button", { name: "Hapus Dinas Kesehatan" }).click();
    await expect(page.getByRole("alert").textContent()).resolves.toContain("Masih dipakai oleh");
    expect(await screenshotBothWidths(page, "config-agencies")).toBe(0);
  });

  it("shows the areas with their problems, points at the wrong CSV line, and replaces them from a CSV", async () => {
    await page.goto(`${base}/areas`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Wilayah");
    // The clone still has Sragen's sub-districts, whose codes do not start with 33.12.
    expect(await page.getByRole("heading", { name: "Masalah wilayah di draf" }).count()).toBe(1);
    expect(await screenshotBothWidths(page, "config-areas")).toBe(0);

    const csv = page.getByLabel("Isi CSV");
    expect(await csv.inputValue()).toContain("code,name,parent\n33.14.01,Kalijambe,33.12\n33.14.01.2001,Keden,33.14.01");
    await csv.fill("code,name,parent\n33.12.01,Pracimantoro,33.12\n33.12.01.2001,Gebangharjo\n");
    await page.getByRole("button", { name: "Ganti wilayah" }).click();
    await expect(page.getByRole("alert").textContent()).resolves.toContain("Baris 3");
    expect(await screenshotBothWidths(page, "config-areas-refused")).toBe(0);

    await page.getByLabel("Isi CSV").fill("code,name,parent\n33.12.01,Pracimantoro,33.12\n33.12.01.2001,Gebangharjo,33.12.01\n33.12.01.2002,\"Joho, Lor\",33.12.01\n");
    await page.getByRole("button", { name: "Ganti wilayah" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Wilayah diganti" }).textContent()).resolves.toBe("Wilayah diganti: 1 kecamatan, 2 desa/kelurahan.");
    await page.reload();
    expect(await page.getByRole("heading", { name: "Masalah wilayah di draf" }).count()).toBe(0);
    expect(await page.getByText("Joho, Lor").count()).toBe(1);
  });

  it("saves a service without JavaScript, keeping what the page showed", async () => {
    const cookies = await page.context().cookies();
    const plain = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    try {
      await plain.addCookies(cookies);
      const noScript = await plain.newPage();
      await noScript.goto(`${base}/services/saraswati-card`);
      expect(await noScript.getByRole("checkbox", { name: "Hasilnya memiliki masa berlaku" }).isChecked()).toBe(true);
      await noScript.getByLabel("Target waktu di meja (menit)").fill("45");
      await Promise.all([noScript.waitForLoadState("load"), noScript.getByRole("button", { name: "Simpan layanan" }).click()]);
      await expect(noScript.getByRole("status").filter({ hasText: "Layanan disimpan." }).textContent()).resolves.toBe("Layanan disimpan.");
      await noScript.goto(`${base}/services/saraswati-card`);
      expect(await noScript.getByLabel("Target waktu di meja (menit)").inputValue()).toBe("45");
      expect(await noScript.getByLabel("Masa berlaku (hari)").inputValue()).toBe("180");
    } finally {
      await plain.close();
    }
  });

  it("speaks English when switched", async () => {
    await page.goto(`${base}/services/saraswati-card`);
    await Promise.all([page.waitForURL(/saraswati-card$/), page.getByRole("button", { name: "English" }).click()]);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Edit service: Saraswati health card");
    expect(await page.getByLabel("Valid for (days)").inputValue()).toBe("180");
    expect(await screenshotBothWidths(page, "config-service-en")).toBe(0);
  });
});
