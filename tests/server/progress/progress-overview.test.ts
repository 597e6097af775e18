import { describe, expect, it } from "vitest";
import type { CardState, ReviewRating } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/server/db";
import { getProgressOverview } from "@/lib/server/data/get-progress-overview";
import { updateDailyGoal } from "@/lib/server/data/update-daily-goal";
import { makeUser } from "../../helpers/factories";
import { makeText } from "../teach/fixtures";
import { parsed } from "../../helpers/parsed";
import { dailyGoalSchema } from "@/lib/validation/teach";
import { expectAppError } from "../../helpers/expect-app-error";

const NOW = new Date("2025-06-10T10:00:00Z"); // 12:00 in Berlin, study day 2025-06-10

function reviewLog(
  userId: string,
  cardId: string,
  reviewedAt: string,
  i: number,
  extra: Partial<{ rating: ReviewRating; stateBefore: CardState; scheduledDaysBefore: number }> = {},
): Prisma.ReviewLogCreateManyInput {
  return {
    userId,
    cardId,
    clientId: `c-${i}`,
    rating: extra.rating ?? "GOOD",
    reviewedAt: new Date(reviewedAt),
    stateBefore: extra.stateBefore ?? "REVIEW",
    dueBefore: new Date(reviewedAt),
    stabilityBefore: 30,
    difficultyBefore: 5,
    elapsedDaysBefore: 25,
    scheduledDaysBefore: extra.scheduledDaysBefore ?? 25,
    learningStepsBefore: 0,
    repsBefore: 3,
    lapsesBefore: 0,
    stateAfter: "REVIEW",
    dueAfter: new Date(reviewedAt),
    stabilityAfter: 40,
  };
}

describe("progress overview", () => {
  it("is empty but complete for a new learner", async () => {
    const learner = await makeUser("LEARNER", { timeZone: "Europe/Berlin" });
    const p = await getProgressOverview(learner, NOW);
    expect(p).toMatchObject({ today: "2025-06-10", knownWords: 0, dueToday: 0, hasAnyActivity: false });
    expect(p.streak).toEqual({ current: 0, longest: 0, isTodayDone: false });
    expect(p.heatmap).toHaveLength(182);
    expect(p.forecast).toHaveLength(30);
    expect(p.readingPerDay).toHaveLength(30);
    expect(p.goal.items.map((i) => i.kind)).toEqual(["reviews", "wordsRead"]);
  });

  it("computes the learner's own figures in their time zone, and nobody else's", async () => {
    const learner = await makeUser("LEARNER", { timeZone: "Europe/Berlin" });
    const stranger = await makeUser("LEARNER", { timeZone: "Europe/Berlin" });
    const text = await makeText(null, { isShared: true });
    const haus = text.lexemes["Haus|NOUN"]!;
    const gross = text.lexemes["groß|ADJ"]!;
    const card = await db.card.create({
      data: {
        userId: learner.id,
        lexemeId: haus,
        front: "das Haus",
        back: "house",
        contextText: "x",
        highlight: [],
        state: "REVIEW",
        due: new Date("2025-06-12T08:00:00Z"),
      },
    });
    await db.card.create({
      data: {
        userId: learner.id,
        lexemeId: gross,
        front: "groß",
        back: "big",
        contextText: "x",
        highlight: [],
        state: "REVIEW",
        due: new Date("2025-06-01T08:00:00Z"),
      },
    });
    await db.reviewLog.createMany({
      data: [
        reviewLog(learner.id, card.id, "2025-06-08T09:00:00Z", 1),
        reviewLog(learner.id, card.id, "2025-06-09T09:00:00Z", 2, { rating: "AGAIN" }),
        reviewLog(learner.id, card.id, "2025-06-10T01:30:00Z", 3), // 03:30 Berlin: still the 9th
        reviewLog(learner.id, card.id, "2025-06-10T08:00:00Z", 4),
      ],
    });
    await db.readingEvent.create({
      data: { userId: learner.id, textId: text.id, at: new Date("2025-06-10T07:00:00Z"), seconds: 600, wordsRead: 150 },
    });
    await db.wordStatus.create({ data: { userId: learner.id, lexemeId: haus, status: "KNOWN" } });
    await db.wordStatusEvent.create({
      data: {
        userId: learner.id,
        lexemeId: haus,
        fromStatus: "LEARNING_1",
        toStatus: "KNOWN",
        at: new Date("2025-06-05T10:00:00Z"),
      },
    });
    await db.readingProgress.create({
      data: { userId: learner.id, textId: text.id, maxSentence: 1, finishedAt: new Date("2025-06-10T07:10:00Z") },
    });
    // The stranger's activity must not show up anywhere.
    await db.wordStatus.create({ data: { userId: stranger.id, lexemeId: gross, status: "KNOWN" } });
    await db.readingEvent.create({
      data: {
        userId: stranger.id,
        textId: text.id,
        at: new Date("2025-06-10T07:00:00Z"),
        seconds: 999,
        wordsRead: 999,
      },
    });

    const p = await getProgressOverview(learner, NOW);
    expect(p.knownWords).toBe(1);
    expect(p.streak).toEqual({ current: 3, longest: 3, isTodayDone: true });
    expect(p.heatmap.slice(-3)).toEqual([
      { day: "2025-06-08", count: 1 },
      { day: "2025-06-09", count: 2 },
      { day: "2025-06-10", count: 1 },
    ]);
    expect(p.forecast[0]).toEqual({ day: "2025-06-10", count: 1 }); // overdue counts today
    expect(p.forecast[2]).toEqual({ day: "2025-06-12", count: 1 });
    // 8 June is a Sunday (ISO week 23); the "again" falls in week 24.
    expect(p.retention.map((w) => [w.week, w.mature.passed, w.mature.total])).toEqual([
      ["2025-W23", 1, 1],
      ["2025-W24", 2, 3],
    ]);
    expect(p.knownOverTime.at(-1)).toEqual({ day: "2025-06-10", known: 1 });
    expect(p.knownOverTime.find((k) => k.day === "2025-06-04")?.known).toBe(0);
    expect(p.readingPerDay.at(-1)).toEqual({ day: "2025-06-10", seconds: 600, wordsRead: 150, sessions: 1 });
    expect(p.textsFinished).toMatchObject({ count: 1, recent: [{ textId: text.id }] });
    expect(p.goal.items).toEqual([
      { kind: "reviews", target: 20, done: 1, ratio: 0.05, isMet: false },
      { kind: "wordsRead", target: 300, done: 150, ratio: 0.5, isMet: false },
    ]);
  });

  it("updates only the actor's own goal and validates it", async () => {
    const learner = await makeUser("LEARNER");
    const other = await makeUser("LEARNER");
    expect(
      await updateDailyGoal(learner, parsed(dailyGoalSchema, { dailyGoalReviews: "50", dailyGoalWords: 0 })),
    ).toEqual({
      dailyGoalReviews: 50,
      dailyGoalWords: 0,
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: other.id }, select: { dailyGoalReviews: true } })).toEqual({
      dailyGoalReviews: 20,
    });
    await expectAppError(
      () => updateDailyGoal(learner, parsed(dailyGoalSchema, { dailyGoalReviews: -1, dailyGoalWords: 10 })),
      "INVALID_INPUT",
    );
    const p = await getProgressOverview(learner, NOW);
    expect(p.goal.items.map((i) => i.kind)).toEqual(["reviews"]);
  });
});
