import { parseArgs } from "node:util";
import { describeEnvProblems, NodeEnvSchema, type NodeEnv } from "../env.ts";
import { runConfigExport, runConfigImport, runConfigValidate } from "./config-commands.ts";
import { runAuditVerify } from "./audit-commands.ts";
import { runDbMigrate, runDbSeed } from "./db-commands.ts";
import { runTenantClone } from "./tenant-commands.ts";
import { runReferenceImport } from "./reference-commands.ts";
import { runUserCreate, runUserDisable, runUserSetRole } from "./user-commands.ts";
import { CliError } from "./cli-error.ts";

const usage = `Satu Atap command line

Usage: npm run satu-atap -- <command> [options]

  db migrate                     apply pending migrations
  db seed                        create the template regencies of tenants/ that do not exist yet
  config validate <file|folder>  check a configuration; exit 1 listing every problem
  config export <tenant>         print a regency's configuration in force as an export file
       [--version N|draft]       … or an exact published version, or its draft
       [--actor EMAIL]
  config import <tenant> <file>  replace the regency's draft with an export file's configuration,
       [--actor EMAIL]           keeping the regency's identity; print the problems left
                                 (exit 1, nothing saved, listing every problem of a bad file)
  tenant clone <template> <slug> --name NAME --code CODE [--version N] [--actor EMAIL]
                                 create a regency from a template's published configuration
  user create --email E --name N --role R [--tenant SLUG] [--area CODE[,CODE]] [--agency ID]
                                 create an account with one role; the password is read from
                                 stdin when piped, else generated and printed once
  user disable --email E         disable an account and end its sessions
  user set-role --email E --role R [--tenant SLUG] [--area …] [--agency …]
                                 make R the user's one role in that regency
  reference import <tenant> <file> --source NAME --year YYYY [--resume ID] [--actor EMAIL]
                                 import a reference poverty list (CSV: nik,kk,name,address,
                                 village_code,category,household_size) with a progress bar;
                                 refused lines are listed, the good ones go in; --resume
                                 continues an interrupted import after its last committed batch
  audit verify <tenant>          check a regency's audit hash chain; exit 1 at the first broken link
  audit verify --platform        … the platform chain (sign-ins, refusals outside a regency)

--actor names the user recorded in the audit trail (they must hold the permission the API would
ask of them); without it the change is recorded as system:cli.

Roles: province-admin (no --tenant), district-admin, desk-officer, subdistrict-officer (--area =
its sub-district code), field-verifier (--area = its area codes), agency-officer (--agency).

The database is DATABASE_URL when set, else the embedded PGlite in DATA_DIR (default .data/).
The embedded database can be opened by one process at a time: stop npm start first.`;

function loadEnv(): NodeEnv {
  const parsed = NodeEnvSchema.safeParse(process.env);
  if (!parsed.success) throw new CliError(`Invalid environment:\n${describeEnvProblems(parsed.error)}`);
  return parsed.data;
}

/** The whole of stdin when it is piped, or null at a terminal (then nothing is read). */
async function readPipedStdin(): Promise<string | null> {
  if (process.stdin.isTTY) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  const text = Buffer.concat(chunks).toString("utf8");
  // An empty pipe (e.g. `< /dev/null`) means "no password given": generate one.
  return text.trim() === "" ? null : text;
}

/** Dispatches `satu-atap <group> <command>`; returns the process exit code. */
export async function run(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      version: { type: "string" },
      actor: { type: "string" },
      code: { type: "string" },
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      tenant: { type: "string" },
      area: { type: "string" },
      agency: { type: "string" },
      platform: { type: "boolean" },
      source: { type: "string" },
      year: { type: "string" },
      resume: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [group, command, ...rest] = positionals;
  if (values.help || !group) {
    console.log(usage);
    return values.help ? 0 : 1;
  }
  switch (`${group} ${command ?? ""}`) {
    case "db migrate":
      return runDbMigrate(loadEnv());
    case "db seed":
      return runDbSeed(loadEnv());
    case "config validate":
      return runConfigValidate(rest[0]);
    case "config export":
      return runConfigExport(loadEnv(), rest[0], values.version, values.actor);
    case "config import":
      return runConfigImport(loadEnv(), rest[0], rest[1], values.actor);
    case "tenant clone":
      return runTenantClone(loadEnv(), rest[0], rest[1], { name: values.name, code: values.code, version: values.version, actor: values.actor });
    case "user create":
      return runUserCreate(loadEnv(), values, readPipedStdin);
    case "user disable":
      return runUserDisable(loadEnv(), values);
    case "user set-role":
      return runUserSetRole(loadEnv(), values);
    case "reference import":
      return runReferenceImport(loadEnv(), rest[0], rest[1], { source: values.source, year: values.year, resume: values.resume, actor: values.actor });
    case "audit verify":
      return runAuditVerify(loadEnv(), rest[0], values.platform === true);
    default:
      throw new CliError(`Unknown command '${positionals.join(" ")}'.\n\n${usage}`);
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof CliError || (error instanceof Error && error.name === "SeedError")) {
      console.error(error.message);
    } else {
      console.error(error);
    }
    process.exit(error instanceof CliError ? error.exitCode : 1);
  },
);
