import { describe, expect, it } from "vitest";
import { computeTrueRetention, type RetentionReview } from "@/lib/core/progress/compute-true-retention";
import type { CardState, Rating } from "@/lib/core/srs/scheduler";

function review(
  at: string,
  rating: Rating,
  state: CardState,
  scheduledDays: number,
  stability = scheduledDays,
): RetentionReview {
  return { reviewedAt: new Date(at), rating, state, scheduledDays, stability, elapsedDays: scheduledDays };
}

describe("computeTrueRetention", () => {
  it("splits mature and young per ISO week and ignores learning steps", () => {
    const reviews = [
      // Week 2025-W24 (Mon 9 June – Sun 15 June)
      review("2025-06-09T10:00:00Z", "good", "review", 30),
      review("2025-06-10T10:00:00Z", "hard", "review", 25),
      review("2025-06-11T10:00:00Z", "again", "review", 40),
      review("2025-06-12T10:00:00Z", "easy", "review", 21),
      review("2025-06-12T11:00:00Z", "good", "review", 5),
      review("2025-06-12T12:00:00Z", "again", "review", 3),
      review("2025-06-12T13:00:00Z", "again", "learning", 0),
      review("2025-06-12T14:00:00Z", "good", "relearning", 0, 30),
      review("2025-06-12T15:00:00Z", "good", "new", 0),
      // Reviewed early: interval 10 days but stability 22 → mature
      review("2025-06-13T10:00:00Z", "again", "review", 10, 22),
      // Sunday 01:30 Berlin on the 16th → still Sunday 15th with a 4 am start (W24)
      review("2025-06-15T23:30:00Z", "good", "review", 50),
      // Week 2025-W25
      review("2025-06-17T10:00:00Z", "good", "review", 60),
    ];
    expect(computeTrueRetention(reviews, "Europe/Berlin", 4)).toEqual([
      { week: "2025-W24", mature: { passed: 4, total: 6, rate: 4 / 6 }, young: { passed: 1, total: 2, rate: 0.5 } },
      { week: "2025-W25", mature: { passed: 1, total: 1, rate: 1 }, young: { passed: 0, total: 0, rate: null } },
    ]);
  });

  it("moves a Sunday-night review into the next week with a midnight day start", () => {
    const reviews = [review("2025-06-15T23:30:00Z", "good", "review", 50)];
    expect(computeTrueRetention(reviews, "Europe/Berlin", 0).map((w) => w.week)).toEqual(["2025-W25"]);
  });

  it("is empty without review-state answers", () => {
    expect(computeTrueRetention([review("2025-06-12T13:00:00Z", "again", "learning", 0)], "UTC", 4)).toEqual([]);
  });
});
