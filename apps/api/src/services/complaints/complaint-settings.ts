import type { ComplaintCategory as ConfiguredCategory, RegencyConfig } from "@satu-atap/config";
import { complaintCategories, type ComplaintCategory } from "@satu-atap/db";
import { ApiError } from "../../http/errors.ts";

/**
 * The configuration of a complaint category (label, `dueDays`, `reverify`), or 422
 * `COMPLAINT_CATEGORY_UNKNOWN` when the category is not one of the six the desk knows or the
 * regency's configuration does not list it (or has no `complaints` section at all).
 */
export function categorySettings(config: unknown, category: string): ConfiguredCategory & { id: ComplaintCategory } {
  const configured = (config as Partial<RegencyConfig>).complaints?.categories ?? [];
  const known = configured.filter((c): c is ConfiguredCategory & { id: ComplaintCategory } => isComplaintCategory(c.id));
  const settings = known.find((c) => c.id === category);
  if (settings !== undefined) return settings;
  const available = known.map((c) => c.id).join(", ");
  throw new ApiError(
    "COMPLAINT_CATEGORY_UNKNOWN",
    {
      id: `Kategori pengaduan "${category}" tidak dikenal. Yang tersedia: ${available || "tidak ada"}.`,
      en: `Unknown complaint category "${category}". Available: ${available || "none"}.`,
    },
    [{ path: "body/category", message: `expected one of: ${available || "(none configured)"}` }],
  );
}

function isComplaintCategory(id: string): id is ComplaintCategory {
  return (complaintCategories as readonly string[]).includes(id);
}
