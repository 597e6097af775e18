import { describe, expect, it } from "vitest";
import {
  buildTrainingItems,
  hasEnoughHistory,
  optimizeParameters,
  type CardReviewHistory,
} from "@/lib/core/srs/optimizer";
import {
  applyRating,
  createNewCard,
  defaultSchedulerSettings,
  defaultWeights,
  previewIntervals,
  type Rating,
} from "@/lib/core/srs/scheduler";
import { createRandom } from "../../helpers/seeded-random";

/**
 * Simulated learner with a known power forgetting curve R(t) = (1 + 19/81 · t/S)^-0.5
 * (FSRS-4.5 shape, S = days until R = 90 %), deliberately with initial
 * stabilities and growth factors unlike the FSRS-6 defaults.
 */
function simulateHistory(cards: number, reviewsPerCard: number, seed: number): CardReviewHistory[] {
  const random = createRandom(seed);
  const base = Date.UTC(2024, 0, 1, 9, 0, 0);
  const initialStability: Record<Rating, number> = { again: 0.3, hard: 1, good: 5, easy: 15 };
  const growth: Record<Rating, number> = { again: 0.2, hard: 1.4, good: 2.6, easy: 4 };
  const history: CardReviewHistory[] = [];
  for (let c = 0; c < cards; c++) {
    let day = Math.floor(random() * 60);
    const roll = random();
    let rating: Rating = roll < 0.15 ? "again" : roll < 0.25 ? "hard" : roll < 0.9 ? "good" : "easy";
    let stability = initialStability[rating];
    const reviews: CardReviewHistory["reviews"] = [{ rating, reviewedAt: new Date(base + day * 86_400_000) }];
    for (let r = 1; r < reviewsPerCard; r++) {
      // Intervals are a bit irregular, as with a real learner.
      const interval = Math.max(1, Math.round(stability * (0.6 + random() * 0.9)));
      day += interval;
      const recall = Math.pow(1 + (19 / 81) * (interval / stability), -0.5);
      if (random() < recall) {
        const grade = random();
        rating = grade < 0.15 ? "hard" : grade < 0.9 ? "good" : "easy";
        stability *= growth[rating];
      } else {
        rating = "again";
        stability = Math.max(0.2, stability * growth.again);
      }
      reviews.push({ rating, reviewedAt: new Date(base + day * 86_400_000 + Math.floor(random() * 8) * 3_600_000) });
    }
    history.push({ cardId: `c${c}`, reviews });
  }
  return history;
}

describe("hasEnoughHistory", () => {
  it.each([
    [0, false],
    [399, false],
    [400, true],
    [5000, true],
  ])("%i reviews → %s", (n, expected) => {
    expect(hasEnoughHistory(n)).toBe(expected);
  });
});

describe("buildTrainingItems", () => {
  it("counts study days, sorts reviews and drops same-day items", () => {
    const history: CardReviewHistory[] = [
      {
        cardId: "c1",
        reviews: [
          { rating: "good", reviewedAt: new Date("2025-01-04T10:00:00Z") },
          { rating: "again", reviewedAt: new Date("2025-01-01T10:00:00Z") },
          { rating: "good", reviewedAt: new Date("2025-01-01T10:10:00Z") }, // same day
          { rating: "easy", reviewedAt: new Date("2025-01-05T02:00:00Z") }, // 03:00 Berlin → still Jan 4
          { rating: "good", reviewedAt: new Date("2025-01-05T05:00:00Z") },
        ],
      },
    ];
    expect(buildTrainingItems(history, "Europe/Berlin", 4)).toEqual([
      {
        reviews: [
          { rating: 1, deltaT: 0 },
          { rating: 3, deltaT: 0 },
          { rating: 3, deltaT: 3 },
        ],
      },
      {
        reviews: [
          { rating: 1, deltaT: 0 },
          { rating: 3, deltaT: 0 },
          { rating: 3, deltaT: 3 },
          { rating: 4, deltaT: 0 },
          { rating: 3, deltaT: 1 },
        ],
      },
    ]);
  });
});

describe("optimizeParameters (fsrs-rs binding)", () => {
  it("fits parameters to a synthetic history that the scheduler accepts", async () => {
    const history = simulateHistory(180, 8, 20250601);
    const reviewCount = history.reduce((n, card) => n + card.reviews.length, 0);
    expect(reviewCount).toBeGreaterThanOrEqual(1000);
    expect(hasEnoughHistory(reviewCount)).toBe(true);

    const progress: [number, number][] = [];
    const weights = await optimizeParameters(history, {
      timeZone: "Europe/Berlin",
      dayStartHour: 4,
      onProgress: (done, total) => progress.push([done, total]),
    });

    expect(weights).toHaveLength(defaultWeights.length);
    expect(weights.every(Number.isFinite)).toBe(true);
    const maxDifference = Math.max(...weights.map((w, i) => Math.abs(w - (defaultWeights[i] ?? 0))));
    expect(maxDifference).toBeGreaterThan(0.01);
    // The simulated learner starts "good" cards at S = 5 days; FSRS-6's default is ≈ 2.3.
    expect(weights[2]).toBeGreaterThan(defaultWeights[2] ?? 0);
    const [done, total] = progress[progress.length - 1] ?? [0, -1];
    expect(done).toBe(total);

    const settings = { ...defaultSchedulerSettings, enableFuzz: false, weights };
    const now = new Date("2025-06-01T08:00:00Z");
    const { card } = applyRating(createNewCard(now), "good", now, settings);
    expect(card.stability).toBeGreaterThan(0);
    const later = applyRating(card, "good", card.due, settings).card;
    expect(later.due.getTime()).toBeGreaterThan(card.due.getTime());
    expect(Object.keys(previewIntervals(later, later.due, settings))).toEqual(["again", "hard", "good", "easy"]);
  });

  it("rejects a history without any multi-day interval", async () => {
    await expect(
      optimizeParameters([
        { cardId: "x", reviews: [{ rating: "good", reviewedAt: new Date("2025-01-01T10:00:00Z") }] },
      ]),
    ).rejects.toThrow(RangeError);
  });
});
