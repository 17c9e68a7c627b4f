import { describe, expect, it } from "vitest";
import { m } from "$lib/paraglide/messages.js";
import { baseLocale, cookieName, extractLocaleFromRequest, locales } from "$lib/paraglide/runtime.js";

const request = (cookie?: string) => new Request("http://localhost:3000/login", cookie === undefined ? {} : { headers: { cookie } });

describe("the page's language", () => {
  it("is Bahasa Indonesia first, English second", () => {
    expect(baseLocale).toBe("id");
    expect(locales).toEqual(["id", "en"]);
  });

  it("is Indonesian without a choice, and follows the language cookie once chosen", () => {
    expect(extractLocaleFromRequest(request())).toBe("id");
    expect(extractLocaleFromRequest(request(`${cookieName}=en`))).toBe("en");
    expect(extractLocaleFromRequest(request(`other=1; ${cookieName}=id`))).toBe("id");
  });

  it("falls back to Indonesian for a language the app does not have", () => {
    expect(extractLocaleFromRequest(request(`${cookieName}=fr`))).toBe("id");
  });

  it("renders the same message in either language", () => {
    expect(m.auth_login_title({}, { locale: "id" })).toBe("Masuk");
    expect(m.auth_login_title({}, { locale: "en" })).toBe("Sign in");
    expect(m.common_request_id({ id: "abc" }, { locale: "en" })).toBe("Request id: abc");
  });
});
