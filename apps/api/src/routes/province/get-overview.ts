import { z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { REGENCY_OWN_SECTIONS } from "../../services/drift.ts";
import { getProvinceOverview } from "../../services/province-overview.ts";

const VersionRefSchema = z
  .object({
    version: z.number().int().openapi({ example: 2 }),
    effectiveFrom: z.string().openapi({ format: "date", example: "2026-07-01" }),
    publishedAt: z.string().openapi({ format: "date-time", example: "2026-06-20T02:15:00.000Z" }),
  })
  .openapi("VersionRef");

const RegencyOverviewSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    regencyCode: z.string(),
    status: z.enum(["onboarding", "live", "archived"]).openapi({
      description: "`onboarding` until its first publish, then `live` (the stored `active`); `archived` is reserved.",
    }),
    isTemplate: z.boolean(),
    publishedVersion: VersionRefSchema.nullable().openapi({
      description: "The version in force today in the regency's time zone; null when none is (yet).",
    }),
    scheduledVersion: VersionRefSchema.nullable().openapi({
      description: "The latest published version when it takes effect on a later date; null otherwise.",
    }),
    template: z
      .object({
        slug: z.string(),
        name: z.string(),
        clonedFromVersion: z.number().int().nullable().openapi({ description: "The template version the regency was cloned from (from its `tenant.clone` audit event)." }),
        syncedVersion: z.number().int().openapi({ description: "The template version it last synced with (POST …/config/upstream/apply); the cloned one until then." }),
      })
      .nullable()
      .openapi({ description: "The template this regency was cloned from; null for a regency created otherwise (e.g. a seeded template)." }),
    drift: z
      .object({
        paths: z.number().int().openapi({ description: "Identity paths that differ from the template's latest published version." }),
        comparedWith: z.object({ template: z.string(), version: z.number().int() }),
      })
      .nullable()
      .openapi({ description: "Null without a template (or without anything to compare)." }),
    driftBasis: z.enum(["published", "draft"]).nullable().openapi({
      description: "What `drift` measured: the regency's latest published version, or its draft while it has published nothing.",
    }),
    lastChangeAt: z.string().openapi({ format: "date-time", description: "Latest of: its draft's last save (edits, area uploads, template updates), its last publish, its creation." }),
  })
  .openapi("RegencyOverview");

const ProvinceOverviewSchema = z
  .object({
    regencies: z.array(RegencyOverviewSchema),
    generatedAt: z.string().openapi({ format: "date-time" }),
  })
  .openapi("ProvinceOverview", {
    example: {
      regencies: [
        {
          slug: "sragen",
          name: "Kabupaten Sragen",
          regencyCode: "3314",
          status: "live",
          isTemplate: true,
          publishedVersion: { version: 3, effectiveFrom: "2026-01-05", publishedAt: "2026-01-05T03:12:09.114Z" },
          scheduledVersion: null,
          template: null,
          drift: null,
          driftBasis: null,
          lastChangeAt: "2026-02-11T08:40:00.000Z",
        },
        {
          slug: "wonogiri",
          name: "Kabupaten Wonogiri",
          regencyCode: "3312",
          status: "live",
          isTemplate: false,
          publishedVersion: { version: 1, effectiveFrom: "2026-02-01", publishedAt: "2026-01-28T06:00:00.000Z" },
          scheduledVersion: { version: 2, effectiveFrom: "2026-07-01", publishedAt: "2026-06-20T02:15:00.000Z" },
          template: { slug: "sragen", name: "Kabupaten Sragen", clonedFromVersion: 1, syncedVersion: 2 },
          drift: { paths: 4, comparedWith: { template: "sragen", version: 3 } },
          driftBasis: "published",
          lastChangeAt: "2026-06-20T02:15:00.000Z",
        },
        {
          slug: "klaten",
          name: "Kabupaten Klaten",
          regencyCode: "3310",
          status: "onboarding",
          isTemplate: false,
          publishedVersion: null,
          scheduledVersion: null,
          template: { slug: "sragen", name: "Kabupaten Sragen", clonedFromVersion: 3, syncedVersion: 3 },
          drift: { paths: 0, comparedWith: { template: "sragen", version: 3 } },
          driftBasis: "draft",
          lastChangeAt: "2026-03-02T01:00:00.000Z",
        },
      ],
      generatedAt: "2026-06-21T00:00:00.000Z",
    },
  });

export const getProvinceOverviewRoute = defineRoute({
  method: "get",
  path: "/api/province/overview",
  permission: "tenant:list",
  tags: ["province"],
  summary: "Every regency at a glance",
  description:
    "Province level (`tenant:list`). Every regency, ordered by slug: status, the version in force and any later one waiting for its date, " +
    "the template it was cloned from (with the version it started from and the one it last synced with), its drift from that template and " +
    "when it last changed. Drift counts the identity paths (`diffConfigs`) at which the regency's latest published version (its draft while " +
    `nothing is published; see \`driftBasis\`) differs from the template's latest published version, leaving out the sections that are each regency's own (${REGENCY_OWN_SECTIONS.map((s) => `\`${s}\``).join(", ")}). ` +
    "A fresh clone has drift 0. Computed per request: one comparison per regency.",
  responses: {
    200: { description: "The regencies", content: { "application/json": { schema: ProvinceOverviewSchema } } },
    ...errorResponses(401, 403),
  },
});

export function registerGetProvinceOverview(app: OpenAPIHono<AppEnv>) {
  app.openapi(getProvinceOverviewRoute, async (c) => {
    const overview = await getProvinceOverview({ ctx: { db: c.get("db") } });
    return c.json(overview, 200);
  });
}
