import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./support/browser.ts";
import { screenshotBothWidths } from "./support/screenshots.ts";
import { signIn } from "./support/session.ts";
import { startStack, type Stack, type StackUser } from "./support/stack.ts";

const DISTRICT_ADMIN: StackUser = {
  email: "admin.kabupaten@e2e.test",
  name: "Admin Kabupaten Uji",
  password: "aturan-survei-sragen-42",
  role: "district-admin",
  tenant: "sragen",
};

/**
 * The rule builder's story (issue 6): a district admin of Sragen opens the survey, opens a
 * criterion, tries its sign rule on an example household, changes the threshold with the
 * builder and sees the preview's result and the sentence change, looks at the JSON and comes
 * back, saves, and finds the new rule after a reload. A choice criterion's `in` list is edited
 * with its option checkboxes. Screens photographed at both widths; nothing scrolls sideways.
 */
describe("the visual rule builder on the survey criteria, in a real browser", () => {
  let stack: Stack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  const result = () => page.locator("[data-preview-result]").first().textContent();
  const sentence = () => page.locator("[data-rule-sentence]").first().textContent();

  beforeAll(async () => {
    browser = await launchBrowser();
    stack = await startStack({ users: [DISTRICT_ADMIN] });
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it("lists the survey's criteria with their sign rules in words, and the classification steps", async () => {
    await signIn(page, stack.webUrl, DISTRICT_ADMIN, "/t/sragen/config/survey");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Survei rumah tangga");
    expect(await page.getByRole("link", { name: "Ubah Luas lantai per orang" }).isVisible()).toBe(true);
    expect(await page.locator("ol.criteria").textContent()).toContain("Luas lantai per orang kurang dari 8");
    expect(await page.getByRole("heading", { name: "Penggolongan kategori" }).isVisible()).toBe(true);
    expect(await page.getByRole("group", { name: "Langkah 1" }).isVisible()).toBe(true);
    // The classification's steps are previewed as a whole: a score of 10 is "Miskin".
    await page.getByLabel("Skor survei", { exact: true }).fill("10");
    await expect(result()).resolves.toBe("Miskin");
    expect(await screenshotBothWidths(page, "survey")).toBe(0);
  });

  it("previews a criterion's rule on an example household, and the result follows the threshold", async () => {
    await Promise.all([page.waitForURL(/\/config\/survey\/floor_area_per_person$/), page.getByRole("link", { name: "Ubah Luas lantai per orang" }).click()]);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Kriteria: Luas lantai per orang");
    await expect(sentence()).resolves.toBe("Luas lantai per orang kurang dari 8");

    await page.getByLabel("Luas lantai per orang", { exact: true }).fill("7");
    await expect(result()).resolves.toBe("Terpenuhi (ya)");

    const threshold = page.getByLabel("Nilai", { exact: true });
    expect(await threshold.inputValue()).toBe("8");
    await threshold.fill("6");
    await expect(result()).resolves.toBe("Tidak terpenuhi (tidak)");
    await expect(sentence()).resolves.toBe("Luas lantai per orang kurang dari 6");
    expect(await page.locator(".trace-tree").textContent()).toContain("Luas lantai per orang kurang dari 6");
    expect(await screenshotBothWidths(page, "survey-criterion")).toBe(0);
  });

  it("shows the same rule as JSON for experts and comes back to the blocks", async () => {
    await page.getByRole("tab", { name: "JSON (untuk ahli)" }).click();
    const json = page.getByLabel("Aturan dalam JSON");
    expect(JSON.parse(await json.inputValue())).toEqual({ "<": [{ var: "answers.floor_area_per_person" }, 6] });
    expect(await screenshotBothWidths(page, "survey-criterion-json")).toBe(0);
    // An edit in the JSON shows in the blocks.
    await json.fill(JSON.stringify({ "<": [{ var: "answers.floor_area_per_person" }, 7.5] }));
    await page.getByRole("tab", { name: "Susunan syarat" }).click();
    expect(await page.getByLabel("Nilai", { exact: true }).inputValue()).toBe("7.5");
    await expect(result()).resolves.toBe("Terpenuhi (ya)");
    await page.getByLabel("Nilai", { exact: true }).fill("6");
  });

  it("saves the new rule to the draft and shows it again after a reload", async () => {
    await page.getByRole("button", { name: "Simpan kriteria" }).click();
    await page.getByText("Kriteria disimpan ke draf.").waitFor();
    await page.reload();
    await expect(sentence()).resolves.toBe("Luas lantai per orang kurang dari 6");
    expect(await page.getByLabel("Nilai", { exact: true }).inputValue()).toBe("6");
  });

  it("edits the options of an `in` list with checkboxes, the preview following", async () => {
    await page.goto(`${stack.webUrl}/t/sragen/config/survey/floor_type`);
    await expect(sentence()).resolves.toContain("Kayu murahan");
    await page.getByLabel("Jenis lantai", { exact: true }).selectOption("cheap-wood");
    await expect(result()).resolves.toBe("Terpenuhi (ya)");
    await page.getByRole("checkbox", { name: "Kayu murahan" }).uncheck();
    await expect(result()).resolves.toBe("Tidak terpenuhi (tidak)");
    await expect(sentence()).resolves.not.toContain("Kayu murahan");
    // Grouping: a second condition turns the rule into "all of"; it can be moved and removed by keyboard.
    await page.getByRole("button", { name: "Tambah syarat" }).click();
    expect(await page.getByLabel("Syarat yang harus dipenuhi", { exact: true }).inputValue()).toBe("all");
    await page.getByRole("button", { name: "Naikkan Syarat 2" }).press("Enter");
    await page.getByRole("button", { name: "Hapus Syarat 1" }).press("Enter");
    expect(await page.getByRole("group", { name: "Syarat 2" }).count()).toBe(0);
    expect(await screenshotBothWidths(page, "survey-criterion-choice")).toBe(0);
  });

  it("without JavaScript, shows the rule's JSON in a labelled text area and saves it", async () => {
    const plainContext = await browser.newContext({ javaScriptEnabled: false });
    try {
      const plain = await plainContext.newPage();
      await signIn(plain, stack.webUrl, DISTRICT_ADMIN, "/t/sragen/config/survey/floor_area_per_person");
      const rule = plain.getByLabel("Kapan jawaban ini dihitung sebagai tanda kemiskinan");
      expect(JSON.parse(await rule.inputValue())).toEqual({ "<": [{ var: "answers.floor_area_per_person" }, 6] });
      await rule.fill(JSON.stringify({ "<": [{ var: "answers.floor_area_per_person" }, 5] }));
      await Promise.all([plain.waitForLoadState("load"), plain.getByRole("button", { name: "Simpan kriteria" }).click()]);
      await plain.getByText("Kriteria disimpan ke draf.").waitFor();
      expect(JSON.parse(await plain.getByLabel("Kapan jawaban ini dihitung sebagai tanda kemiskinan").inputValue())).toEqual({
        "<": [{ var: "answers.floor_area_per_person" }, 5],
      });
    } finally {
      await plainContext.close();
    }
  });
});
