import { describe, expect, it } from "vitest";
import {
  computeCollectionStart,
  toAnkiCard,
  toAnkiDay,
  toAnkiRevlog,
  toRevlogDifficulty,
} from "@/lib/core/export/anki-schedule";
import type { ExportSchedule } from "@/lib/core/export/export-note";
import type { SchedulingCard } from "@/lib/core/srs/scheduler";

const base: SchedulingCard = {
  due: new Date("2025-06-20T08:00:00Z"),
  stability: 9.123456,
  difficulty: 5.23456,
  elapsedDays: 0,
  scheduledDays: 9,
  learningSteps: 0,
  reps: 4,
  lapses: 1,
  state: "review",
  lastReview: new Date("2025-06-11T08:00:00Z"),
};
const crt = computeCollectionStart(new Date("2025-06-10T02:00:00Z"), 4);

describe("computeCollectionStart", () => {
  it("is the study day's start on or before the moment", () => {
    expect(new Date(crt * 1000).toISOString()).toBe("2025-06-09T04:00:00.000Z");
    expect(computeCollectionStart(new Date("2025-06-10T04:00:00Z"), 4)).toBe(crt + 86_400);
  });
});

describe("toAnkiCard", () => {
  it("writes a review card's due day, interval and FSRS memory state", () => {
    const card = toAnkiCard({ card: base, reviews: [], desiredRetention: 0.9 }, crt, 7);
    expect(card).toMatchObject({ type: 2, queue: 2, due: 11, ivl: 9, factor: 2500, reps: 4, lapses: 1, left: 0 });
    expect(toAnkiDay(base.due, crt)).toBe(11);
    expect(JSON.parse(card.data)).toEqual({ s: 9.1235, d: 5.235, dr: 0.9, lrt: 1749628800 });
  });

  it("puts a short learning step in the intraday queue, due to the second", () => {
    const learning: SchedulingCard = {
      ...base,
      state: "learning",
      scheduledDays: 0,
      lastReview: new Date("2025-06-20T07:50:00Z"),
    };
    const card = toAnkiCard({ card: learning, reviews: [], remainingSteps: 1 }, crt, 7);
    expect(card).toMatchObject({ type: 1, queue: 1, due: base.due.getTime() / 1000, ivl: 0, left: 1 });
  });

  it("puts a learning step of a day or more in the interday queue, due on a day", () => {
    const relearning: SchedulingCard = { ...base, state: "relearning", lastReview: new Date("2025-06-18T08:00:00Z") };
    expect(toAnkiCard({ card: relearning, reviews: [] }, crt, 7)).toMatchObject({ type: 3, queue: 3, due: 11, ivl: 9 });
  });

  it("writes a new card at its queue position without memory state", () => {
    expect(toAnkiCard({ card: { ...base, state: "new" }, reviews: [] }, crt, 7)).toEqual({
      type: 0,
      queue: 0,
      due: 7,
      ivl: 0,
      factor: 0,
      reps: 0,
      lapses: 0,
      left: 0,
      data: "",
    });
  });
});

describe("toAnkiRevlog", () => {
  const schedule: ExportSchedule = {
    card: base,
    reviews: [
      {
        reviewedAt: new Date("2025-06-10T08:00:00Z"),
        rating: "good",
        durationMs: 4200,
        stateBefore: "new",
        scheduledDaysBefore: 0,
        difficultyBefore: 0,
        lastReviewBefore: null,
        dueBefore: new Date("2025-06-10T06:00:00Z"),
        stateAfter: "learning",
        dueAfter: new Date("2025-06-10T08:10:00Z"),
      },
      {
        reviewedAt: new Date("2025-06-11T08:00:00Z"),
        rating: "easy",
        durationMs: 120_000,
        stateBefore: "learning",
        scheduledDaysBefore: 0,
        difficultyBefore: 4,
        lastReviewBefore: new Date("2025-06-10T08:00:00Z"),
        dueBefore: new Date("2025-06-10T08:10:00Z"),
        stateAfter: "review",
        dueAfter: new Date("2025-06-20T08:00:00Z"),
      },
    ],
  };

  it("writes one row per answer: id = answer time, ease, intervals (days, or negative seconds), type", () => {
    expect(toAnkiRevlog(schedule)).toEqual([
      { id: Date.parse("2025-06-10T08:00:00Z"), ease: 3, ivl: -600, lastIvl: 0, factor: 433, time: 4200, type: 0 },
      // The last answer logs the card's difficulty now; time is capped at Anki's 60 s.
      { id: Date.parse("2025-06-11T08:00:00Z"), ease: 4, ivl: 9, lastIvl: -600, factor: 571, time: 60_000, type: 0 },
    ]);
  });

  it("shifts difficulty 1–10 to Anki's 100–1100", () => {
    expect([toRevlogDifficulty(1), toRevlogDifficulty(10)]).toEqual([100, 1100]);
  });
});
