// Issue 18: the Anki export lost all history (every card new, empty revlog), so moving to Anki meant starting over.
import { describe, expect, it } from "vitest";
import { unzipSync } from "fflate";
import initSqlJs, { type Database } from "sql.js";
import { answerReview } from "@/lib/server/data/answer-review";
import { exportCards } from "@/lib/server/data/export-cards";
import { db } from "@/lib/server/db";
import { makeUser } from "../../helpers/factories";
import { makeCard, newClientId } from "./factories";
import type { CardState, ReviewRating } from "@/generated/prisma/enums";

const ANKI_TYPE: Record<CardState, number> = { NEW: 0, LEARNING: 1, REVIEW: 2, RELEARNING: 3 };
const ANKI_EASE: Record<ReviewRating, number> = { AGAIN: 1, HARD: 2, GOOD: 3, EASY: 4 };

const DAY_MS = 86_400_000;

async function openCollection(apkg: Uint8Array): Promise<Database> {
  const SQL = await initSqlJs();
  const collection = unzipSync(apkg)["collection.anki2"];
  if (!collection) throw new Error("collection.anki2 missing");
  return new SQL.Database(collection);
}

function rows(database: Database, sql: string): Record<string, number | string>[] {
  const [result] = database.exec(sql);
  if (!result) return [];
  return result.values.map(
    (values) => Object.fromEntries(result.columns.map((c, i) => [c, values[i]])) as Record<string, number | string>,
  );
}

/** Cards in the order the export writes them (creation), with their front for matching. */
async function appCards(userId: string) {
  return db.card.findMany({
    where: { userId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      front: true,
      due: true,
      state: true,
      stability: true,
      difficulty: true,
      reps: true,
      lapses: true,
      scheduledDays: true,
      reviewLogs: { orderBy: { reviewedAt: "asc" }, select: { reviewedAt: true, rating: true, durationMs: true } },
    },
  });
}

describe("Anki export with history", () => {
  it("round-trips reviews made in the app: same reviews per card, due days and FSRS state", async () => {
    const actor = await makeUser("LEARNER", { dayStartHour: 4 });
    await db.user.update({ where: { id: actor.id }, data: { enableFuzz: false } });
    const created = new Date("2025-06-01T06:00:00Z");
    const reviewCard = await makeCard(actor, { front: "die Einladung", createdAt: created });
    const lapsedCard = await makeCard(actor, { front: "das Angebot", createdAt: new Date(created.getTime() + 1) });
    const learningCard = await makeCard(actor, { front: "annehmen", createdAt: new Date(created.getTime() + 2) });
    await makeCard(actor, { front: "die Straße", createdAt: new Date(created.getTime() + 3) });

    const answer = (cardId: string, rating: "again" | "hard" | "good" | "easy", at: string, durationMs = 4200) =>
      answerReview(actor, { cardId, clientId: newClientId(), rating, durationMs }, new Date(at));
    // Into review: good, good (graduates), then a day-interval review.
    await answer(reviewCard.id, "good", "2025-06-01T08:00:00Z");
    await answer(reviewCard.id, "good", "2025-06-01T08:01:30Z", 3100);
    await answer(reviewCard.id, "good", "2025-06-05T09:00:00Z", 95_000);
    // Into review, then forgotten: relearning.
    await answer(lapsedCard.id, "easy", "2025-06-01T08:02:00Z");
    await answer(lapsedCard.id, "again", "2025-06-20T08:00:00Z");
    // One step into learning.
    await answer(learningCard.id, "hard", "2025-06-20T08:05:00Z");

    const now = new Date("2025-06-20T09:00:00Z");
    const file = await exportCards(actor, "apkg", now);
    const cards = await appCards(actor.id);
    const database = await openCollection(file.body);
    try {
      const [col] = rows(database, "SELECT crt FROM col");
      const crt = Number(col?.crt);
      const exported = rows(
        database,
        `SELECT c.id, n.sfld, c.type, c.queue, c.due, c.ivl, c.factor, c.reps, c.lapses, c.left, c.data,
                (SELECT count(*) FROM revlog r WHERE r.cid = c.id) AS reviews
         FROM cards c JOIN notes n ON n.id = c.nid ORDER BY c.id`,
      );
      expect(exported.map((c) => c.sfld)).toEqual(cards.map((c) => c.front));

      for (const [i, card] of cards.entries()) {
        const row = exported[i]!;
        expect(row.reviews, card.front).toBe(card.reviewLogs.length);
        // Anki's card type is the FSRS state's number: 0 new, 1 learning, 2 review, 3 relearning.
        expect(row.type, card.front).toBe(ANKI_TYPE[card.state]);
        expect(row.reps, card.front).toBe(card.reps);
        expect(row.lapses, card.front).toBe(card.lapses);
        if (card.state === "NEW") {
          expect(row.queue).toBe(0);
          expect(row.data).toBe("");
          continue;
        }
        // Same due date: to the second for an intraday learning step, to the study day otherwise.
        if (row.queue === 1) {
          expect(Number(row.due)).toBe(Math.floor(card.due.getTime() / 1000));
        } else {
          const dayStart = (crt + Number(row.due) * 86_400) * 1000;
          expect(card.due.getTime()).toBeGreaterThanOrEqual(dayStart);
          expect(card.due.getTime()).toBeLessThan(dayStart + DAY_MS);
        }
        // Same FSRS state, to Anki's stored precision.
        const memory = JSON.parse(String(row.data)) as { s: number; d: number; dr: number };
        expect(memory.s).toBeCloseTo(card.stability, 4);
        expect(memory.d).toBeCloseTo(card.difficulty, 3);
        expect(memory.dr).toBe(0.9);

        const revlog = rows(
          database,
          `SELECT id, ease, ivl, lastIvl, factor, time, type FROM revlog WHERE cid = ${Number(row.id)} ORDER BY id`,
        );
        expect(revlog.map((r) => r.id)).toEqual(card.reviewLogs.map((l) => l.reviewedAt.getTime()));
        expect(revlog.map((r) => r.ease)).toEqual(card.reviewLogs.map((l) => ANKI_EASE[l.rating]));
        // Anki logs at most 60 s per answer.
        expect(revlog.map((r) => r.time)).toEqual(card.reviewLogs.map((l) => Math.min(60_000, l.durationMs ?? 0)));
        const last = revlog.at(-1)!;
        expect(last.factor).toBe(Math.round(((card.difficulty - 1) / 9 + 0.1) * 1000));
      }

      const [reviewRow, lapsedRow, learningRow] = exported;
      expect(reviewRow).toMatchObject({ type: 2, queue: 2 });
      expect(Number(reviewRow?.ivl)).toBe(cards[0]!.scheduledDays);
      expect(lapsedRow).toMatchObject({ type: 3, lapses: 1 });
      expect(learningRow).toMatchObject({ type: 1, queue: 1, ivl: 0 });
      // The first answer of a new card is a learning answer (type 0), the lapse a review answer (type 1).
      const lapsedLog = rows(
        database,
        `SELECT type, ivl, lastIvl FROM revlog WHERE cid = ${Number(lapsedRow?.id)} ORDER BY id`,
      );
      expect(lapsedLog.map((r) => r.type)).toEqual([0, 1]);
      expect(Number(lapsedLog[1]?.lastIvl)).toBeGreaterThan(0);
      expect(Number(lapsedLog[1]?.ivl)).toBeLessThan(0);
    } finally {
      database.close();
    }
  });

  it("exports every card as new with an empty review log when the learner asks for new cards", async () => {
    const actor = await makeUser();
    const card = await makeCard(actor, { front: "die Einladung" });
    await answerReview(
      actor,
      { cardId: card.id, clientId: newClientId(), rating: "easy" },
      new Date("2025-06-10T08:00:00Z"),
    );
    const file = await exportCards(actor, "apkg", new Date("2025-06-11T08:00:00Z"), { withHistory: false });
    expect(file.filename).toMatch(/-new\.apkg$/);
    const database = await openCollection(file.body);
    try {
      expect(rows(database, "SELECT type, queue, reps, data FROM cards")).toEqual([
        { type: 0, queue: 0, reps: 0, data: "" },
      ]);
      expect(rows(database, "SELECT count(*) AS n FROM revlog")).toEqual([{ n: 0 }]);
    } finally {
      database.close();
    }
  });

  it("writes the Anki CSV with Anki's header directives first, and only the actor's cards", async () => {
    const actor = await makeUser();
    const other = await makeUser();
    await makeCard(actor, { front: "die Straße", back: "street, road" });
    await makeCard(other, { front: "das Geheimnis", back: "secret" });
    const file = await exportCards(actor, "anki-csv", new Date("2025-06-10T08:00:00Z"));
    const lines = new TextDecoder().decode(file.body).split("\r\n");
    // Anki reads these directives instead of importing a header row as a note (the full list is in tests/core/export/csv.test.ts).
    expect(lines.slice(0, 3)).toEqual(["#separator:Comma", "#html:true", "#columns:German,English,Context,Tags,GUID"]);
    expect(lines[6]).toMatch(
      /^die Straße,"street, road","Wladimir Putin nimmt die Einladung an\.<div class=""translation"">Vladimir Putin accepts the invitation\.<\/div>",lesefluss,\S+$/,
    );
    expect(lines.filter((l) => l !== "")).toHaveLength(7);
  });
});
