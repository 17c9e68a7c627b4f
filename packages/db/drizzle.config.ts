import { defineConfig } from "drizzle-kit";

// Migrations are generated (`npm run generate`) and committed; never `push`.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/schema/index.ts",
  out: "./drizzle",
  strict: true,
  verbose: true,
});
