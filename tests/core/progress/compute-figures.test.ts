import { describe, expect, it } from "vitest";
import { computeHeatmap } from "@/lib/core/progress/compute-heatmap";
import { computeKnownWordsOverTime, type WordStatusEvent } from "@/lib/core/progress/compute-known-words-over-time";
import { computeReadingPerDay } from "@/lib/core/progress/compute-reading-per-day";
import { computeGoalProgress } from "@/lib/core/progress/compute-goal-progress";

describe("computeHeatmap", () => {
  it("counts reviews per study day including empty days", () => {
    const reviews = [
      "2025-06-01T10:00:00Z",
      "2025-06-01T11:00:00Z",
      "2025-06-03T01:00:00Z",
      "2025-06-03T09:00:00Z",
      "2025-05-31T10:00:00Z",
    ].map((s) => ({ reviewedAt: new Date(s) }));
    expect(computeHeatmap(reviews, "Europe/Berlin", 4, "2025-06-01", "2025-06-03")).toEqual([
      { day: "2025-06-01", count: 2 },
      { day: "2025-06-02", count: 1 }, // 03:00 on the 3rd
      { day: "2025-06-03", count: 1 },
    ]);
  });
});

describe("computeKnownWordsOverTime", () => {
  const events: WordStatusEvent[] = [
    { lexemeId: "a", status: "known", changedAt: new Date("2025-05-20T10:00:00Z") }, // before range
    { lexemeId: "b", status: 3, changedAt: new Date("2025-06-01T10:00:00Z") },
    { lexemeId: "b", status: "known", changedAt: new Date("2025-06-02T10:00:00Z") },
    { lexemeId: "c", status: "known", changedAt: new Date("2025-06-02T11:00:00Z") },
    { lexemeId: "c", status: "known", changedAt: new Date("2025-06-02T12:00:00Z") }, // repeat, no double count
    { lexemeId: "a", status: 2, changedAt: new Date("2025-06-04T01:00:00Z") }, // lapse, 03:00 → day 3
  ];
  it("replays status changes into a cumulative count", () => {
    expect(computeKnownWordsOverTime([...events].reverse(), "Europe/Berlin", 4, "2025-06-01", "2025-06-04")).toEqual([
      { day: "2025-06-01", known: 1 },
      { day: "2025-06-02", known: 3 },
      { day: "2025-06-03", known: 2 },
      { day: "2025-06-04", known: 2 },
    ]);
  });
});

describe("computeReadingPerDay", () => {
  it("sums sessions on the day they started", () => {
    const sessions = [
      { startedAt: new Date("2025-06-01T20:00:00Z"), seconds: 600, wordsRead: 800 },
      { startedAt: new Date("2025-06-02T01:30:00Z"), seconds: 300, wordsRead: 200 }, // 03:30 Berlin → June 1
      { startedAt: new Date("2025-06-02T10:00:00Z"), seconds: 120, wordsRead: 100 },
      { startedAt: new Date("2025-06-09T10:00:00Z"), seconds: 999, wordsRead: 999 }, // outside
    ];
    expect(computeReadingPerDay(sessions, "Europe/Berlin", 4, "2025-06-01", "2025-06-02")).toEqual([
      { day: "2025-06-01", seconds: 900, wordsRead: 1000, sessions: 2 },
      { day: "2025-06-02", seconds: 120, wordsRead: 100, sessions: 1 },
    ]);
  });
});

describe("computeGoalProgress", () => {
  const today = { reviews: 25, newWords: 3, readingSeconds: 599, wordsRead: 900 };
  it.each([
    ["no goals", {}, 0, false, 0],
    ["half the reviews", { reviews: 50 }, 0.5, false, 1],
    ["reading counts whole minutes", { readingMinutes: 10 }, 0.9, false, 1],
    ["all met", { reviews: 20, newWords: 3 }, 1, true, 2],
    ["overdoing one goal can't hide another", { reviews: 5, wordsRead: 1800 }, 0.75, false, 2],
    ["zero target means no goal", { reviews: 0, newWords: 6 }, 0.5, false, 1],
  ])("%s", (_name, goal, ratio, isComplete, items) => {
    const progress = computeGoalProgress(goal, today);
    expect(progress.ratio).toBeCloseTo(ratio);
    expect(progress.isComplete).toBe(isComplete);
    expect(progress.items).toHaveLength(items);
  });
});
