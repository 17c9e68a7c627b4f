import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Messages live in one folder per area (messages/<area>/{id,en}.json), so engineers working on
// different screens edit different files. These checks keep them complete and in one language.
const webDir = fileURLToPath(new URL("../", import.meta.url));
const settings = JSON.parse(readFileSync(`${webDir}project.inlang/settings.json`, "utf8")) as {
  baseLocale: string;
  locales: string[];
  modules: string[];
  "plugin.inlang.messageFormat": { pathPattern: string[] };
};
const areas = readdirSync(`${webDir}messages`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const read = (area: string, locale: string) =>
  JSON.parse(readFileSync(`${webDir}messages/${area}/${locale}.json`, "utf8")) as Record<string, string>;
const keysOf = (messages: Record<string, string>) => Object.keys(messages).filter((key) => key !== "$schema");

describe("the message files", () => {
  it("are all registered in project.inlang/settings.json, and nothing else is", () => {
    const registered = settings["plugin.inlang.messageFormat"].pathPattern.map((pattern) => /^\.\/messages\/([^/]+)\/\{locale\}\.json$/.exec(pattern)?.[1]);
    expect(registered.sort()).toEqual(areas);
  });

  it("load the message-format plugin from node_modules (no network at build time)", () => {
    for (const module of settings.modules) {
      expect(module.startsWith("http"), module).toBe(false);
      expect(existsSync(`${webDir}${module}`), `${module} is missing: run npm install`).toBe(true);
    }
  });

  it.each(areas)("%s: the same keys in every language, each prefixed with its area, none empty", (area) => {
    const base = read(area, settings.baseLocale);
    for (const locale of settings.locales) {
      const messages = read(area, locale);
      expect(keysOf(messages), `${area}/${locale}.json`).toEqual(keysOf(base));
      for (const key of keysOf(messages)) {
        expect(key, `${area}/${locale}.json`).toMatch(new RegExp(`^${area}_[a-z0-9_]+$`));
        expect(messages[key]?.trim(), `${area}/${locale}.json ${key}`).not.toBe("");
      }
    }
  });
});
