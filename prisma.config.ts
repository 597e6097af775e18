// Prisma CLI configuration: the JS schema engine talks to the database through
// the same pg driver adapter as the app, so no native engine is ever needed.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { createMigrationAdapter } from "./lib/server/migration-adapter";

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    return createMigrationAdapter(process.env.DATABASE_URL);
  },
});
