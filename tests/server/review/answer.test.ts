import { describe, expect, it } from "vitest";
import {
  fsrs,
  generatorParameters,
  Rating as FsrsRating,
  State as FsrsState,
  createEmptyCard,
  type Card as FsrsCard,
  type Grade,
} from "ts-fsrs";
import { answerReview } from "@/lib/server/data/answer-review";
import { undoLastReview } from "@/lib/server/data/undo-last-review";
import { getReviewSession } from "@/lib/server/data/get-review-session";
import { db } from "@/lib/server/db";
import { cardFsrsSelect } from "@/lib/server/mappers/card";
import { makeUser } from "../../helpers/factories";
import { makeCard, newClientId } from "./factories";
import { expectAppError } from "../../helpers/expect-app-error";
import { parsed } from "../../helpers/parsed";
import { answerReviewSchema } from "@/lib/validation/review";
import { toWordStatusCode } from "@/lib/server/mappers/word-status";

async function makeLearner(overrides: { timeZone?: string; dayStartHour?: number; newCardsPerDay?: number } = {}) {
  const user = await makeUser("LEARNER", overrides);
  // Fuzz off so the schedule is deterministic (as ts-fsrs' own tests do).
  await db.user.update({ where: { id: user.id }, data: { enableFuzz: false } });
  return user;
}

// The scheduler's columns plus the leech flag: what an answer or an undo changes.
const fsrsCardColumns = { ...cardFsrsSelect, isLeech: true } as const;

describe("answerReview schedules like ts-fsrs", () => {
  it("matches ts-fsrs (fuzz off, same parameters) over a sequence of answers", async () => {
    const actor = await makeLearner();
    const created = new Date("2025-06-10T06:00:00Z");
    const card = await makeCard(actor, { createdAt: created });
    const oracle = fsrs(
      generatorParameters({
        request_retention: 0.9,
        maximum_interval: 36500,
        enable_fuzz: false,
        enable_short_term: true,
        learning_steps: ["1m", "10m"],
        relearning_steps: ["10m"],
      }),
    );
    let expected: FsrsCard = createEmptyCard(created);
    const sequence: [Grade, "again" | "hard" | "good" | "easy"][] = [
      [FsrsRating.Good, "good"],
      [FsrsRating.Good, "good"],
      [FsrsRating.Good, "good"],
      [FsrsRating.Again, "again"],
      [FsrsRating.Hard, "hard"],
      [FsrsRating.Good, "good"],
      [FsrsRating.Easy, "easy"],
    ];
    let now = new Date("2025-06-10T08:00:00Z");
    for (const [grade, rating] of sequence) {
      expected = oracle.next(expected, now, grade).card;
      await answerReview(actor, { cardId: card.id, clientId: newClientId(), rating }, now);
      const row = await db.card.findUniqueOrThrow({ where: { id: card.id }, select: fsrsCardColumns });
      expect(row.due.getTime()).toBe(expected.due.getTime());
      expect(row.stability).toBeCloseTo(expected.stability, 10);
      expect(row.difficulty).toBeCloseTo(expected.difficulty, 10);
      // Stored as the CardState enum: ts-fsrs's State by name ("Learning" → LEARNING).
      expect(row.state).toBe(FsrsState[expected.state].toUpperCase());
      expect(row.reps).toBe(expected.reps);
      expect(row.lapses).toBe(expected.lapses);
      expect(row.scheduledDays).toBe(expected.scheduled_days);
      expect(row.learningSteps).toBe(expected.learning_steps);
      expect(row.lastReview?.getTime()).toBe(now.getTime());
      // Answer the next one when it is due (plus a little, as a learner would).
      now = new Date(expected.due.getTime() + 5 * 60_000);
    }
    expect(await db.reviewLog.count({ where: { cardId: card.id } })).toBe(sequence.length);
  });

  it("shows on each button the interval that answering gives", async () => {
    const actor = await makeLearner();
    const card = await makeCard(actor);
    const now = new Date("2025-06-10T08:00:00Z");
    const session = await getReviewSession(actor, now);
    expect(session.current?.id).toBe(card.id);
    expect(session.current?.intervals.again.label).toBe("1m");
    expect(session.current?.intervals.good.label).toBe("10m");
    const answer = await answerReview(actor, { cardId: card.id, clientId: newClientId(), rating: "easy" }, now);
    expect(answer.due.toISOString()).toBe(session.current?.intervals.easy.due);
    expect(answer.intervalLabel).toBe(session.current?.intervals.easy.label);
  });

  it("writes the state before the answer into the review log, in the same transaction as the card", async () => {
    const actor = await makeLearner();
    const card = await makeCard(actor);
    const now = new Date("2025-06-10T08:00:00Z");
    const clientId = newClientId();
    await answerReview(actor, { cardId: card.id, clientId, rating: "good", durationMs: 4200 }, now);
    const log = await db.reviewLog.findUniqueOrThrow({ where: { userId_clientId: { userId: actor.id, clientId } } });
    expect(log).toMatchObject({
      cardId: card.id,
      rating: "GOOD",
      durationMs: 4200,
      stateBefore: "NEW",
      repsBefore: 0,
      stabilityBefore: 0,
      stateAfter: "LEARNING",
    });
    expect(log.dueBefore.getTime()).toBe(card.due.getTime());
    expect(log.reviewedAt.getTime()).toBe(now.getTime());
  });

  it("rejects a bad rating and a malformed client id without writing anything", async () => {
    const actor = await makeLearner();
    const card = await makeCard(actor);
    await expectAppError(
      () =>
        answerReview(
          actor,
          parsed(answerReviewSchema, { cardId: card.id, clientId: newClientId(), rating: "great" as "good" }),
        ),
      "INVALID_INPUT",
    );
    await expectAppError(
      () =>
        answerReview(actor, parsed(answerReviewSchema, { cardId: card.id, clientId: "not-a-uuid", rating: "good" })),
      "INVALID_INPUT",
    );
    expect(await db.reviewLog.count({ where: { userId: actor.id } })).toBe(0);
  });
});

describe("idempotent answers", () => {
  it("applies a double-submitted answer (same clientId) once", async () => {
    const actor = await makeLearner();
    const card = await makeCard(actor);
    const now = new Date("2025-06-10T08:00:00Z");
    const clientId = newClientId();
    const first = await answerReview(actor, { cardId: card.id, clientId, rating: "good" }, now);
    const afterFirst = await db.card.findUniqueOrThrow({ where: { id: card.id }, select: fsrsCardColumns });
    const second = await answerReview(
      actor,
      { cardId: card.id, clientId, rating: "good" },
      new Date(now.getTime() + 1000),
    );
    expect(first.status).toBe("applied");
    expect(second.status).toBe("duplicate");
    expect(second.due.getTime()).toBe(first.due.getTime());
    expect(await db.card.findUniqueOrThrow({ where: { id: card.id }, select: fsrsCardColumns })).toEqual(afterFirst);
    expect(await db.reviewLog.count({ where: { cardId: card.id } })).toBe(1);
  });

  // Regression: pglite-socket 0.2 interleaved the extended-protocol messages of
  // concurrent connections ('portal "" does not exist'); lib/server/embedded-postgres.ts
  // keeps each batch together, so this runs on both engines.
  it("applies concurrent submissions of the same answer once", async () => {
    const actor = await makeLearner();
    const card = await makeCard(actor);
    const now = new Date("2025-06-10T08:00:00Z");
    const clientId = newClientId();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => answerReview(actor, { cardId: card.id, clientId, rating: "easy" }, now)),
    );
    expect(results.filter((r) => r.status === "applied")).toHaveLength(1);
    expect(await db.reviewLog.count({ where: { cardId: card.id } })).toBe(1);
    const row = await db.card.findUniqueOrThrow({ where: { id: card.id }, select: { reps: true } });
    expect(row.reps).toBe(1);
  });

  it("refuses to reuse an answer id for another card", async () => {
    const actor = await makeLearner();
    const [a, b] = [await makeCard(actor), await makeCard(actor)];
    const clientId = newClientId();
    await answerReview(actor, { cardId: a.id, clientId, rating: "good" });
    await expectAppError(answerReview(actor, { cardId: b.id, clientId, rating: "good" }), "CONFLICT");
  });
});

describe("undo", () => {
  it("restores the card, the log and the word status exactly", async () => {
    const actor = await makeLearner();
    const card = await makeCard(actor);
    let now = new Date("2025-06-10T08:00:00Z");
    // Bring the card into review state first so the undone answer is a lapse.
    for (const rating of ["good", "good"] as const) {
      const answer = await answerReview(actor, { cardId: card.id, clientId: newClientId(), rating }, now);
      now = new Date(answer.due.getTime() + 60_000);
    }
    const before = await db.card.findUniqueOrThrow({ where: { id: card.id }, select: fsrsCardColumns });
    const statusBefore = await db.wordStatus.findUniqueOrThrow({
      where: { userId_lexemeId: { userId: actor.id, lexemeId: card.lexemeId } },
      select: { status: true, isManual: true },
    });
    const eventsBefore = await db.wordStatusEvent.count({ where: { userId: actor.id } });
    expect(before.state).toBe("REVIEW");

    const clientId = newClientId();
    await answerReview(actor, { cardId: card.id, clientId, rating: "again" }, now);
    const lapsed = await db.card.findUniqueOrThrow({ where: { id: card.id }, select: fsrsCardColumns });
    expect(lapsed.lapses).toBe(1);

    expect(await undoLastReview(actor, { clientId })).toEqual({ status: "undone", cardId: card.id });
    expect(await db.card.findUniqueOrThrow({ where: { id: card.id }, select: fsrsCardColumns })).toEqual(before);
    expect(await db.reviewLog.count({ where: { cardId: card.id } })).toBe(2);
    expect(
      await db.wordStatus.findUniqueOrThrow({
        where: { userId_lexemeId: { userId: actor.id, lexemeId: card.lexemeId } },
        select: { status: true, isManual: true },
      }),
    ).toEqual(statusBefore);
    expect(await db.wordStatusEvent.count({ where: { userId: actor.id } })).toBe(eventsBefore);

    // Undoing the same answer again (double click) changes nothing.
    expect(await undoLastReview(actor, { clientId })).toEqual({ status: "already-undone", cardId: null });
    expect(await db.card.findUniqueOrThrow({ where: { id: card.id }, select: fsrsCardColumns })).toEqual(before);
  });

  it("restores a new card to new, so it is offered again", async () => {
    const actor = await makeLearner();
    const card = await makeCard(actor);
    const now = new Date("2025-06-10T08:00:00Z");
    const clientId = newClientId();
    await answerReview(actor, { cardId: card.id, clientId, rating: "easy" }, now);
    expect((await getReviewSession(actor, now)).current).toBeNull();
    await undoLastReview(actor, { clientId });
    const session = await getReviewSession(actor, now);
    expect(session.current?.id).toBe(card.id);
    expect(session.current?.kind).toBe("new");
    expect(session.answeredToday).toBe(0);
  });

  it("only undoes the most recent answer", async () => {
    const actor = await makeLearner();
    const [a, b] = [await makeCard(actor), await makeCard(actor)];
    const first = newClientId();
    await answerReview(actor, { cardId: a.id, clientId: first, rating: "good" }, new Date("2025-06-10T08:00:00Z"));
    await answerReview(
      actor,
      { cardId: b.id, clientId: newClientId(), rating: "good" },
      new Date("2025-06-10T08:01:00Z"),
    );
    await expectAppError(undoLastReview(actor, { clientId: first }), "CONFLICT");
  });
});

describe("word status follows memory", () => {
  it("raises the word's status with reviews and counts it known once stability passes 21 days", async () => {
    const actor = await makeLearner();
    const card = await makeCard(actor);
    const statusOf = async () =>
      (await db.wordStatus.findUnique({ where: { userId_lexemeId: { userId: actor.id, lexemeId: card.lexemeId } } }))
        ?.status;
    let now = new Date("2025-06-10T08:00:00Z");
    const seen: number[] = [];
    for (let i = 0; i < 8; i++) {
      const answer = await answerReview(
        actor,
        { cardId: card.id, clientId: newClientId(), rating: i === 0 ? "good" : "easy" },
        now,
      );
      const stored = await statusOf();
      seen.push(stored ? toWordStatusCode(stored) : 0);
      now = new Date(answer.due.getTime() + 60_000);
    }
    const row = await db.card.findUniqueOrThrow({ where: { id: card.id }, select: { stability: true } });
    expect(row.stability).toBeGreaterThan(21);
    expect(seen[0]).toBeGreaterThanOrEqual(1);
    expect(seen.at(-1)).toBe(5);
    // Never lowered on the way up.
    expect([...seen].sort((x, y) => x - y)).toEqual(seen);
  });

  it("never lowers a status the learner set by hand", async () => {
    const actor = await makeLearner();
    const card = await makeCard(actor);
    await db.wordStatus.create({
      data: { userId: actor.id, lexemeId: card.lexemeId, status: "LEARNING_4", isManual: true },
    });
    await answerReview(
      actor,
      { cardId: card.id, clientId: newClientId(), rating: "again" },
      new Date("2025-06-10T08:00:00Z"),
    );
    const status = await db.wordStatus.findUniqueOrThrow({
      where: { userId_lexemeId: { userId: actor.id, lexemeId: card.lexemeId } },
    });
    expect(status).toMatchObject({ status: "LEARNING_4", isManual: true });
  });

  it("flags a card as a leech after many lapses", async () => {
    const actor = await makeLearner();
    const card = await makeCard(actor, {
      state: "REVIEW",
      stability: 3,
      difficulty: 8,
      reps: 20,
      lapses: 7,
      due: new Date("2025-06-10T06:00:00Z"),
      lastReview: new Date("2025-06-07T06:00:00Z"),
    });
    await answerReview(
      actor,
      { cardId: card.id, clientId: newClientId(), rating: "again" },
      new Date("2025-06-10T08:00:00Z"),
    );
    const row = await db.card.findUniqueOrThrow({ where: { id: card.id }, select: { isLeech: true, lapses: true } });
    expect(row).toEqual({ isLeech: true, lapses: 8 });
  });
});
