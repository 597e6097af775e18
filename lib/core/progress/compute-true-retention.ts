import { isoWeekOf, studyDayOf } from "../srs/day";
import type { CardState, Rating } from "../srs/scheduler";

/** A review-log row as needed here: the rating and the card's state BEFORE the answer. */
export interface RetentionReview {
  reviewedAt: Date;
  rating: Rating;
  state: CardState;
  scheduledDays: number;
  stability: number;
  elapsedDays: number;
}

export interface RetentionBucket {
  passed: number;
  total: number;
  /** passed / total, or null when there were no reviews. */
  rate: number | null;
}

export interface WeeklyRetention {
  /** ISO week "YYYY-Www". */
  week: string;
  mature: RetentionBucket;
  young: RetentionBucket;
}

/** Interval (days) from which a card counts as mature, as in Anki. */
export const MATURE_DAYS = 21;

function toBucket(passed: number, total: number): RetentionBucket {
  return { passed, total, rate: total === 0 ? null : passed / total };
}

/**
 * "True retention" per ISO week (of the study day): the share of reviews of
 * cards in review state that were not answered "again". Learning and
 * relearning steps are left out because they test minutes-old memories.
 * A review is mature when, before the answer, the card's scheduled interval
 * or its stability was at least {@link MATURE_DAYS} days (either signals a
 * long-term memory; stability covers cards reviewed early). Weeks are sorted;
 * weeks without reviews are absent.
 *
 * @example
 * computeTrueRetention(logs, "Europe/Berlin", 4);
 * // [{ week: "2025-W23", mature: { passed: 45, total: 50, rate: 0.9 }, young: {…} }]
 */
export function computeTrueRetention(
  reviews: readonly RetentionReview[],
  timeZone: string,
  dayStartHour: number,
): WeeklyRetention[] {
  const weeks = new Map<string, { mp: number; mt: number; yp: number; yt: number }>();
  for (const review of reviews) {
    if (review.state !== "review") continue;
    const week = isoWeekOf(studyDayOf(review.reviewedAt, timeZone, dayStartHour));
    const tally = weeks.get(week) ?? { mp: 0, mt: 0, yp: 0, yt: 0 };
    const passed = review.rating !== "again" ? 1 : 0;
    if (review.scheduledDays >= MATURE_DAYS || review.stability >= MATURE_DAYS) {
      tally.mt++;
      tally.mp += passed;
    } else {
      tally.yt++;
      tally.yp += passed;
    }
    weeks.set(week, tally);
  }
  return [...weeks.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([week, t]) => ({ week, mature: toBucket(t.mp, t.mt), young: toBucket(t.yp, t.yt) }));
}
