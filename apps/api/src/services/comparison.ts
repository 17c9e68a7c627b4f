import { diffConfigs } from "@satu-atap/config";
import { getDraft, getVersion } from "@satu-atap/db";
import { ApiError } from "../http/errors.ts";
import type { TenantServiceContext } from "./context.ts";

/** One side of a comparison: a published version number, or the draft. */
export type ComparisonSide = number | "draft";

async function contentOf(ctx: TenantServiceContext, side: ComparisonSide): Promise<unknown> {
  if (side === "draft") {
    const draft = await getDraft(ctx.db, ctx.tenant.id);
    if (!draft) {
      throw new ApiError("NOT_FOUND", { id: "Kabupaten/kota ini belum memiliki draf konfigurasi.", en: "This regency has no configuration draft." });
    }
    return draft.content;
  }
  const version = await getVersion(ctx.db, ctx.tenant.id, side);
  if (!version) {
    throw new ApiError("VERSION_NOT_FOUND", {
      id: `Versi konfigurasi ${side} tidak ada.`,
      en: `Configuration version ${side} does not exist.`,
    });
  }
  return version.content;
}

/** The latest published version's number (the default `from`); 404 when nothing is published. */
async function latestVersion(ctx: TenantServiceContext): Promise<number> {
  const latest = await getVersion(ctx.db, ctx.tenant.id);
  if (!latest) {
    throw new ApiError("CONFIG_NOT_PUBLISHED", {
      id: "Belum ada versi terbit untuk dibandingkan; sebutkan `from`.",
      en: "Nothing is published to compare with; name `from`.",
    });
  }
  return latest.version;
}

/**
 * The changes from one configuration of the regency to another (published version numbers
 * or the draft; default from the latest published version to the draft), matched by
 * identity (see `diffConfigs`), each with a label in Indonesian and English.
 */
export async function compareConfigs({
  ctx,
  input,
}: {
  ctx: TenantServiceContext;
  input: { from?: ComparisonSide | undefined; to?: ComparisonSide | undefined };
}) {
  const from = input.from ?? (await latestVersion(ctx));
  const to = input.to ?? "draft";
  const [before, after] = [await contentOf(ctx, from), await contentOf(ctx, to)];
  const changes = diffConfigs(before, after).map((change) => ({
    path: change.path,
    idPath: change.idPath,
    kind: change.kind,
    ...(change.before !== undefined ? { before: change.before } : {}),
    ...(change.after !== undefined ? { after: change.after } : {}),
    label: { id: change.label.id, en: change.label.en },
  }));
  return { from, to, changes };
}
