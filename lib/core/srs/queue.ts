/**
 * Builds a review session queue from plain card data. The DB query can be a
 * coarse "cards due before end of today, plus N new cards" and this decides
 * the order and the daily limits, so the rules live in one tested place.
 */
import { endOfStudyDay, studyDayOf } from "./day";
import type { CardState } from "./scheduler";

/** The minimum a queue needs to know about a card. */
export interface QueueCard {
  id: string;
  state: CardState;
  due: Date;
}

export type QueueItemKind = "learning" | "review" | "new";

export interface QueueItem {
  cardId: string;
  kind: QueueItemKind;
  due: Date;
}

export interface BuildQueueInput {
  cards: readonly QueueCard[];
  now: Date;
  timeZone: string;
  dayStartHour: number;
  newPerDay: number;
  /** New cards already answered for the first time in today's study day. */
  newIntroducedToday: number;
  maxReviewsPerDay: number;
  /** Reviews of review-state cards already done today. */
  reviewsDoneToday: number;
  /**
   * Learning cards due within this many minutes are shown now rather than
   * making the learner wait (Anki's "learn ahead limit"). Default 20.
   */
  learnAheadMinutes?: number;
}

export interface SessionQueue {
  /** Cards to show now, in order. */
  items: QueueItem[];
  counts: Record<QueueItemKind, number>;
  /**
   * Earliest due time of a learning card that is due later in today's study
   * day but not yet shown; the UI can come back then. Null when none.
   */
  nextLearningDue: Date | null;
}

const DEFAULT_LEARN_AHEAD_MINUTES = 20;

function byDueThenId(a: QueueCard, b: QueueCard): number {
  return a.due.getTime() - b.due.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Spreads `newCards` evenly among `reviews`: new card k goes after review
 * number floor((k + 1) · R / (N + 1)), so 10 reviews and 1 new card put the
 * new one in the middle, and reviews never all come last.
 */
function interleave(reviews: QueueItem[], newCards: QueueItem[]): QueueItem[] {
  const result: QueueItem[] = [];
  let reviewIndex = 0;
  newCards.forEach((newCard, k) => {
    const insertAfter = Math.floor(((k + 1) * reviews.length) / (newCards.length + 1));
    while (reviewIndex < insertAfter) {
      const review = reviews[reviewIndex++];
      if (review) result.push(review);
    }
    result.push(newCard);
  });
  while (reviewIndex < reviews.length) {
    const review = reviews[reviewIndex++];
    if (review) result.push(review);
  }
  return result;
}

/**
 * Orders today's session:
 * 1. (re)learning cards due now or within the learn-ahead window, earliest
 *    first — short steps lose their point if they wait behind reviews;
 * 2. review cards due before the end of today's study day, most overdue
 *    first, capped by `maxReviewsPerDay - reviewsDoneToday`;
 * 3. new cards (by due, i.e. creation order, then id), capped by
 *    `newPerDay - newIntroducedToday` AND by what is left of the review cap,
 *    as Anki's v3 scheduler does, so a backlog isn't buried under new cards;
 *    they are spread evenly among the reviews.
 * Learning cards don't count against the review cap: they are already
 * started and dropping them would waste the steps done.
 * Ties break by card id, so the result is deterministic.
 *
 * @example
 * const queue = buildQueue({
 *   cards, now, timeZone: "Europe/Berlin", dayStartHour: 4,
 *   newPerDay: 20, newIntroducedToday: 5, maxReviewsPerDay: 200, reviewsDoneToday: 30,
 * });
 * queue.items[0]; // { cardId: "…", kind: "learning", due: … }
 */
export function buildQueue(input: BuildQueueInput): SessionQueue {
  const nowMs = input.now.getTime();
  const today = studyDayOf(input.now, input.timeZone, input.dayStartHour);
  const endOfTodayMs = endOfStudyDay(today, input.timeZone, input.dayStartHour).getTime();
  const learnAheadMs = (input.learnAheadMinutes ?? DEFAULT_LEARN_AHEAD_MINUTES) * 60_000;

  const learningNow: QueueCard[] = [];
  const reviewsDue: QueueCard[] = [];
  const newCards: QueueCard[] = [];
  let nextLearningDueMs: number | null = null;

  for (const card of input.cards) {
    const dueMs = card.due.getTime();
    if (dueMs >= endOfTodayMs) continue;
    switch (card.state) {
      case "learning":
      case "relearning":
        if (dueMs <= nowMs + learnAheadMs) learningNow.push(card);
        else if (nextLearningDueMs === null || dueMs < nextLearningDueMs) nextLearningDueMs = dueMs;
        break;
      case "review":
        reviewsDue.push(card);
        break;
      case "new":
        newCards.push(card);
        break;
    }
  }

  const reviewLimit = Math.max(0, input.maxReviewsPerDay - input.reviewsDoneToday);
  const reviews = reviewsDue.sort(byDueThenId).slice(0, reviewLimit);
  const newLimit = Math.max(
    0,
    Math.min(input.newPerDay - input.newIntroducedToday, reviewLimit - reviews.length),
  );
  const chosenNew = newCards.sort(byDueThenId).slice(0, newLimit);

  const toItem =
    (kind: QueueItemKind) =>
    (card: QueueCard): QueueItem => ({ cardId: card.id, kind, due: card.due });

  const items = [
    ...learningNow.sort(byDueThenId).map(toItem("learning")),
    ...interleave(reviews.map(toItem("review")), chosenNew.map(toItem("new"))),
  ];

  return {
    items,
    counts: { learning: learningNow.length, review: reviews.length, new: chosenNew.length },
    nextLearningDue: nextLearningDueMs === null ? null : new Date(nextLearningDueMs),
  };
}
