// Card row (FSRS columns) ↔ core SchedulingCard, one field at a time.
import { CardState as StoredCardState } from "@/generated/prisma/enums";
import type { CardState, SchedulingCard, SchedulerSettings } from "@/lib/core/srs/scheduler";
import { defaultSchedulerSettings } from "@/lib/core/srs/scheduler";

export { StoredCardState };

const TO_STORED: Record<CardState, StoredCardState> = {
  new: StoredCardState.NEW,
  learning: StoredCardState.LEARNING,
  review: StoredCardState.REVIEW,
  relearning: StoredCardState.RELEARNING,
};

const FROM_STORED: Record<StoredCardState, CardState> = {
  NEW: "new",
  LEARNING: "learning",
  REVIEW: "review",
  RELEARNING: "relearning",
};

export function toStateCode(state: CardState): StoredCardState {
  return TO_STORED[state];
}

export function fromStateCode(state: StoredCardState): CardState {
  return FROM_STORED[state];
}

/** The FSRS columns as stored: a SchedulingCard whose state is the CardState enum. */
export type CardFsrsColumns = Omit<SchedulingCard, "state"> & { state: StoredCardState };

/** Prisma `select` for exactly the FSRS columns (spread into a card select). */
export const cardFsrsSelect = {
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  state: true,
  lastReview: true,
} as const;

export function toSchedulingCard(row: CardFsrsColumns): SchedulingCard {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: fromStateCode(row.state),
    lastReview: row.lastReview,
  };
}

export function toCardColumns(card: SchedulingCard): CardFsrsColumns {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsedDays,
    scheduledDays: card.scheduledDays,
    learningSteps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: toStateCode(card.state),
    lastReview: card.lastReview,
  };
}

export interface UserSchedulingColumns {
  desiredRetention: number;
  learningSteps: string;
  enableFuzz: boolean;
  fsrsWeights: unknown;
}

/** A user's settings row → scheduler settings (bad stored weights fall back to defaults). */
export function toSchedulerSettings(user: UserSchedulingColumns): SchedulerSettings {
  const weights =
    Array.isArray(user.fsrsWeights) && user.fsrsWeights.every((w) => typeof w === "number" && Number.isFinite(w))
      ? (user.fsrsWeights as number[])
      : null;
  const steps = user.learningSteps.split(/\s+/).filter(Boolean);
  return {
    ...defaultSchedulerSettings,
    desiredRetention: user.desiredRetention,
    learningSteps: steps.length ? steps : defaultSchedulerSettings.learningSteps,
    enableFuzz: user.enableFuzz,
    weights,
  };
}
