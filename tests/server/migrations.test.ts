import { describe, expect, it } from "vitest";
import pg from "pg";
import { findPendingMigrations, listMigrationNames, ensureMigrated } from "@/lib/server/migrations";
import { createEmptyDatabase, testEngine } from "../helpers/test-database";

describe(`migrations on ${testEngine()}`, () => {
  it("migrates an empty database, records every migration, and then has nothing pending", async () => {
    const database = await createEmptyDatabase();
    try {
      expect(await findPendingMigrations(database.url)).toEqual(listMigrationNames());
      expect(await ensureMigrated(database.url)).toEqual(listMigrationNames());
      expect(await findPendingMigrations(database.url)).toEqual([]);
      // A restart with nothing pending applies (and runs) nothing.
      expect(await ensureMigrated(database.url)).toEqual([]);

      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      const tables = await client.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
      );
      await client.end();
      const names = tables.rows.map((r) => r.table_name);
      for (const table of [
        "User",
        "Text",
        "Sentence",
        "Lexeme",
        "Occurrence",
        "WordStatus",
        "Card",
        "ReviewLog",
        "ReadingProgress",
        "Class",
        "Enrollment",
        "Assignment",
      ]) {
        expect(names).toContain(table);
      }
    } finally {
      await database.drop();
    }
  }, 120_000);
});
