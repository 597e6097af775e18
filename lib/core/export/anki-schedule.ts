/**
 * A card's FSRS schedule and review history as Anki stores them (cards and
 * revlog columns of a schema-11 collection, memory state in the card's `data`
 * JSON as Anki 23.10+ keeps it). Pure: the collection's day zero comes in.
 */
import type { CardState } from "@/lib/core/srs/scheduler";
import type { ExportReview, ExportSchedule } from "./export-note";

const DAY_MS = 86_400_000;
/** Anki's default "maximum answer seconds": longer answers are logged as 60 s. */
const MAX_TAKEN_MS = 60_000;
/** Anki's initial ease (250 %), written for every card that has left the new queue. */
const DEFAULT_EASE_PERMILLE = 2500;

/** Anki's card type (and FSRS state) codes: new 0, learning 1, review 2, relearning 3. */
const CARD_TYPE: Record<CardState, number> = { new: 0, learning: 1, review: 2, relearning: 3 };
/** Anki's queue codes: new 0, intraday learning 1 (due in seconds), review 2 and interday learning 3 (due in days). */
const QUEUE = { new: 0, learn: 1, review: 2, dayLearn: 3 } as const;
/** Anki's revlog kinds: learning 0, review 1, relearning 2. */
const REVLOG_KIND: Record<CardState, number> = { new: 0, learning: 0, review: 1, relearning: 2 };

export interface AnkiCardColumns {
  type: number;
  queue: number;
  /** New: position; intraday learning: Unix seconds; review and interday learning: days since `crt`. */
  due: number;
  ivl: number;
  factor: number;
  reps: number;
  lapses: number;
  left: number;
  data: string;
}

export interface AnkiRevlogColumns {
  /** The answer's time in milliseconds (Anki's revlog id). */
  id: number;
  ease: number;
  /** Positive: days; negative: seconds (learning steps). */
  ivl: number;
  lastIvl: number;
  /** FSRS: difficulty after the answer, shifted to 100–1100 as Anki logs it. */
  factor: number;
  time: number;
  type: number;
}

/**
 * The collection's day zero (`col.crt`, Unix seconds): the start of the study
 * day, at `dayStartHour` UTC, on or before `earliest`, so every due day is ≥ 0.
 *
 * @example
 * computeCollectionStart(new Date("2025-06-10T02:00:00Z"), 4); // 1749441600 (2025-06-09T04:00Z)
 */
export function computeCollectionStart(earliest: Date, dayStartHour: number): number {
  const offsetMs = dayStartHour * 3_600_000;
  return (Math.floor((earliest.getTime() - offsetMs) / DAY_MS) * DAY_MS + offsetMs) / 1000;
}

/** Whole study days from day zero to `date` (Anki's day number of a due date). */
export function toAnkiDay(date: Date, crtSeconds: number): number {
  return Math.floor((date.getTime() - crtSeconds * 1000) / DAY_MS);
}

function roundTo(value: number, places: number): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}

/** Difficulty 1–10 as Anki logs it in `revlog.factor`: normalised to 0–1, plus 0.1, in permille. */
export function toRevlogDifficulty(difficulty: number): number {
  return Math.round(((difficulty - 1) / 9 + 0.1) * 1000);
}

/** An interval as the revlog stores it: whole days from a day on, else negative seconds. */
function toRevlogInterval(ms: number): number {
  return ms >= DAY_MS ? Math.round(ms / DAY_MS) : -Math.max(0, Math.round(ms / 1000));
}

/**
 * The card's columns for a scheduled card. `position` is its place in the new
 * queue, used only while it is new.
 *
 * @example
 * toAnkiCard({ card, reviews: [] }, crt, 1); // { type: 2, queue: 2, due: 12, ivl: 9, data: '{"s":9.1,"d":5.2,…}', … }
 */
export function toAnkiCard(schedule: ExportSchedule, crtSeconds: number, position: number): AnkiCardColumns {
  const { card } = schedule;
  if (card.state === "new") {
    return { type: 0, queue: QUEUE.new, due: position, ivl: 0, factor: 0, reps: 0, lapses: 0, left: 0, data: "" };
  }
  const isLearning = card.state === "learning" || card.state === "relearning";
  const stepMs = card.lastReview ? card.due.getTime() - card.lastReview.getTime() : 0;
  // A learning step shorter than a day is due at a moment; a longer one on a day, as Anki does.
  const isIntraday = isLearning && stepMs < DAY_MS;
  const memory: Record<string, number> = { s: roundTo(card.stability, 4), d: roundTo(card.difficulty, 3) };
  if (schedule.desiredRetention !== undefined) memory.dr = roundTo(schedule.desiredRetention, 2);
  if (card.lastReview) memory.lrt = Math.floor(card.lastReview.getTime() / 1000);
  return {
    type: CARD_TYPE[card.state],
    queue: isIntraday ? QUEUE.learn : isLearning ? QUEUE.dayLearn : QUEUE.review,
    due: isIntraday ? Math.floor(card.due.getTime() / 1000) : toAnkiDay(card.due, crtSeconds),
    // A relearning card keeps the interval it will return to; a first-time learner has none yet.
    ivl: card.state === "learning" ? 0 : Math.max(1, card.scheduledDays),
    factor: DEFAULT_EASE_PERMILLE,
    reps: card.reps,
    lapses: card.lapses,
    left: isLearning ? Math.max(0, schedule.remainingSteps ?? 0) : 0,
    data: JSON.stringify(memory),
  };
}

function lastInterval(review: ExportReview): number {
  if (review.stateBefore === "new") return 0;
  if (review.stateBefore === "review") return review.scheduledDaysBefore;
  return review.lastReviewBefore ? toRevlogInterval(review.dueBefore.getTime() - review.lastReviewBefore.getTime()) : 0;
}

/**
 * One revlog row per answer, oldest first. The difficulty after an answer is
 * the next answer's difficulty before it, and the card's own for the last one.
 *
 * @example
 * toAnkiRevlog(schedule); // [{ id: 1749542400000, ease: 3, ivl: -600, lastIvl: 0, factor: 563, time: 4200, type: 0 }, …]
 */
export function toAnkiRevlog(schedule: ExportSchedule): AnkiRevlogColumns[] {
  const { reviews, card } = schedule;
  return reviews.map((review, i) => {
    const difficultyAfter = reviews[i + 1]?.difficultyBefore ?? card.difficulty;
    const intervalMs = review.dueAfter.getTime() - review.reviewedAt.getTime();
    return {
      id: review.reviewedAt.getTime(),
      ease: { again: 1, hard: 2, good: 3, easy: 4 }[review.rating],
      ivl: review.stateAfter === "review" ? Math.max(1, Math.round(intervalMs / DAY_MS)) : toRevlogInterval(intervalMs),
      lastIvl: lastInterval(review),
      factor: toRevlogDifficulty(difficultyAfter),
      time: Math.min(MAX_TAKEN_MS, Math.max(0, review.durationMs ?? 0)),
      type: REVLOG_KIND[review.stateBefore],
    };
  });
}
