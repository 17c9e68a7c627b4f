import type { NodeEnv } from "../env.ts";
import { describeDatabase, openNodeDatabase } from "../node-database.ts";
import { tenantsDir } from "../paths.ts";
import { seedMissingTemplates } from "../services/seed.ts";

/** `db migrate`: opening the database applies pending migrations. */
export async function runDbMigrate(env: NodeEnv): Promise<number> {
  const handle = await openNodeDatabase(env);
  await handle.close();
  console.log(`Migrations applied to ${describeDatabase(env)}.`);
  return 0;
}

/** `db seed`: creates the template regencies that are missing. */
export async function runDbSeed(env: NodeEnv): Promise<number> {
  const handle = await openNodeDatabase(env);
  try {
    const seeded = await seedMissingTemplates({ ctx: { db: handle.db }, input: { tenantsDir } });
    console.log(seeded.length ? `Seeded: ${seeded.join(", ")}` : "Nothing to seed: every template regency exists.");
    return 0;
  } finally {
    await handle.close();
  }
}
