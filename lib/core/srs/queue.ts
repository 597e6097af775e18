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

// Cards with their due time read once: Date#getTime inside a sort comparator
// dominated the cost for 100k cards.
interface Candidate {
  card: QueueCard;
  dueMs: number;
}

function byDueThenId(a: Candidate, b: Candidate): number {
  return a.dueMs - b.dueMs || (a.card.id < b.card.id ? -1 : a.card.id > b.card.id ? 1 : 0);
}

/**
 * The `limit` smallest candidates in order. A full sort of tens of thousands
 * of overdue cards is wasted when only the daily limit (a few hundred) is
 * shown, so keep a bounded, sorted buffer instead (O(n·log limit) compares
 * in practice, since most candidates fail the first check against the buffer's last).
 */
function selectFirst(candidates: Candidate[], limit: number): Candidate[] {
  if (limit <= 0) return [];
  if (candidates.length <= limit * 4) return candidates.sort(byDueThenId).slice(0, limit);
  const best: Candidate[] = [];
  for (const candidate of candidates) {
    const last = best[best.length - 1];
    if (best.length === limit && last && byDueThenId(candidate, last) >= 0) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const probe = best[mid];
      if (probe && byDueThenId(probe, candidate) <= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best;
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

  const learningNow: Candidate[] = [];
  const reviewsDue: Candidate[] = [];
  const newCards: Candidate[] = [];
  let nextLearningDueMs: number | null = null;

  for (const card of input.cards) {
    const dueMs = card.due.getTime();
    if (dueMs >= endOfTodayMs) continue;
    switch (card.state) {
      case "learning":
      case "relearning":
        if (dueMs <= nowMs + learnAheadMs) learningNow.push({ card, dueMs });
        else if (nextLearningDueMs === null || dueMs < nextLearningDueMs) nextLearningDueMs = dueMs;
        break;
      case "review":
        reviewsDue.push({ card, dueMs });
        break;
      case "new":
        newCards.push({ card, dueMs });
        break;
    }
  }

  const reviewLimit = Math.max(0, input.maxReviewsPerDay - input.reviewsDoneToday);
  const reviews = selectFirst(reviewsDue, reviewLimit);
  const newLimit = Math.max(0, Math.min(input.newPerDay - input.newIntroducedToday, reviewLimit - reviews.length));
  const chosenNew = selectFirst(newCards, newLimit);

  const toItem =
    (kind: QueueItemKind) =>
    ({ card }: Candidate): QueueItem => ({ cardId: card.id, kind, due: card.due });

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
