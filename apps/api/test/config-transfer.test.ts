import { contentHash, diffConfigs } from "@satu-atap/config";
import { type Tenant } from "@satu-atap/db";
import { describe, expect, it } from "vitest";
import { bearer, createTestUser, sessionToken } from "./support/auth.ts";
import { testDrivers } from "./support/databases.ts";
import { storySetup } from "./support/story-setup.ts";

interface ErrorBody { error: { code: string; messages: { id: string; en: string }; issues?: Array<{ path: string; message: string }> } }
interface ExportDocument {
  $schema: string;
  format: string;
  formatVersion: number;
  exportedAt: string;
  source: { tenant: string; version: number | "draft"; contentHash: string };
  config: Record<string, unknown> & { meta: Record<string, unknown>; areas: Record<string, unknown>; desks: unknown[] };
}
interface ImportedDraft {
  revision: number;
  content: Record<string, unknown>;
  problems: Array<{ path: string; code: string }>;
  imported: { source: ExportDocument["source"]; exportedAt: string; editedSinceExport: boolean; identityKept: string[] };
}
interface AuditEvent {
  actorUserId: string | null;
  actorRole: string | null;
  action: string;
  target: string;
  before: { revision: number; contentHash: string };
  after: { revision: number; contentHash: string };
  details: { source: ExportDocument["source"]; editedSinceExport: boolean; identityKept: string[]; formatVersion: number };
}

// Wonogiri (33.12): its own sub-districts, so an imported configuration has areas to keep.
const WONOGIRI_CSV = ["code,name,parent", "33.12.01,Pracimantoro,33.12", "33.12.01.2001,Gebangharjo,33.12.01"].join("\n");

describe.each(testDrivers)("exporting and importing configuration over HTTP on %s", (driver) => {
  const { story, api, cloneSragen, readDraft } = storySetup(driver);

  const exportOf = async (slug: string, headers: Record<string, string>, query = "") => {
    const response = await api(`/api/t/${slug}/config/export${query}`, { headers });
    expect(response.status).toBe(200);
    return { response, document: (await response.json()) as ExportDocument };
  };
  const importInto = (slug: string, headers: Record<string, string>, etag: string | undefined, body: unknown) =>
    api(`/api/t/${slug}/config/import`, { method: "POST", headers: { ...headers, ...(etag !== undefined ? { "if-match": etag } : {}) }, body });
  const errorOf = async (response: Response) => ((await response.json()) as ErrorBody).error;
  const userIn = async (role: "desk-officer" | "district-admin", tenant: Tenant) =>
    bearer(await sessionToken(story.database.handle.db, (await createTestUser(story.database.handle.db, role, tenant.id)).id));

  /** A clone of Sragen whose draft has its own areas, ready to receive an import. */
  const target = async () => {
    const clone = await cloneSragen();
    const upload = await api(`/api/t/${clone.slug}/areas`, { method: "PUT", headers: clone.admin, raw: WONOGIRI_CSV, type: "text/csv" });
    expect(upload.status).toBe(200);
    return { ...clone, ...(await readDraft(clone.slug, clone.admin)) };
  };

  /** Refusals change nothing: same revision, same content. */
  const expectUnchanged = async (slug: string, headers: Record<string, string>, before: { etag: string; draft: { content: unknown } }) => {
    const after = await readDraft(slug, headers);
    expect(after.etag).toBe(before.etag);
    expect(after.draft.content).toEqual(before.draft.content);
  };

  it("exports the version in force as an attachment naming its format, origin and JSON Schema, which is served", async () => {
    const { response, document } = await exportOf("sragen", story.province);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="sragen-v1.json"');
    const published = (await (await api("/api/t/sragen/config", { headers: story.province })).json()) as { contentHash: string; config: unknown };
    expect(document).toMatchObject({
      $schema: `${story.server.baseUrl}/schemas/regency-config-export.json`,
      format: "satu-atap.regency-config",
      formatVersion: 1,
      source: { tenant: "sragen", version: 1, contentHash: published.contentHash },
    });
    expect(Date.parse(document.exportedAt)).not.toBeNaN();
    expect(document.config).toEqual(published.config);

    // The envelope's schema is public and refers to the configuration's, also served.
    const schema = (await (await fetch(document.$schema)).json()) as { properties: { config: { $ref: string } }; required: string[] };
    expect(schema.required).toContain("formatVersion");
    expect(schema.properties.config.$ref).toBe(`${story.server.baseUrl}/schemas/regency-config.json`);
    expect((await fetch(schema.properties.config.$ref)).status).toBe(200);

    // Nothing changed, but what left is recorded.
    const audit = (await (await api("/api/t/sragen/audit?action=config.export&limit=1", { headers: story.province })).json()) as { events: AuditEvent[] };
    expect(audit.events[0]).toMatchObject({ action: "config.export", target: "config_version:1", actorRole: "province-admin", details: { version: 1, contentHash: published.contentHash } });

    const exact = await exportOf("sragen", story.province, "?version=1");
    expect(exact.document.source).toEqual(document.source);
  });

  it("exports the draft for those who may edit it, as <tenant>-draft.json", async () => {
    const clone = await cloneSragen();
    const { response, document } = await exportOf(clone.slug, clone.admin, "?version=draft");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${clone.slug}-draft.json"`);
    const { draft } = await readDraft(clone.slug, clone.admin);
    expect(document.source).toEqual({ tenant: clone.slug, version: "draft", contentHash: await contentHash(draft.content) });
    expect(document.config).toEqual(draft.content);
    const audit = (await (await api(`/api/t/${clone.slug}/audit?action=config.export`, { headers: clone.admin })).json()) as { events: AuditEvent[] };
    expect(audit.events).toMatchObject([{ target: "config_draft", actorRole: "district-admin", details: { version: "draft", contentHash: document.source.contentHash } }]);
  });

  it("answers 404 for a version that does not exist or a regency with nothing published, and 400 for a malformed version", async () => {
    const missing = await api("/api/t/sragen/config/export?version=99", { headers: story.province });
    expect(missing.status).toBe(404);
    expect((await errorOf(missing)).code).toBe("VERSION_NOT_FOUND");
    const clone = await cloneSragen();
    const unpublished = await api(`/api/t/${clone.slug}/config/export`, { headers: clone.admin });
    expect(unpublished.status).toBe(404);
    expect((await errorOf(unpublished)).code).toBe("CONFIG_NOT_PUBLISHED");
    const malformed = await api("/api/t/sragen/config/export?version=latest", { headers: story.province });
    expect(malformed.status).toBe(400);
    expect((await errorOf(malformed)).issues?.[0]?.path).toBe("query/version");
  });

  it("imports another regency's export into a draft: everything but the target's identity, with the problems left, audited", async () => {
    const { document: sragen } = await exportOf("sragen", story.province);
    const wonogiri = await target();
    const before = wonogiri.draft.content as unknown as ExportDocument["config"];

    const response = await importInto(wonogiri.slug, wonogiri.admin, wonogiri.etag, sragen);
    expect(response.status).toBe(200);
    const imported = (await response.json()) as ImportedDraft;
    expect(response.headers.get("etag")).toBe(`"r${imported.revision}"`);
    expect(imported.revision).toBe(wonogiri.draft.revision + 1);
    expect(imported.imported).toMatchObject({ source: sragen.source, exportedAt: sragen.exportedAt, editedSinceExport: false });
    expect(imported.imported.identityKept.sort()).toEqual(["/areas", "/meta/name", "/meta/regencyCode"]);

    // Round trip: the draft is Sragen's configuration except the identity Wonogiri kept.
    const changes = diffConfigs(sragen.config, imported.content, { withoutLabels: true });
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.filter((change) => !/^\/(meta\/name|meta\/regencyCode|areas)(\/|$)/.test(change.path))).toEqual([]);
    const content = imported.content as ExportDocument["config"];
    expect(content.meta).toEqual({ ...sragen.config.meta, name: before.meta.name, regencyCode: before.meta.regencyCode });
    expect(content.areas).toEqual(before.areas);
    expect(content.desks).toEqual(sragen.config.desks);
    // Sragen's test households name Sragen's villages: saved, listed as problems.
    expect(imported.problems.length).toBeGreaterThan(0);
    expect(imported.problems.every((problem) => problem.path.startsWith("/testHouseholds/"))).toBe(true);
    expect((await readDraft(wonogiri.slug, wonogiri.admin)).draft.content).toEqual(imported.content);

    const audit = (await (await api(`/api/t/${wonogiri.slug}/audit?action=config.import`, { headers: wonogiri.admin })).json()) as { events: AuditEvent[] };
    expect(audit.events).toHaveLength(1);
    const [event] = audit.events;
    expect(event).toMatchObject({
      action: "config.import",
      target: "config_draft",
      before: { revision: wonogiri.draft.revision, contentHash: await contentHash(before) },
      after: { revision: imported.revision, contentHash: await contentHash(imported.content) },
      details: { source: sragen.source, editedSinceExport: false, formatVersion: 1 },
    });
    expect(event?.actorUserId).toEqual(expect.any(String));
    expect(event?.details.identityKept.sort()).toEqual(["/areas", "/meta/name", "/meta/regencyCode"]);
  });

  it("round-trips a regency's own draft unchanged, and records a file edited after export", async () => {
    const wonogiri = await target();
    const { document } = await exportOf(wonogiri.slug, wonogiri.admin, "?version=draft");
    const same = await importInto(wonogiri.slug, wonogiri.admin, wonogiri.etag, document);
    expect(same.status).toBe(200);
    const sameBody = (await same.json()) as ImportedDraft;
    expect(sameBody.content).toEqual(wonogiri.draft.content);
    expect(sameBody.imported).toMatchObject({ editedSinceExport: false, identityKept: [] });

    const edited = structuredClone(document);
    (edited.config.desks[0] as { order: number }).order = 9;
    const second = await importInto(wonogiri.slug, wonogiri.admin, `"r${sameBody.revision}"`, edited);
    expect(second.status).toBe(200);
    const secondBody = (await second.json()) as ImportedDraft;
    expect(secondBody.imported.editedSinceExport).toBe(true);
    expect((secondBody.content.desks as Array<{ order: number }>)[0]?.order).toBe(9);
  });

  it("refuses a document of another format with 400 at body/format, and changes nothing", async () => {
    const wonogiri = await target();
    const { document } = await exportOf("sragen", story.province);
    const response = await importInto(wonogiri.slug, wonogiri.admin, wonogiri.etag, { ...document, format: "something-else" });
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.messages.en).toContain("nothing was imported");
    expect(error.messages.id).toContain("tidak ada yang diimpor");
    expect(error.issues?.map((issue) => issue.path)).toEqual(["body/format"]);
    await expectUnchanged(wonogiri.slug, wonogiri.admin, wonogiri);
  });

  it("refuses an unknown (newer) format version with 400 at body/formatVersion, and changes nothing", async () => {
    const wonogiri = await target();
    const { document } = await exportOf("sragen", story.province);
    const response = await importInto(wonogiri.slug, wonogiri.admin, wonogiri.etag, { ...document, formatVersion: 2 });
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.issues).toEqual([{ path: "body/formatVersion", message: expect.stringContaining("newer Satu Atap") }]);
    await expectUnchanged(wonogiri.slug, wonogiri.admin, wonogiri);
  });

  it("refuses a bare configuration (the draft's PUT takes those) with 400 at body/format, and changes nothing", async () => {
    const wonogiri = await target();
    const { document } = await exportOf("sragen", story.province);
    const response = await importInto(wonogiri.slug, wonogiri.admin, wonogiri.etag, document.config);
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.issues).toEqual([{ path: "body/format", message: expect.stringContaining("bare configuration") }]);
    await expectUnchanged(wonogiri.slug, wonogiri.admin, wonogiri);
  });

  it("refuses a malformed envelope with every problem by path, and changes nothing", async () => {
    const wonogiri = await target();
    const { document } = await exportOf("sragen", story.province);
    const response = await importInto(wonogiri.slug, wonogiri.admin, wonogiri.etag, { ...document, exportedAt: "yesterday", source: { tenant: "sragen" } });
    expect(response.status).toBe(400);
    const paths = (await errorOf(response)).issues?.map((issue) => issue.path).sort();
    expect(paths).toEqual(["body/exportedAt", "body/source/contentHash", "body/source/version"]);
    await expectUnchanged(wonogiri.slug, wonogiri.admin, wonogiri);
  });

  it("refuses a configuration not shaped like one with 400 at body/config/<pointer>, and saves nothing", async () => {
    const wonogiri = await target();
    const { document } = await exportOf("sragen", story.province);
    const broken = structuredClone(document);
    (broken.config.desks[0] as Record<string, unknown>).colourOfTheDay = "blue";
    const response = await importInto(wonogiri.slug, wonogiri.admin, wonogiri.etag, broken);
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.issues?.map((issue) => issue.path)).toEqual(["body/config/desks/0/colourOfTheDay"]);
    await expectUnchanged(wonogiri.slug, wonogiri.admin, wonogiri);
  });

  it("needs If-Match: 428 without it, and changes nothing", async () => {
    const wonogiri = await target();
    const { document } = await exportOf("sragen", story.province);
    const response = await importInto(wonogiri.slug, wonogiri.admin, undefined, document);
    expect(response.status).toBe(428);
    expect((await errorOf(response)).code).toBe("PRECONDITION_REQUIRED");
    await expectUnchanged(wonogiri.slug, wonogiri.admin, wonogiri);
  });

  it("refuses a stale If-Match with 412, and changes nothing", async () => {
    const wonogiri = await target();
    const { document } = await exportOf("sragen", story.province);
    const response = await importInto(wonogiri.slug, wonogiri.admin, `"r${wonogiri.draft.revision - 1}"`, document);
    expect(response.status).toBe(412);
    expect((await errorOf(response)).code).toBe("PRECONDITION_FAILED");
    await expectUnchanged(wonogiri.slug, wonogiri.admin, wonogiri);
  });

  it("answers a non-member 404 TENANT_NOT_FOUND for both routes, and changes nothing", async () => {
    const wonogiri = await target();
    const { document } = await exportOf("sragen", story.province);
    const imported = await importInto(wonogiri.slug, story.otherAdmin, wonogiri.etag, document);
    expect(imported.status).toBe(404);
    expect((await errorOf(imported)).code).toBe("TENANT_NOT_FOUND");
    for (const query of ["", "?version=draft"]) {
      const exported = await api(`/api/t/${wonogiri.slug}/config/export${query}`, { headers: story.otherAdmin });
      expect(exported.status).toBe(404);
      expect((await errorOf(exported)).code).toBe("TENANT_NOT_FOUND");
    }
    await expectUnchanged(wonogiri.slug, wonogiri.admin, wonogiri);
  });

  it("answers 403 to a member without config:edit, for an import and for the draft's export, and changes nothing", async () => {
    const wonogiri = await target();
    const desk = await userIn("desk-officer", wonogiri.tenant);
    const { document } = await exportOf("sragen", story.province);
    const imported = await importInto(wonogiri.slug, desk, wonogiri.etag, document);
    expect(imported.status).toBe(403);
    expect((await errorOf(imported)).code).toBe("FORBIDDEN");
    const draft = await api(`/api/t/${wonogiri.slug}/config/export?version=draft`, { headers: desk });
    expect(draft.status).toBe(403);
    // What is published is theirs to read (and export); the draft is not.
    const otherDesk = await userIn("desk-officer", story.other);
    expect((await api(`/api/t/${story.other.slug}/config/export`, { headers: otherDesk })).status).toBe(200);
    expect((await api(`/api/t/${story.other.slug}/config/export?version=draft`, { headers: otherDesk })).status).toBe(403);
    await expectUnchanged(wonogiri.slug, wonogiri.admin, wonogiri);
  });

  it("declares both routes and the export schema in the OpenAPI document with their permissions and examples", async () => {
    const doc = (await (await fetch(`${story.server.baseUrl}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { "x-permission"?: string }>>;
      components: { schemas: Record<string, { example?: unknown }> };
    };
    expect(doc.paths["/api/t/{tenant}/config/export"]?.get?.["x-permission"]).toBe("config:read");
    expect(doc.paths["/api/t/{tenant}/config/import"]?.post?.["x-permission"]).toBe("config:edit");
    expect(doc.paths["/schemas/regency-config-export.json"]?.get?.["x-permission"]).toBe("public");
    expect(doc.components.schemas.ConfigExport?.example).toBeDefined();
    expect(doc.components.schemas.ConfigImportRequest?.example).toBeDefined();
  });
});
