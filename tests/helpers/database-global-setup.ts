// Vitest global setup for tests/server: one migrated throwaway database per run.
import type { TestProject } from "vitest/node";
import { createMigratedDatabase } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseEngine: string;
  }
}

export default async function setup(project: TestProject) {
  const started = Date.now();
  const database = await createMigratedDatabase();
  console.log(`[tests] ${database.engine} test database migrated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide("databaseUrl", database.url);
  project.provide("databaseEngine", database.engine);
  return async () => {
    await database.drop();
  };
}
