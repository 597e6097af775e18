import { describe, expect, it } from "vitest";
import { getReviewSettings } from "@/lib/server/data/get-review-settings";
import { updateReviewSettings } from "@/lib/server/data/update-review-settings";
import { requestOptimization } from "@/lib/server/data/request-optimization";
import { runOptimizerJobs } from "@/lib/server/jobs/run-optimizer-jobs";
import { getOptimizerJob } from "@/lib/server/data/get-optimizer-job";
import { getReviewSession } from "@/lib/server/data/get-review-session";
import { db } from "@/lib/server/db";
import { defaultWeights } from "@/lib/core/srs/scheduler";
import { makeUser } from "../../helpers/factories";
import { makeCard, newClientId } from "./factories";
import { createRandom } from "../../helpers/seeded-random";
import { expectAppError } from "../../helpers/expect-app-error";
import { parsed } from "../../helpers/parsed";
import { reviewSettingsSchema } from "@/lib/validation/review";
import type { ReviewRating } from "@/generated/prisma/enums";

const valid = {
  desiredRetention: 0.85,
  newCardsPerDay: 7,
  maxReviewsPerDay: 150,
  learningSteps: "2m, 15m",
  enableFuzz: false,
  timeZone: "Europe/Berlin",
  dayStartHour: 5,
};

describe("review settings", () => {
  it("saves and reads back the settings", async () => {
    const actor = await makeUser();
    await updateReviewSettings(actor, parsed(reviewSettingsSchema, valid));
    expect(await getReviewSettings(actor)).toMatchObject({
      ...valid,
      learningSteps: "2m 15m",
      hasOptimizedWeights: false,
    });
  });

  it.each([
    [{ desiredRetention: 0.5 }, "desiredRetention"],
    [{ desiredRetention: 0.99 }, "desiredRetention"],
    [{ newCardsPerDay: -1 }, "newCardsPerDay"],
    [{ learningSteps: "1x" }, "learningSteps"],
    [{ timeZone: "Mars/Olympus" }, "timeZone"],
    [{ dayStartHour: 24 }, "dayStartHour"],
  ])("rejects %j", async (patch, field) => {
    const actor = await makeUser();
    const error = await expectAppError(
      () => updateReviewSettings(actor, parsed(reviewSettingsSchema, { ...valid, ...patch })),
      "INVALID_INPUT",
    );
    expect(Object.keys(error.fieldErrors ?? {})).toContain(field);
  });
});

/**
 * Writes a synthetic review history straight into ReviewLog: a learner whose
 * memory grows faster than FSRS-6's defaults assume (first "good" ≈ 5 days).
 */
async function seedHistory(actor: { id: string; role: "LEARNER" | "TEACHER" }, cards: number, reviewsPerCard: number) {
  const random = createRandom(424242);
  const base = Date.UTC(2024, 0, 1, 9);
  const rows = [];
  for (let c = 0; c < cards; c++) {
    const card = await makeCard(actor, { createdAt: new Date(base) });
    let day = Math.floor(random() * 30);
    let stability = 5;
    for (let r = 0; r < reviewsPerCard; r++) {
      let rating: ReviewRating = "GOOD";
      if (r > 0) {
        const interval = Math.max(1, Math.round(stability * (0.6 + random() * 0.9)));
        day += interval;
        const recall = Math.pow(1 + (19 / 81) * (interval / stability), -0.5);
        if (random() < recall) {
          rating = random() < 0.85 ? "GOOD" : "EASY";
          stability *= rating === "EASY" ? 4 : 2.6;
        } else {
          rating = "AGAIN";
          stability = Math.max(0.3, stability * 0.2);
        }
      }
      const at = new Date(base + day * 86_400_000);
      rows.push({
        userId: actor.id,
        cardId: card.id,
        clientId: newClientId(),
        rating,
        reviewedAt: at,
        stateBefore: r === 0 ? ("NEW" as const) : ("REVIEW" as const),
        dueBefore: at,
        stabilityBefore: 0,
        difficultyBefore: 0,
        elapsedDaysBefore: 0,
        scheduledDaysBefore: 0,
        learningStepsBefore: 0,
        repsBefore: r,
        lapsesBefore: 0,
        stateAfter: "REVIEW" as const,
        dueAfter: at,
        stabilityAfter: 0,
      });
    }
  }
  await db.reviewLog.createMany({ data: rows });
  return rows.length;
}

describe("optimizer jobs", () => {
  it("refuses to optimise with fewer than 400 reviews", async () => {
    const actor = await makeUser();
    const error = await expectAppError(requestOptimization(actor), "INVALID_INPUT");
    expect(error.message).toMatch(/at least 400 reviews/);
  });

  it("fits the learner's parameters in a background job and uses them from then on", async () => {
    const actor = await makeUser("LEARNER", { timeZone: "Europe/Berlin" });
    const reviewCount = await seedHistory(actor, 90, 7);
    expect(reviewCount).toBeGreaterThanOrEqual(400);

    const first = await requestOptimization(actor);
    const again = await requestOptimization(actor);
    expect(first.isNew).toBe(true);
    expect(again).toEqual({ jobId: first.jobId, isNew: false });
    expect((await getOptimizerJob(actor, first.jobId)).status).toBe("QUEUED");

    // Two instances race for the queue: every queued job (ours, and any left by
    // other test files) is claimed exactly once.
    const queued = await db.optimizerJob.count({ where: { status: "QUEUED" } });
    const ran = await Promise.all([runOptimizerJobs(), runOptimizerJobs()]);
    expect(ran.reduce((a, b) => a + b, 0)).toBe(queued);

    const job = await getOptimizerJob(actor, first.jobId);
    expect(job).toMatchObject({ status: "DONE", fraction: 1, error: null });
    const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { fsrsWeights: true } });
    const weights = user.fsrsWeights as number[];
    expect(weights).toHaveLength(defaultWeights.length);
    expect(weights.every(Number.isFinite)).toBe(true);
    expect(Math.max(...weights.map((w, i) => Math.abs(w - (defaultWeights[i] ?? 0))))).toBeGreaterThan(0.01);
    expect((await getReviewSettings(actor)).hasOptimizedWeights).toBe(true);

    // The new parameters schedule: a new card's "good" after graduation follows them.
    await makeCard(actor, { createdAt: new Date("2025-06-10T06:00:00Z") });
    const session = await getReviewSession(actor, new Date("2025-06-10T08:00:00Z"));
    expect(session.current?.intervals.easy.label).toMatch(/^\d+(\.\d)?(d|mo|y)$/);

    // A finished job lets the learner ask again.
    expect((await requestOptimization(actor)).isNew).toBe(true);
  });

  it("marks a job FAILED when the history can't be used, and goes on", async () => {
    const actor = await makeUser();
    // 400 answers all on one day: nothing spans a day, so there is nothing to fit.
    const card = await makeCard(actor);
    const at = new Date("2025-06-10T08:00:00Z");
    await db.reviewLog.createMany({
      data: Array.from({ length: 400 }, (_, i) => ({
        userId: actor.id,
        cardId: card.id,
        clientId: newClientId(),
        rating: "GOOD" as const,
        reviewedAt: new Date(at.getTime() + i * 1000),
        stateBefore: "REVIEW" as const,
        dueBefore: at,
        stabilityBefore: 0,
        difficultyBefore: 0,
        elapsedDaysBefore: 0,
        scheduledDaysBefore: 0,
        learningStepsBefore: 0,
        repsBefore: i,
        lapsesBefore: 0,
        stateAfter: "REVIEW" as const,
        dueAfter: at,
        stabilityAfter: 0,
      })),
    });
    const { jobId } = await requestOptimization(actor);
    await runOptimizerJobs();
    const job = await getOptimizerJob(actor, jobId);
    expect(job.status).toBe("FAILED");
    expect(job.error).toMatch(/more than one day/);
    const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { fsrsWeights: true } });
    expect(user.fsrsWeights).toBeNull();
  });
});
