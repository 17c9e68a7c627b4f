import type { Page } from "playwright-core";

/**
 * Steps more than one story takes in the same way, through labels as a person would. Each
 * leaves the page where the next assertion or screenshot of the story picks it up.
 */

/**
 * Fills the new test household form (…/review/households/new) for Ibu Sutini of Gebangharjo
 * (Pracimantoro): one member, the applicant, and every survey question answered from the
 * generated form (choices, numbers, texts) with the first category. Does not save.
 */
export async function fillSutiniHousehold(page: Page): Promise<void> {
  await page.getByLabel("Kode", { exact: true }).fill("sutini-pracimantoro");
  await page.getByLabel("Nama (Bahasa Indonesia)").fill("Keluarga Ibu Sutini (Pracimantoro)");
  await page.getByLabel("Nama (Bahasa Inggris)").fill("Mrs Sutini's household (Pracimantoro)");
  await page.getByLabel("Tanggal keputusan").fill("2026-02-02");
  await page.getByLabel("Desa/kelurahan").selectOption({ label: "Gebangharjo (Pracimantoro)" });
  const member = page.getByRole("group", { name: "Anggota baru" });
  await member.getByLabel("Nama", { exact: true }).fill("Sutini");
  await member.getByLabel("Tanggal lahir").fill("1970-03-04");
  await member.getByLabel("Hubungan dengan kepala keluarga").selectOption("head");
  await member.getByLabel("Anggota ini pemohon").check();
  const answers = page.getByRole("group", { name: "Jawaban survei" });
  for (const select of await answers.locator("select").all()) await select.selectOption({ index: 1 });
  for (const input of await answers.locator('input[type="number"]').all()) await input.fill("1");
  for (const input of await answers.locator('input:not([type="number"])').all()) await input.fill("-");
  await page.getByLabel("Kategori", { exact: true }).selectOption({ index: 1 });
}

/** Fills the users screen's invitation form for a district admin. Does not send it. */
export async function fillDistrictAdminInvite(page: Page, person: { name: string; email: string }): Promise<void> {
  await page.getByLabel("Nama lengkap").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Peran").selectOption("district-admin");
}

/** Waits for the one-time password the users screen shows after an invitation, and reads it. */
export async function readTemporaryPassword(page: Page): Promise<string> {
  const password = page.locator("[data-temporary-password]");
  await password.waitFor();
  return ((await password.textContent()) ?? "").trim();
}

/**
 * On the onboarding review (…/province/onboard/<slug>/review): moves the copied test households
 * to Gebangharjo (33.12.01.2001) with the one-click fix and waits for its confirmation.
 */
export async function moveTestHouseholdsToGebangharjo(page: Page): Promise<void> {
  await page.getByLabel("Pindahkan ke desa").selectOption("33.12.01.2001");
  await page.getByRole("button", { name: "Pindahkan rumah tangga uji" }).click();
  await page.getByText(/rumah tangga uji dipindahkan ke Gebangharjo/).waitFor();
}
