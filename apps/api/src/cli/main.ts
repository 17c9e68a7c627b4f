import { parseArgs } from "node:util";
import { describeEnvProblems, NodeEnvSchema, type NodeEnv } from "../env.ts";
import { runConfigExport, runConfigValidate } from "./config-commands.ts";
import { runDbMigrate, runDbSeed } from "./db-commands.ts";
import { CliError } from "./cli-error.ts";

const usage = `Satu Atap command line

Usage: npm run satu-atap -- <command> [options]

  db migrate                     apply pending migrations
  db seed                        create the template regencies of tenants/ that do not exist yet
  config validate <file|folder>  check a configuration; exit 1 listing every problem
  config export <tenant>         print a regency's configuration in force as JSON
       [--version N]             … or an exact published version

The database is DATABASE_URL when set, else the embedded PGlite in DATA_DIR (default .data/).
The embedded database can be opened by one process at a time: stop npm start first.`;

function loadEnv(): NodeEnv {
  const parsed = NodeEnvSchema.safeParse(process.env);
  if (!parsed.success) throw new CliError(`Invalid environment:\n${describeEnvProblems(parsed.error)}`);
  return parsed.data;
}

/** Dispatches `satu-atap <group> <command>`; returns the process exit code. */
export async function run(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { version: { type: "string" }, help: { type: "boolean", short: "h" } },
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
      return runConfigExport(loadEnv(), rest[0], values.version);
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
