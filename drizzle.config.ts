import { defineConfig } from "drizzle-kit";

// Only `drizzle-kit generate` is used: migrations are applied by scripts/prepare-db.ts
// through the same code path for PGlite and PostgreSQL.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema.ts",
  out: "./db/migrations",
});
