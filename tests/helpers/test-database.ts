// Throwaway databases for server tests: an in-memory PGlite served on
// loopback (default), or a fresh database on the PostgreSQL named by
// LESEFLUSS_TEST_ADMIN_URL when LESEFLUSS_TEST_DB=postgres.
import crypto from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/server/embedded-postgres";
import { ensureMigrated } from "@/lib/server/migrations";

export type TestEngine = "pglite" | "postgres";

export interface TestDatabase {
  engine: TestEngine;
  url: string;
  drop(): Promise<void>;
}

export function testEngine(): TestEngine {
  return process.env.LESEFLUSS_TEST_DB === "postgres" ? "postgres" : "pglite";
}

/** A new, empty database (no migrations applied). */
export async function createEmptyDatabase(engine = testEngine()): Promise<TestDatabase> {
  if (engine === "pglite") {
    const embedded = await startEmbeddedPostgres("memory://");
    return { engine, url: embedded.url, drop: () => embedded.stop() };
  }
  const adminUrl = process.env.LESEFLUSS_TEST_ADMIN_URL;
  if (!adminUrl)
    throw new Error("LESEFLUSS_TEST_ADMIN_URL must name a PostgreSQL database for LESEFLUSS_TEST_DB=postgres");
  const name = `lesefluss_test_${crypto.randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    engine,
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

/** A new database with every migration applied. */
export async function createMigratedDatabase(engine = testEngine()): Promise<TestDatabase> {
  const database = await createEmptyDatabase(engine);
  await ensureMigrated(database.url);
  return database;
}
