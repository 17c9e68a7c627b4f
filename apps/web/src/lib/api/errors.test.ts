import { describe, expect, it } from "vitest";
import { fieldOfIssuePath, formErrorsFrom, isErrorEnvelope, localFormErrors, type ApiErrorBody } from "./errors.ts";

const validation: ApiErrorBody = {
  code: "VALIDATION_FAILED",
  message: "The request is not valid.",
  messages: { id: "Permintaan tidak valid.", en: "The request is not valid." },
  issues: [
    { path: "body/email", message: "Invalid email address" },
    { path: "body/password", message: "Too small: expected string to have >=1 characters" },
  ],
  requestId: "req-1",
};

const wrongPassword: ApiErrorBody = {
  code: "INVALID_CREDENTIALS",
  message: "Wrong email or password.",
  messages: { id: "Email atau kata sandi salah.", en: "Wrong email or password." },
  requestId: "req-2",
};

describe("API errors on a form", () => {
  it("finds the field an issue path names, whatever its source", () => {
    expect(fieldOfIssuePath("body/email")).toBe("email");
    expect(fieldOfIssuePath("draft/desks/0/name")).toBe("desks/0/name");
    expect(fieldOfIssuePath("query/version")).toBe("version");
    expect(fieldOfIssuePath("tenant")).toBe("tenant");
  });

  it("puts each issue next to its field, in English on an English page", () => {
    const errors = formErrorsFrom(validation, "en");
    expect(errors.fields).toEqual({
      email: ["Invalid email address"],
      password: ["Too small: expected string to have >=1 characters"],
    });
    expect(errors.form).toBeNull();
    expect(errors.code).toBe("VALIDATION_FAILED");
    expect(errors.requestId).toBe("req-1");
  });

  it("never shows an English-only issue on an Indonesian page: the envelope's Indonesian message stands in", () => {
    const errors = formErrorsFrom(validation, "id");
    expect(errors.fields).toEqual({ email: ["Permintaan tidak valid."], password: ["Permintaan tidak valid."] });
  });

  it("uses an issue's own bilingual messages when the API sends them", () => {
    const errors = formErrorsFrom(
      { ...validation, issues: [{ path: "draft/desks/0/name", message: "Required", messages: { id: "Wajib diisi.", en: "Required." } }] },
      "id",
    );
    expect(errors.fields).toEqual({ "desks/0/name": ["Wajib diisi."] });
  });

  it("shows a field-less error next to the field the form assigns its code to, in the page's language", () => {
    const options = { codeFields: { INVALID_CREDENTIALS: "password" } } as const;
    expect(formErrorsFrom(wrongPassword, "id", options).fields).toEqual({ password: ["Email atau kata sandi salah."] });
    expect(formErrorsFrom(wrongPassword, "en", options).fields).toEqual({ password: ["Wrong email or password."] });
    expect(formErrorsFrom(wrongPassword, "id", options).form).toBeNull();
  });

  it("keeps a field-less error at the top of the form otherwise", () => {
    const throttled: ApiErrorBody = {
      code: "TOO_MANY_REQUESTS",
      message: "Too many sign-in attempts. Try again later.",
      messages: { id: "Terlalu banyak percobaan masuk. Coba lagi nanti.", en: "Too many sign-in attempts. Try again later." },
      requestId: "req-3",
    };
    const errors = formErrorsFrom(throttled, "id", { codeFields: { INVALID_CREDENTIALS: "password" } });
    expect(errors.fields).toEqual({});
    expect(errors.form).toBe("Terlalu banyak percobaan masuk. Coba lagi nanti.");
  });

  it("sends issues on fields the form does not show to the top of the form, so none is lost", () => {
    const errors = formErrorsFrom({ ...validation, issues: [...(validation.issues ?? []), { path: "body/otp", message: "Unexpected" }] }, "en", {
      fields: ["email", "password"],
    });
    expect(Object.keys(errors.fields)).toEqual(["email", "password"]);
    expect(errors.form).toBe("The request is not valid. Unexpected");
  });

  it("recognises the envelope and nothing else", () => {
    expect(isErrorEnvelope({ error: wrongPassword })).toBe(true);
    expect(isErrorEnvelope({ error: "nope" })).toBe(false);
    expect(isErrorEnvelope("<html>Bad gateway</html>")).toBe(false);
    expect(isErrorEnvelope(null)).toBe(false);
  });

  it("makes form errors for checks done before calling the API", () => {
    expect(localFormErrors({ email: "Isi alamat email." })).toEqual({
      code: "VALIDATION_FAILED",
      form: null,
      fields: { email: ["Isi alamat email."] },
      requestId: null,
    });
  });
});
