// Issue 17: the demo install told no story (empty Progress, nothing to review,
// a class of one learner with nothing done). The story is built by the app's
// own data functions; these checks read it back through the pages' functions.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { DEMO, seedDemoAccounts } from "@/lib/server/data/seed-demo-accounts";
import { seedDemoStory, type DemoStorySummary } from "@/lib/server/data/seed-demo-story";
import { getProgressOverview } from "@/lib/server/data/get-progress-overview";
import { getReviewSession } from "@/lib/server/data/get-review-session";
import { getAssignmentDashboard } from "@/lib/server/data/get-assignment-dashboard";
import { findClassAssignments } from "@/lib/server/data/find-class-assignments";
import type { Actor } from "@/lib/server/actor";

const NOW = new Date("2026-03-18T07:30:00Z"); // 08:30 in Berlin: the story ends yesterday evening
let demo: Awaited<ReturnType<typeof seedDemoAccounts>>;
let story: DemoStorySummary;
let learner: Actor;
let teacher: Actor;

beforeAll(async () => {
  demo = await seedDemoAccounts();
  story = await seedDemoStory(demo, NOW);
  learner = { id: demo.learnerId, role: "LEARNER" };
  teacher = { id: demo.teacherId, role: "TEACHER" };
}, 180_000);

describe("demo story", () => {
  it("gives the demo learner six weeks of progress with a streak and cards due today", async () => {
    expect(story.created).toBe(true);
    const overview = await getProgressOverview(learner, NOW);
    expect(overview.knownWords).toBeGreaterThan(50);
    expect(overview.streak.current).toBe(12);
    expect(overview.streak.isTodayDone).toBe(false);
    const daysReviewed = overview.heatmap.filter((d) => d.count > 0).length;
    expect(daysReviewed).toBeGreaterThanOrEqual(25);
    expect(daysReviewed).toBeLessThanOrEqual(42);
    expect(overview.textsFinished.count).toBe(2);
    expect(overview.knownOverTime.at(-1)!.known).toBeGreaterThan(overview.knownOverTime.at(-40)!.known);
    expect(overview.readingPerDay.filter((d) => d.seconds > 0).length).toBeGreaterThan(10);
    // Retention near what a learner aiming at 90 % reaches, not a toy 100 %.
    const answered = overview.retention.reduce((n, w) => n + w.young.total + w.mature.total, 0);
    const passed = overview.retention.reduce((n, w) => n + w.young.passed + w.mature.passed, 0);
    expect(answered).toBeGreaterThan(50);
    expect(passed / answered).toBeGreaterThan(0.75);
    expect(passed / answered).toBeLessThan(0.97);
    expect(overview.dueToday).toBeGreaterThan(0);
    const session = await getReviewSession(learner, NOW);
    expect(session.current).not.toBeNull();
  });

  it("leaves the assigned article half read", async () => {
    const seed = await db.text.findFirstOrThrow({
      where: { source: "SEED", isShared: true },
      select: { id: true, sentenceCount: true },
    });
    const progress = await db.readingProgress.findUniqueOrThrow({
      where: { userId_textId: { userId: demo.learnerId, textId: seed.id } },
      select: { maxSentence: true, finishedAt: true },
    });
    expect(progress.finishedAt).toBeNull();
    expect((progress.maxSentence + 1) / seed.sentenceCount).toBeCloseTo(0.5, 1);
  });

  it("gives the teacher a class of five at different stages, with a pre-teaching push", async () => {
    const [assignment] = await findClassAssignments(teacher, demo.classId);
    expect(assignment).toBeDefined();
    const dashboard = await getAssignmentDashboard(teacher, assignment!.id, NOW);
    expect(dashboard.rows.map((r) => r.name).sort()).toEqual(
      ["Lena Lernende", ...DEMO.classmates.map((c) => c.name)].sort(),
    );
    expect(new Set(dashboard.rows.map((r) => r.readRatio)).size).toBe(5);
    for (const column of [
      "readRatio",
      "secondsSpent",
      "wordsLookedUp",
      "cardsAdded",
      "reviewsDone",
      "knownRatio",
    ] as const) {
      expect(
        dashboard.rows.some((r) => r[column] > 0),
        column,
      ).toBe(true);
      expect(new Set(dashboard.rows.map((r) => r[column])).size, column).toBeGreaterThan(2);
    }
    expect(dashboard.rows.filter((r) => r.isFinished)).toHaveLength(1);
    const pushed = await db.card.count({ where: { origin: "TEACHER", assignmentId: assignment!.id } });
    expect(pushed).toBeGreaterThan(0);
  });

  it("runs once: a second call adds nothing", async () => {
    const before = await db.reviewLog.count();
    const again = await seedDemoStory(await seedDemoAccounts(), NOW);
    expect(again.created).toBe(false);
    expect(await db.reviewLog.count()).toBe(before);
    expect(await db.enrollment.count({ where: { classId: demo.classId } })).toBe(5);
  });
});
