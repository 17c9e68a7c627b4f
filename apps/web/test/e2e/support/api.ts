import { WONOGIRI } from "./fixtures.ts";
import type { Stack } from "./stack.ts";

/**
 * Setting a scene up through the API, for stories that start in the middle (never for what a
 * test asserts; the whole story in story.e2e.test.ts uses the browser only).
 */

/** `Authorization` header of a fresh API session for `user`. */
export async function apiLogin(stack: Stack, user: { email: string; password: string }): Promise<{ authorization: string }> {
  const response = await fetch(`${stack.apiUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: user.email, password: user.password }),
  });
  if (!response.ok) throw new Error(`login: ${response.status} ${await response.text()}`);
  return { authorization: `Bearer ${((await response.json()) as { token: string }).token}` };
}

/**
 * As the province admin: clones Sragen into Kabupaten Wonogiri and invites its first district
 * admin. Returns that admin's credentials (the one-time password the API answered).
 */
export async function cloneWonogiriWithDistrictAdmin(stack: Stack, admin: { email: string; name: string }): Promise<{ email: string; name: string; password: string }> {
  const province = await apiLogin(stack, stack.admin);
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${stack.apiUrl}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...province },
      body: JSON.stringify(body),
    });
    if (response.status !== 201) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as Record<string, unknown>;
  };
  await post("/api/tenants", { ...WONOGIRI, cloneFrom: { tenant: "sragen" } });
  const invited = (await post(`/api/t/${WONOGIRI.slug}/members`, { email: admin.email, name: admin.name, role: "district-admin" })) as { temporaryPassword: string };
  return { ...admin, password: invited.temporaryPassword };
}
