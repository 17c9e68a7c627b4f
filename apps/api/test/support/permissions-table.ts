import { PERMISSION_NAMES, PERMISSIONS, ROLE_IDS, ROLE_PERMISSIONS } from "@satu-atap/auth";

/** The permissions table of docs/security.md, from the data the API enforces. */
export function renderPermissionsTable(): string {
  const header = `| permission | what it allows | ${ROLE_IDS.join(" | ")} |`;
  const rule = `|---|---|${ROLE_IDS.map(() => ":-:").join("|")}|`;
  const rows = PERMISSION_NAMES.filter((p) => p !== "public").map((permission) => {
    const marks = ROLE_IDS.map((role) => ((ROLE_PERMISSIONS[role] as readonly string[]).includes(permission) ? "✓" : ""));
    return `| \`${permission}\` | ${PERMISSIONS[permission].en} | ${marks.join(" | ")} |`;
  });
  return [header, rule, ...rows].join("\n");
}
