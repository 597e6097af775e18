/**
 * Per-user FSRS parameter optimisation, wrapping the fsrs-rs optimiser from
 * @open-spaced-repetition/binding (a native napi module here, WASI elsewhere).
 * The binding is imported lazily so that merely importing lib/core/srs does
 * not load a native addon (e.g. into a Next.js client bundle).
 */
import { studyDayOf, daysBetween } from "./day";
import type { Rating } from "./scheduler";

/** The reviews of one card, in any order. */
export interface CardReviewHistory {
  cardId: string;
  reviews: { rating: Rating; reviewedAt: Date }[];
}

export interface OptimizeOptions {
  /** Called while training with (done, total) steps, and once at the end with done === total. */
  onProgress?: (done: number, total: number) => void;
  /** Reviews are grouped into study days, as FSRS counts intervals in days. Default "UTC". */
  timeZone?: string;
  /** Default 4, as in Anki. */
  dayStartHour?: number;
}

/** Fewer reviews than this give parameters that are mostly noise (fsrs-rs needs a few hundred). */
export const MIN_REVIEWS_FOR_OPTIMIZATION = 400;

const ratingNumber: Record<Rating, number> = { again: 1, hard: 2, good: 3, easy: 4 };

/**
 * Whether a learner has enough review history to optimise their parameters.
 *
 * @example
 * hasEnoughHistory(250); // false
 * hasEnoughHistory(1200); // true
 */
export function hasEnoughHistory(reviewCount: number): boolean {
  return reviewCount >= MIN_REVIEWS_FOR_OPTIMIZATION;
}

/** One training item per review after the first: the card's history up to and including that review. */
export interface TrainingItem {
  reviews: { rating: number; deltaT: number }[];
}

/**
 * Converts review histories into fsrs-rs training items (pure; exported for tests).
 * deltaT counts study days between consecutive reviews (0 for the first
 * one). As in Anki, an item is only kept when its last review is on a later
 * day than the one before, because same-day reviews say little about
 * long-term memory and fsrs-rs' loss uses the last review's outcome.
 *
 * @example
 * buildTrainingItems([{ cardId: "c1", reviews: [
 *   { rating: "good", reviewedAt: new Date("2025-01-01T10:00:00Z") },
 *   { rating: "again", reviewedAt: new Date("2025-01-04T10:00:00Z") },
 * ] }], "UTC", 4);
 * // [{ reviews: [{ rating: 3, deltaT: 0 }, { rating: 1, deltaT: 3 }] }]
 */
export function buildTrainingItems(
  history: readonly CardReviewHistory[],
  timeZone: string,
  dayStartHour: number,
): TrainingItem[] {
  const items: TrainingItem[] = [];
  for (const card of history) {
    const sorted = [...card.reviews].sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
    const reviews: { rating: number; deltaT: number }[] = [];
    let previousDay: string | null = null;
    for (const review of sorted) {
      const day = studyDayOf(review.reviewedAt, timeZone, dayStartHour);
      const deltaT = previousDay === null ? 0 : daysBetween(previousDay, day);
      reviews.push({ rating: ratingNumber[review.rating], deltaT });
      previousDay = day;
      if (reviews.length > 1 && deltaT > 0) items.push({ reviews: [...reviews] });
    }
  }
  return items;
}

/**
 * Fits FSRS-6 parameters (21 numbers) to a learner's review history. Feed the
 * result to the scheduler as `settings.weights`. Rejects when the binding
 * cannot be loaded or there are no usable training items.
 *
 * @example
 * if (hasEnoughHistory(totalReviews)) {
 *   const weights = await optimizeParameters(history, { timeZone: "Europe/Berlin", dayStartHour: 4 });
 *   settings = { ...settings, weights };
 * }
 */
export async function optimizeParameters(
  history: readonly CardReviewHistory[],
  opts: OptimizeOptions = {},
): Promise<number[]> {
  const items = buildTrainingItems(history, opts.timeZone ?? "UTC", opts.dayStartHour ?? 4);
  if (items.length === 0) throw new RangeError("No review history spanning more than one day to optimise on");
  const binding = await import("@open-spaced-repetition/binding");
  const trainSet = items.map(
    (item) => new binding.FSRSBindingItem(item.reviews.map((r) => new binding.FSRSBindingReview(r.rating, r.deltaT))),
  );
  const onProgress = opts.onProgress;
  let lastTotal: number | null = null;
  const parameters = await binding.computeParameters(trainSet, {
    enableShortTerm: true,
    // The binding reports progress only every few hundred ms, and treats a
    // truthy return value as "stop training", so never return one.
    ...(onProgress
      ? {
          progress: (done: number, total: number) => {
            lastTotal = total;
            onProgress(done, total);
          },
        }
      : {}),
  });
  // Short runs may finish before the first report; always end at 100 %.
  if (onProgress) onProgress(lastTotal ?? 1, lastTotal ?? 1);
  if (!parameters.every(Number.isFinite)) {
    throw new Error(`Optimiser returned non-finite parameters: ${JSON.stringify(parameters)}`);
  }
  return parameters;
}
