import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiLogin, cloneWonogiriWithDistrictAdmin } from "./support/api.ts";
import { launchBrowser } from "./support/browser.ts";
import { screenshotBothWidths } from "./support/screenshots.ts";
import { signIn } from "./support/session.ts";
import { startStack, type Stack } from "./support/stack.ts";
import { fillSutiniHousehold } from "./support/steps.ts";

const CLONE = "wonogiri";
const WONOGIRI_CSV = "code,name,parent\n33.12.01,Pracimantoro,33.12\n33.12.01.2001,Gebangharjo,33.12.01\n";
// Scores 12 in the template (poor; 13 is very poor) and shows the floor-type sign.
const BOUNDARY_HOUSEHOLD = "tukiyem-sumberlawang";
const DISTRICT_ADMIN = { email: "admin.wonogiri@e2e.test", name: "Admin Wonogiri Uji", password: "" };

interface Draft { revision: number; content: { survey: { criteria: Array<{ id: string; weight: number; label: { id: string; en: string } }> } }; problems: Array<{ path: string }> }

/**
 * Issue 6's review story: a regency cloned from Sragen, published once, changes a criterion
 * weight so a test household's outcome changes. Its district admin reads the change in words,
 * runs the test households, adds one through the form (no JSON), publishes with the changed
 * outcome acknowledged and finds the version in the history. Then Sragen publishes an
 * improvement and the clone takes it from the template updates screen.
 */
describe("review, publish, version history and template updates, in a real browser", () => {
  let stack: Stack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let province: Record<string, string>;
  let admin: Record<string, string>;

  const api = async (path: string, init: { method?: string; headers?: Record<string, string>; body?: unknown; raw?: string; type?: string } = {}) => {
    const response = await fetch(`${stack.apiUrl}${path}`, {
      method: init.method ?? "GET",
      headers: {
        ...(init.body !== undefined || init.raw !== undefined ? { "content-type": init.type ?? "application/json" } : {}),
        ...init.headers,
      },
      ...(init.raw !== undefined ? { body: init.raw } : init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
    return response;
  };
  const readDraft = async (slug: string, headers: Record<string, string>) => {
    const response = await api(`/api/t/${slug}/config/draft`, { headers });
    expect(response.status).toBe(200);
    return { etag: response.headers.get("etag") ?? "", draft: (await response.json()) as Draft };
  };
  const patch = async (slug: string, headers: Record<string, string>, operations: unknown[]) => {
    const { etag } = await readDraft(slug, headers);
    const response = await api(`/api/t/${slug}/config/draft`, {
      method: "PATCH",
      headers: { ...headers, "if-match": etag },
      raw: JSON.stringify(operations),
      type: "application/json-patch+json",
    });
    expect(response.status).toBe(200);
    return (await response.json()) as Draft;
  };
  const publish = async (slug: string, headers: Record<string, string>, note: string) => {
    const { etag } = await readDraft(slug, headers);
    const response = await api(`/api/t/${slug}/config/publish`, { method: "POST", headers: { ...headers, "if-match": etag }, body: { note } });
    expect(response.status).toBe(201);
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    stack = await startStack();
    province = await apiLogin(stack, stack.admin);

    // The province clones Sragen and invites the regency's district admin.
    DISTRICT_ADMIN.password = (await cloneWonogiriWithDistrictAdmin(stack, DISTRICT_ADMIN)).password;
    admin = await apiLogin(stack, DISTRICT_ADMIN);

    // Its own villages, the test households moved there, and a first version.
    expect((await api(`/api/t/${CLONE}/areas`, { method: "PUT", headers: admin, raw: WONOGIRI_CSV, type: "text/csv" })).status).toBe(200);
    const { draft } = await readDraft(CLONE, admin);
    const fixes = draft.problems.filter((p) => p.path.endsWith("/villageCode")).map((p) => ({ op: "replace", path: p.path, value: "33.12.01.2001" }));
    expect((await patch(CLONE, admin, fixes)).problems).toEqual([]);
    await publish(CLONE, admin, "Wonogiri mulai");

    // A heavier floor-type sign moves the boundary household from poor to very poor, as now expected.
    const after = await readDraft(CLONE, admin);
    const floor = after.draft.content.survey.criteria.findIndex((c) => c.id === "floor_type");
    const households = (after.draft.content as unknown as { testHouseholds: Array<{ id: string }> }).testHouseholds;
    const boundary = households.findIndex((h) => h.id === BOUNDARY_HOUSEHOLD);
    await patch(CLONE, admin, [
      { op: "replace", path: `/survey/criteria/${floor}/weight`, value: 2 },
      { op: "replace", path: `/testHouseholds/${boundary}/expected/category`, value: "very-poor" },
    ]);

    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    await signIn(page, stack.webUrl, DISTRICT_ADMIN);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it("shows the weight change in words, no problems, and the changed household", async () => {
    await page.goto(`${stack.webUrl}/t/${CLONE}/config/review`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Tinjau dan terbitkan");
    const changes = page.locator("ul.changes");
    expect(await changes.textContent()).toContain("Jenis lantai");
    expect(await changes.textContent()).toMatch(/Sebelum:\s*1\s*→\s*Sesudah:\s*2/);
    expect(await page.getByText("Tidak ada masalah: draf dapat diterbitkan.").isVisible()).toBe(true);

    await Promise.all([page.waitForLoadState("networkidle"), page.getByRole("button", { name: "Periksa lagi" }).click()]);
    expect(await page.getByText(/12 rumah tangga: 12 lulus, 0 gagal, 1 berubah hasilnya\./).isVisible()).toBe(true);
    expect(await screenshotBothWidths(page, "review")).toBe(0);
  });

  it("adds a test household through the form and takes its actual result as expected", async () => {
    await page.getByRole("link", { name: "Kelola rumah tangga uji" }).click();
    await page.waitForURL(/\/review\/households$/);
    expect(await screenshotBothWidths(page, "review-households")).toBe(0);

    await page.getByRole("link", { name: "Tambah rumah tangga uji" }).click();
    await page.waitForURL(/\/households\/new$/);
    await fillSutiniHousehold(page);
    expect(await screenshotBothWidths(page, "review-household-form")).toBe(0);
    await Promise.all([page.waitForURL(/\/households\/12\?saved=1$/), page.getByRole("button", { name: "Simpan rumah tangga uji" }).click()]);
    expect(await page.getByText("Tersimpan.").isVisible()).toBe(true);

    await page.getByRole("link", { name: "Kembali ke daftar rumah tangga uji" }).click();
    await page.waitForURL(/\/review\/households$/);
    const row = page.getByRole("row", { name: /Keluarga Ibu Sutini/ });
    if ((await row.textContent())?.includes("Gagal")) {
      await Promise.all([page.waitForLoadState("networkidle"), row.getByRole("button", { name: "Jadikan hasil sebenarnya sebagai harapan" }).click()]);
      await page.getByText("Hasil sebenarnya sekarang menjadi hasil yang diharapkan.").waitFor();
    }
    expect(await page.getByRole("row", { name: /Keluarga Ibu Sutini/ }).textContent()).toContain("Lulus");
  });

  it("publishes with the changed outcome acknowledged, and finds the version in the history", async () => {
    await page.goto(`${stack.webUrl}/t/${CLONE}/config/review`);
    expect(await page.getByText(/13 rumah tangga: 13 lulus, 0 gagal, 1 berubah hasilnya\./).isVisible()).toBe(true);
    await page.getByLabel("Catatan").fill("Bobot jenis lantai dinaikkan");
    // Without the acknowledgement the browser's own check stops the form; the box is required.
    const ack = page.getByLabel(/Saya memahami bahwa hasil Keluarga Ibu Tukiyem/);
    expect(await ack.getAttribute("required")).not.toBeNull();
    await ack.check();
    await page.getByRole("button", { name: "Terbitkan versi baru" }).click();
    await page.getByText(/Versi 2 terbit, berlaku mulai/).waitFor();
    expect(await screenshotBothWidths(page, "review-published")).toBe(0);

    await page.getByRole("link", { name: "Lihat riwayat versi" }).click();
    await page.waitForURL(/\/config\/versions$/);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Riwayat versi");
    expect(await page.getByRole("row", { name: /Bobot jenis lantai dinaikkan/ }).isVisible()).toBe(true);
    expect(await screenshotBothWidths(page, "versions")).toBe(0);

    await page.getByRole("link", { name: "Kembali ke versi 1" }).click();
    await page.getByRole("heading", { name: "Kembali ke versi 1?" }).waitFor();
    expect(await screenshotBothWidths(page, "versions-rollback")).toBe(0);
  });

  it("shows Sragen's new change as applying cleanly and merges it", async () => {
    const sragen = await readDraft("sragen", province);
    expect(sragen.draft.problems).toEqual([]);
    const wall = sragen.draft.content.survey.criteria.findIndex((c) => c.id === "wall_type");
    await patch("sragen", province, [{ op: "replace", path: `/survey/criteria/${wall}/label`, value: { id: "Jenis dinding rumah", en: "Type of house wall" } }]);
    await publish("sragen", province, "Nama kriteria dinding diperjelas");

    await page.goto(`${stack.webUrl}/t/${CLONE}/config/upstream`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Pembaruan templat");
    const entry = page.locator("li.entry", { hasText: "Jenis dinding rumah" }).first();
    expect(await entry.textContent()).toContain("Dapat diterapkan");
    expect(await entry.getByRole("checkbox").isChecked()).toBe(true);
    expect(await screenshotBothWidths(page, "upstream")).toBe(0);

    await page.getByRole("button", { name: "Ambil perubahan yang dipilih" }).click();
    await page.getByText(/perubahan templat diambil ke draf\./).waitFor();
    expect(await screenshotBothWidths(page, "upstream-merged")).toBe(0);
  });
});
