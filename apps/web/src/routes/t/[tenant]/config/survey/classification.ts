// The classification rule as steps: `{"if": [when1, "category1", when2, "category2", …, "otherwise"]}`
// is a list of (condition, category) checked from the top, plus the category when none holds.
// Any other rule shape is edited as one rule (JSON). Pure: unit-tested in classification.test.ts.

export interface Cascade {
  branches: Array<{ when: unknown; category: string }>;
  otherwise: string;
}

/** The steps of a classification rule, or null when it is not such a cascade. */
export function toCascade(rule: unknown): Cascade | null {
  if (typeof rule !== "object" || rule === null || Array.isArray(rule)) return null;
  const keys = Object.keys(rule);
  if (keys.length !== 1 || keys[0] !== "if") return null;
  const args = (rule as { if: unknown }).if;
  if (!Array.isArray(args) || args.length < 3 || args.length % 2 === 0) return null;
  const branches: Cascade["branches"] = [];
  for (let i = 0; i < args.length - 1; i += 2) {
    const category = args[i + 1];
    if (typeof category !== "string") return null;
    branches.push({ when: args[i], category });
  }
  const otherwise = args.at(-1);
  if (typeof otherwise !== "string") return null;
  return { branches, otherwise };
}

/** The rule of steps (the inverse of {@link toCascade}). */
export function fromCascade(cascade: Cascade): unknown {
  return { if: [...cascade.branches.flatMap((b) => [b.when, b.category]), cascade.otherwise] };
}
