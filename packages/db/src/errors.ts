/** SQLSTATE of a unique violation. */
const UNIQUE_VIOLATION = "23505";

/**
 * The name of the unique constraint a failed statement violated, or undefined for any
 * other error. Works for every driver: pg, Neon and PGlite all raise an error with
 * `code` and `constraint`, which drizzle wraps (`DrizzleQueryError`, the original as `cause`).
 *
 * @example
 * try { await createTenant(tx, input) } catch (error) {
 *   if (violatedUniqueConstraint(error) === "tenants_slug_unique") throw slugTaken(input.slug);
 *   throw error;
 * }
 */
export function violatedUniqueConstraint(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current instanceof Object && depth < 8; current = Reflect.get(current, "cause"), depth++) {
    if (Reflect.get(current, "code") === UNIQUE_VIOLATION) {
      const constraint: unknown = Reflect.get(current, "constraint");
      return typeof constraint === "string" ? constraint : undefined;
    }
  }
  return undefined;
}
