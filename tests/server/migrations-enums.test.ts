// Issue 11: word status, card state and review rating were bare Int codes; the migration that makes them enums
// must convert the rows already stored, on PGlite and on PostgreSQL alike.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import pg from "pg";
import { listMigrationNames } from "@/lib/server/migrations";
import { createEmptyDatabase, testEngine } from "../helpers/test-database";

const ENUM_MIGRATION = "20261202070000_status_state_rating_enums";
const sqlOf = (name: string) => fs.readFileSync(path.join("prisma", "migrations", name, "migration.sql"), "utf8");

describe(`the enum migration on ${testEngine()}`, () => {
  it("converts every stored status, state and rating code and keeps the card's default", async () => {
    const names = listMigrationNames();
    const at = names.indexOf(ENUM_MIGRATION);
    expect(at).toBeGreaterThan(0);
    const database = await createEmptyDatabase();
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      for (const name of names.slice(0, at)) await client.query(sqlOf(name));
      await client.query(`
        INSERT INTO "User" ("id", "email", "name", "passwordHash") VALUES ('u1', 'a@example.test', 'A', 'x');
        INSERT INTO "Lexeme" ("id", "lemma", "pos") VALUES
          ('l0', 'a', 'NOUN'), ('l1', 'b', 'NOUN'), ('l2', 'c', 'NOUN'), ('l3', 'd', 'NOUN'),
          ('l4', 'e', 'NOUN'), ('l5', 'f', 'NOUN'), ('l6', 'g', 'NOUN');
        INSERT INTO "WordStatus" ("userId", "lexemeId", "status", "updatedAt") VALUES
          ('u1', 'l0', 0, now()), ('u1', 'l1', 1, now()), ('u1', 'l2', 2, now()), ('u1', 'l3', 3, now()),
          ('u1', 'l4', 4, now()), ('u1', 'l5', 5, now()), ('u1', 'l6', 6, now());
        INSERT INTO "WordStatusEvent" ("id", "userId", "lexemeId", "fromStatus", "toStatus") VALUES
          ('e1', 'u1', 'l5', 0, 5), ('e2', 'u1', 'l6', 4, 6);
        INSERT INTO "Card" ("id", "userId", "lexemeId", "front", "back", "contextText", "highlight", "due", "state") VALUES
          ('c0', 'u1', 'l0', 'a', 'a', 'a', '[]', now(), 0), ('c1', 'u1', 'l1', 'b', 'b', 'b', '[]', now(), 1),
          ('c2', 'u1', 'l2', 'c', 'c', 'c', '[]', now(), 2), ('c3', 'u1', 'l3', 'd', 'd', 'd', '[]', now(), 3);
        INSERT INTO "ReviewLog" ("id", "userId", "cardId", "clientId", "rating", "reviewedAt", "stateBefore", "dueBefore",
          "stabilityBefore", "difficultyBefore", "elapsedDaysBefore", "scheduledDaysBefore", "learningStepsBefore",
          "repsBefore", "lapsesBefore", "stateAfter", "dueAfter", "stabilityAfter") VALUES
          ('r1', 'u1', 'c2', 'k1', 1, now(), 2, now(), 5, 5, 1, 1, 0, 3, 0, 3, now(), 1),
          ('r2', 'u1', 'c2', 'k2', 2, now(), 3, now(), 1, 5, 0, 0, 0, 4, 1, 2, now(), 2),
          ('r3', 'u1', 'c1', 'k3', 3, now(), 0, now(), 0, 0, 0, 0, 0, 0, 0, 1, now(), 1),
          ('r4', 'u1', 'c1', 'k4', 4, now(), 1, now(), 1, 5, 0, 0, 1, 1, 0, 2, now(), 9);
      `);

      await client.query(sqlOf(ENUM_MIGRATION));

      const statuses = await client.query<{ lexemeId: string; status: string }>(
        `SELECT "lexemeId", "status"::text AS "status" FROM "WordStatus" ORDER BY "lexemeId"`,
      );
      expect(statuses.rows.map((r) => r.status)).toEqual([
        "NEW",
        "LEARNING_1",
        "LEARNING_2",
        "LEARNING_3",
        "LEARNING_4",
        "KNOWN",
        "IGNORED",
      ]);
      const events = await client.query(
        `SELECT "fromStatus"::text AS "from", "toStatus"::text AS "to" FROM "WordStatusEvent" ORDER BY "id"`,
      );
      expect(events.rows).toEqual([
        { from: "NEW", to: "KNOWN" },
        { from: "LEARNING_4", to: "IGNORED" },
      ]);
      const cards = await client.query(`SELECT "state"::text AS "state" FROM "Card" ORDER BY "id"`);
      expect(cards.rows.map((r: { state: string }) => r.state)).toEqual(["NEW", "LEARNING", "REVIEW", "RELEARNING"]);
      const logs = await client.query(
        `SELECT "rating"::text AS "rating", "stateBefore"::text AS "before", "stateAfter"::text AS "after"
         FROM "ReviewLog" ORDER BY "id"`,
      );
      expect(logs.rows).toEqual([
        { rating: "AGAIN", before: "REVIEW", after: "RELEARNING" },
        { rating: "HARD", before: "RELEARNING", after: "REVIEW" },
        { rating: "GOOD", before: "NEW", after: "LEARNING" },
        { rating: "EASY", before: "LEARNING", after: "REVIEW" },
      ]);
      // A card inserted without a state still starts new, and the status index still serves its query.
      await client.query(
        `INSERT INTO "Card" ("id", "userId", "lexemeId", "front", "back", "contextText", "highlight", "due")
         VALUES ('c4', 'u1', 'l4', 'e', 'e', 'e', '[]', now())`,
      );
      const fresh = await client.query(`SELECT "state"::text AS "state" FROM "Card" WHERE "id" = 'c4'`);
      expect(fresh.rows[0]).toEqual({ state: "NEW" });
      const known = await client.query(
        `SELECT count(*)::int AS n FROM "WordStatus" WHERE "userId" = 'u1' AND "status" = 'KNOWN'`,
      );
      expect(known.rows[0]).toEqual({ n: 1 });
    } finally {
      await client.end();
      await database.drop();
    }
  }, 120_000);
});
