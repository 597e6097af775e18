/**
 * The one place that talks to ts-fsrs (STYLE: "Only lib/core/srs/scheduler.ts
 * imports ts-fsrs"). Everything else in the app speaks the camelCase,
 * string-union types defined here, so a future switch of the FSRS library (or
 * of its snake_case field names) stays inside this file.
 */
import {
  createEmptyCard,
  default_w,
  fsrs,
  generatorParameters,
  Rating as FsrsRating,
  State as FsrsState,
  type Card as FsrsCard,
  type FSRS,
  type FSRSParameters,
  type Grade,
  type StepUnit,
} from "ts-fsrs";

/** The four answer buttons. */
export type Rating = "again" | "hard" | "good" | "easy";

/** FSRS memory state of a card. */
export type CardState = "new" | "learning" | "review" | "relearning";

/** All ratings in button order; handy for loops and validation. */
export const ratings: readonly Rating[] = ["again", "hard", "good", "easy"];

/** Scheduling fields of a card, as stored by the app (camelCase mirror of ts-fsrs' `Card`). */
export interface SchedulingCard {
  due: Date;
  /** Days until retrievability falls to 90 %. 0 for a new card. */
  stability: number;
  /** 1 (easy) … 10 (hard). 0 for a new card. */
  difficulty: number;
  /** Whole days between the last two reviews (kept for compatibility with ts-fsrs 5). */
  elapsedDays: number;
  scheduledDays: number;
  /** Index of the current (re)learning step. */
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardState;
  lastReview: Date | null;
}

/** Per-user scheduler settings. */
export interface SchedulerSettings {
  /** Target probability of recall at the due date, 0.80–0.97. */
  desiredRetention: number;
  maximumIntervalDays: number;
  /** Learning steps for new cards, e.g. `["1m", "10m"]`; units m, h, d. */
  learningSteps: string[];
  /** Steps after a lapse, e.g. `["10m"]`. */
  relearningSteps: string[];
  /** Spread due dates a little so cards added together don't stay together. */
  enableFuzz: boolean;
  /** Per-user optimised FSRS parameters; null/undefined → FSRS-6 defaults. */
  weights?: number[] | null;
}

/** A review as it is written to the review log: the rating plus the card's state BEFORE the answer. */
export interface ReviewLogEntry {
  rating: Rating;
  state: CardState;
  due: Date;
  stability: number;
  difficulty: number;
  /** Whole days since the previous review at the moment of this answer (0 for a new card). */
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reviewedAt: Date;
}

/** What each answer button would do. */
export interface IntervalPreview {
  due: Date;
  /** Short human label of `due - now`: "1m", "10m", "5h", "3d", "1.2mo", "2.1y". */
  intervalLabel: string;
}

/**
 * Anki-like defaults; fuzz is on for real use (tests turn it off).
 *
 * @example
 * const settings = { ...defaultSchedulerSettings, desiredRetention: 0.85 };
 */
export const defaultSchedulerSettings: SchedulerSettings = {
  desiredRetention: 0.9,
  maximumIntervalDays: 36500,
  learningSteps: ["1m", "10m"],
  relearningSteps: ["10m"],
  enableFuzz: true,
  weights: null,
};

/** FSRS-6 default parameters (21 numbers), e.g. to compare optimiser output against. */
export const defaultWeights: readonly number[] = default_w;

const MIN_RETENTION = 0.8;
const MAX_RETENTION = 0.97;
const STEP_PATTERN = /^\d+(\.\d+)?[mhd]$/;

const ratingToFsrs: Record<Rating, Grade> = {
  again: FsrsRating.Again,
  hard: FsrsRating.Hard,
  good: FsrsRating.Good,
  easy: FsrsRating.Easy,
};

const stateToFsrs: Record<CardState, FsrsState> = {
  new: FsrsState.New,
  learning: FsrsState.Learning,
  review: FsrsState.Review,
  relearning: FsrsState.Relearning,
};

function stateFromFsrs(state: FsrsState): CardState {
  switch (state) {
    case FsrsState.New:
      return "new";
    case FsrsState.Learning:
      return "learning";
    case FsrsState.Review:
      return "review";
    case FsrsState.Relearning:
      return "relearning";
  }
}

function toSteps(steps: string[], label: string): StepUnit[] {
  return steps.map((step) => {
    if (!STEP_PATTERN.test(step)) {
      throw new RangeError(`Invalid ${label} step "${step}" (expected e.g. "1m", "10m", "1h", "1d")`);
    }
    // Checked by STEP_PATTERN just above, which is exactly ts-fsrs' StepUnit shape.
    return step as StepUnit;
  });
}

/**
 * The single place where FSRS parameters are built (STYLE: "FSRS parameters
 * are set there once (generatorParameters)"). Short-term scheduling stays on
 * so learning steps apply.
 */
function toFsrsParameters(settings: SchedulerSettings): FSRSParameters {
  if (!(settings.desiredRetention >= MIN_RETENTION && settings.desiredRetention <= MAX_RETENTION)) {
    throw new RangeError(
      `desiredRetention must be within ${MIN_RETENTION}–${MAX_RETENTION}, got ${settings.desiredRetention}`,
    );
  }
  if (!(settings.maximumIntervalDays >= 1)) {
    throw new RangeError(`maximumIntervalDays must be ≥ 1, got ${settings.maximumIntervalDays}`);
  }
  if (settings.weights && !settings.weights.every(Number.isFinite)) {
    throw new RangeError("weights must all be finite numbers");
  }
  return generatorParameters({
    request_retention: settings.desiredRetention,
    maximum_interval: settings.maximumIntervalDays,
    enable_fuzz: settings.enableFuzz,
    enable_short_term: true,
    learning_steps: toSteps(settings.learningSteps, "learning"),
    relearning_steps: toSteps(settings.relearningSteps, "relearning"),
    ...(settings.weights ? { w: settings.weights } : {}),
  });
}

// A server answers many reviews with the same few settings; building an FSRS
// instance validates and migrates the weights each time, so keep a small cache.
const schedulerCache = new Map<string, FSRS>();
const SCHEDULER_CACHE_LIMIT = 64;

function getScheduler(settings: SchedulerSettings): FSRS {
  const key = JSON.stringify([
    settings.desiredRetention,
    settings.maximumIntervalDays,
    settings.learningSteps,
    settings.relearningSteps,
    settings.enableFuzz,
    settings.weights ?? null,
  ]);
  const cached = schedulerCache.get(key);
  if (cached) return cached;
  const scheduler = fsrs(toFsrsParameters(settings));
  if (schedulerCache.size >= SCHEDULER_CACHE_LIMIT) {
    const oldest = schedulerCache.keys().next().value;
    if (oldest !== undefined) schedulerCache.delete(oldest);
  }
  schedulerCache.set(key, scheduler);
  return scheduler;
}

function toFsrsCard(card: SchedulingCard): FsrsCard {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: stateToFsrs[card.state],
    ...(card.lastReview ? { last_review: card.lastReview } : {}),
  };
}

function fromFsrsCard(card: FsrsCard): SchedulingCard {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: stateFromFsrs(card.state),
    lastReview: card.last_review ?? null,
  };
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

function formatOneDecimal(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/**
 * Short label for an interval, as shown under the answer buttons.
 * Months are 30 days and years 365 days, as in Anki.
 *
 * @example
 * formatIntervalLabel(10 * 60_000); // "10m"
 * formatIntervalLabel(36 * 86_400_000); // "1.2mo"
 */
export function formatIntervalLabel(ms: number): string {
  const safe = Math.max(0, ms);
  if (safe < HOUR_MS) return `${Math.max(1, Math.round(safe / MINUTE_MS))}m`;
  if (safe < DAY_MS) return `${Math.round(safe / HOUR_MS)}h`;
  const days = safe / DAY_MS;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${formatOneDecimal(days / 30)}mo`;
  return `${formatOneDecimal(days / 365)}y`;
}

/**
 * A fresh card, due immediately.
 *
 * @example
 * const card = createNewCard(new Date("2025-03-01T08:00:00Z"));
 * card.state; // "new"
 */
export function createNewCard(now: Date): SchedulingCard {
  return fromFsrsCard(createEmptyCard(now));
}

/**
 * What each of the four buttons would schedule, for display.
 *
 * @example
 * const preview = previewIntervals(card, now, defaultSchedulerSettings);
 * preview.good.intervalLabel; // "10m" for a new card with steps ["1m","10m"]
 */
export function previewIntervals(
  card: SchedulingCard,
  now: Date,
  settings: SchedulerSettings,
): Record<Rating, IntervalPreview> {
  const preview = getScheduler(settings).repeat(toFsrsCard(card), now);
  const entry = (rating: Rating): IntervalPreview => {
    const due = preview[ratingToFsrs[rating]].card.due;
    return { due, intervalLabel: formatIntervalLabel(due.getTime() - now.getTime()) };
  };
  return { again: entry("again"), hard: entry("hard"), good: entry("good"), easy: entry("easy") };
}

/**
 * Answer a card: the updated card plus the log entry to store with it
 * (both belong in one DB transaction).
 *
 * @example
 * const { card: next, log } = applyRating(card, "good", now, defaultSchedulerSettings);
 * log.state; // state before the answer, e.g. "new"
 */
export function applyRating(
  card: SchedulingCard,
  rating: Rating,
  now: Date,
  settings: SchedulerSettings,
): { card: SchedulingCard; log: ReviewLogEntry } {
  const result = getScheduler(settings).next(toFsrsCard(card), now, ratingToFsrs[rating]);
  return {
    card: fromFsrsCard(result.card),
    log: {
      rating,
      state: card.state,
      due: card.due,
      stability: card.stability,
      difficulty: card.difficulty,
      elapsedDays: result.log.elapsed_days,
      scheduledDays: card.scheduledDays,
      learningSteps: card.learningSteps,
      reviewedAt: now,
    },
  };
}

/**
 * Probability (0–1) of recalling the card at `now`; 0 for a new card.
 *
 * @example
 * retrievability(card, new Date(), defaultSchedulerSettings); // e.g. 0.93
 */
export function retrievability(card: SchedulingCard, now: Date, settings: SchedulerSettings): number {
  return getScheduler(settings).get_retrievability(toFsrsCard(card), now, false);
}

/**
 * Throws a RangeError when settings are unusable (bad retention, step syntax
 * or weights), so forms can validate before saving.
 *
 * @example
 * assertValidSchedulerSettings({ ...defaultSchedulerSettings, learningSteps: ["1x"] }); // throws
 */
export function assertValidSchedulerSettings(settings: SchedulerSettings): void {
  toFsrsParameters(settings);
}
