import type { Page } from "playwright-core";

/**
 * Signs in through the sign-in page as a person would (labels, not selectors), and waits for
 * the page that follows. Starts from `path` (default `/`), so a protected page comes back
 * after sign-in.
 *
 * @example
 * await signIn(page, stack.webUrl, stack.admin);
 */
export async function signIn(page: Page, webUrl: string, user: { email: string; password: string }, path = "/"): Promise<void> {
  await page.goto(new URL(path, webUrl).href);
  await page.waitForURL(/\/login/);
  await page.getByLabel(/^(Email)$/).fill(user.email);
  await page.getByLabel(/^(Kata sandi|Password)$/).fill(user.password);
  await Promise.all([page.waitForURL((url) => url.pathname !== "/login"), page.getByRole("button", { name: /^(Masuk|Sign in)$/ }).click()]);
}

/** Signs out with the header's button and waits for the sign-in page. */
export async function signOut(page: Page): Promise<void> {
  await Promise.all([page.waitForURL(/\/login/), page.getByRole("button", { name: /^(Keluar|Sign out)$/ }).click()]);
}
