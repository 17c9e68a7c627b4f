import { beforeAll, describe, expect, it } from "vitest";
import { at, indexOf, list, loadSragen, setAt } from "../test/sragen.ts";
import { diffConfigs } from "./diff.ts";
import { formatIdPath, identityField, parseIdPath, resolveIdPath } from "./id-path.ts";
import { labelForPath } from "./labels.ts";

let sragen: Record<string, unknown>;
beforeAll(async () => {
  sragen = await loadSragen();
});


describe("identity paths", () => {
  it("round-trips and resolves", () => {
    const path = "/areas/subdistricts[code=33.14.01]/villages[code=33.14.01.2001]/name";
    const steps = parseIdPath(path);
    expect(steps).toEqual([
      { kind: "prop", key: "areas" },
      { kind: "prop", key: "subdistricts" },
      { kind: "match", field: "code", value: "33.14.01" },
      { kind: "prop", key: "villages" },
      { kind: "match", field: "code", value: "33.14.01.2001" },
      { kind: "prop", key: "name" },
    ]);
    expect(formatIdPath(steps ?? [])).toBe(path);
    expect(formatIdPath([{ kind: "prop", key: "a/b[c]~" }])).toBe("/a~1b~2c~3~0");
    expect(parseIdPath("/a~1b~2c~3~0")).toEqual([{ kind: "prop", key: "a/b[c]~" }]);
    expect(parseIdPath("no-slash")).toBeUndefined();
    expect(resolveIdPath({ s: [{ id: "x", v: 1 }] }, "/s[id=x]/v")).toBe(1);
    expect(resolveIdPath({ s: [{ id: "x", v: 1 }] }, "/s[id=y]/v")).toBeUndefined();
  });

  it("identifies arrays by a distinct id, else code, else not at all", () => {
    expect(identityField([{ id: "a" }, { id: "b" }])).toBe("id");
    expect(identityField([{ code: "1" }, { code: "2" }])).toBe("code");
    expect(identityField([{ id: "a" }, { id: "a" }])).toBeUndefined();
    expect(identityField(["a", "b"])).toBeUndefined();
  });
});

describe("diffConfigs on Sragen", () => {
  it("finds nothing between a configuration and itself", () => {
    expect(diffConfigs(sragen, structuredClone(sragen))).toEqual([]);
  });

  it("shows a weight change and a validity change as two labelled changes", () => {
    const to = structuredClone(sragen);
    const c = indexOf(to, "/survey/criteria", "floor_type");
    const s = indexOf(to, "/services", "saraswati-card");
    setAt(to, `/survey/criteria/${c}/weight`, 3);
    setAt(to, `/services/${s}/validity/days`, 730);
    expect(diffConfigs(sragen, to)).toEqual([
      {
        path: `/services/${s}/validity/days`,
        idPath: "/services[id=saraswati-card]/validity/days",
        kind: "changed",
        before: 365,
        after: 730,
        label: {
          id: "Layanan 'Kartu kesehatan Saraswati' › masa berlaku (hari)",
          en: "Service 'Saraswati health card' › validity days",
        },
      },
      {
        path: `/survey/criteria/${c}/weight`,
        idPath: "/survey/criteria[id=floor_type]/weight",
        kind: "changed",
        before: 1,
        after: 3,
        label: { id: "Kriteria 'Jenis lantai' › bobot", en: "Criterion 'Floor type' › weight" },
      },
    ]);
  });

  it("sees no change in a reordered list", () => {
    const to = structuredClone(sragen);
    list(to, "/desks").reverse();
    list(to, "/services").reverse();
    list(to, "/survey/criteria").reverse();
    expect(diffConfigs(sragen, to)).toEqual([]);
  });

  it("shows an inserted service as one addition, and its removal as one removal", () => {
    const to = structuredClone(sragen);
    const services = list(to, "/services");
    const copy = { ...structuredClone(services[0]), id: "new-service", label: { id: "Layanan baru", en: "New service" } };
    services.splice(1, 0, copy);
    const changes = diffConfigs(sragen, to);
    expect(changes).toEqual([
      {
        path: "/services/1",
        idPath: "/services[id=new-service]",
        kind: "added",
        after: copy,
        label: { id: "Layanan 'Layanan baru'", en: "Service 'New service'" },
      },
    ]);
    const back = diffConfigs(to, sragen);
    expect(back.map((change) => [change.kind, change.path, change.idPath, change.label.en])).toEqual([
      ["removed", "/services/1", "/services[id=new-service]", "Service 'New service'"],
    ]);
  });

  it("compares a rule as one whole value, and a renamed label as one change", () => {
    const to = structuredClone(sragen);
    const s = indexOf(to, "/services", "rusela");
    setAt(to, `/services/${s}/eligibility`, { and: [true, { "==": [1, 1] }] });
    setAt(to, `/services/${s}/label`, { id: "Rusela baru", en: "New Rusela" });
    setAt(to, "/survey/scoring/rule", 0);
    const changes = diffConfigs(sragen, to);
    expect(changes.map((change) => [change.idPath, change.label.en])).toEqual([
      ["/services[id=rusela]/label", "Service 'New Rusela' › name"],
      ["/services[id=rusela]/eligibility", "Service 'New Rusela' › eligibility rule"],
      ["/survey/scoring/rule", "Survey › scoring rule"],
    ]);
    expect(changes[2]?.label.id).toBe("Survei › aturan penskoran");
  });

  it("reports added and removed object fields", () => {
    const changes = diffConfigs({ a: 1, b: { c: 2 } }, { b: { c: 2, d: [1] } });
    expect(changes.map((change) => [change.kind, change.path])).toEqual([
      ["removed", "/a"],
      ["added", "/b/d"],
    ]);
  });
});

describe("labelForPath", () => {
  it("names elements by their own label, fields by the table, else the raw key", () => {
    expect(labelForPath(sragen, "/services[id=rusela]/validity/days")).toEqual({
      id: `Layanan '${String(resolveIdPath(sragen, "/services[id=rusela]/label/id"))}' › masa berlaku (hari)`,
      en: `Service '${String(resolveIdPath(sragen, "/services[id=rusela]/label/en"))}' › validity days`,
    });
    expect(labelForPath(sragen, "/services[id=gone]/someField")).toEqual({
      id: "Layanan 'gone' › someField",
      en: "Service 'gone' › someField",
    });
    expect(labelForPath(sragen, "")).toEqual({ id: "Seluruh konfigurasi", en: "Whole configuration" });
  });
});
