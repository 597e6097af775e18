import "server-only";
// The due queue: three narrow, indexed queries (learning, reviews by due, new
// by creation) capped by the daily limits, then lib/core's buildQueue decides
// order and interleaving. Loading every card of a 100,000-card collection to
// sort it in memory would blow the 10 ms budget (DESIGN: budgets).
import { db } from "../db";
import type { Actor } from "../actor";
import { fromStateCode } from "../mappers/card";
import { buildQueue, type QueueCard, type SessionQueue } from "@/lib/core/srs/queue";
import { endOfStudyDay, startOfStudyDay, studyDayOf, type StudyDay } from "@/lib/core/srs/day";
import { loadSchedulingUser, ownedCardWhere, ownedReviewLogWhere, type SchedulingUser } from "./review-access";

const STATE = { new: 0, learning: 1, review: 2, relearning: 3 } as const;
// Learning cards are never capped by the queue; this only bounds a pathological backlog.
const MAX_LEARNING_LOADED = 2000;

export interface ReviewQueue {
  user: SchedulingUser;
  today: StudyDay;
  queue: SessionQueue;
  /** Answers given today (all kinds), for progress. */
  answeredToday: number;
  newIntroducedToday: number;
  reviewsDoneToday: number;
}

/**
 * Today's queue for the actor at `now`, honouring the time zone, day start
 * and daily limits (answers already given today count against them).
 */
export async function loadReviewQueue(actor: Actor, now: Date): Promise<ReviewQueue> {
  const user = await loadSchedulingUser(actor);
  const today = studyDayOf(now, user.timeZone, user.dayStartHour);
  const startOfToday = startOfStudyDay(today, user.timeZone, user.dayStartHour);
  const endOfToday = endOfStudyDay(today, user.timeZone, user.dayStartHour);

  const doneByState = await db.reviewLog.groupBy({
    by: ["stateBefore"],
    where: { ...ownedReviewLogWhere(actor), reviewedAt: { gte: startOfToday, lt: endOfToday } },
    _count: { _all: true },
  });
  let newIntroducedToday = 0;
  let reviewsDoneToday = 0;
  let answeredToday = 0;
  for (const group of doneByState) {
    answeredToday += group._count._all;
    if (group.stateBefore === STATE.new) newIntroducedToday += group._count._all;
    if (group.stateBefore === STATE.review) reviewsDoneToday += group._count._all;
  }
  const reviewLimit = Math.max(0, user.maxReviewsPerDay - reviewsDoneToday);
  const newLimit = Math.max(0, Math.min(user.newCardsPerDay - newIntroducedToday, reviewLimit));

  const select = { id: true, state: true, due: true } as const;
  const dueToday = { lt: endOfToday };
  const [learning, reviews, fresh] = await Promise.all([
    db.card.findMany({
      where: { ...ownedCardWhere(actor), state: { in: [STATE.learning, STATE.relearning] }, due: dueToday },
      orderBy: { due: "asc" },
      take: MAX_LEARNING_LOADED,
      select,
    }),
    reviewLimit === 0
      ? []
      : db.card.findMany({
          where: { ...ownedCardWhere(actor), state: STATE.review, due: dueToday },
          orderBy: [{ due: "asc" }, { id: "asc" }],
          take: reviewLimit,
          select,
        }),
    newLimit === 0
      ? []
      : db.card.findMany({
          where: { ...ownedCardWhere(actor), state: STATE.new, due: dueToday },
          orderBy: [{ due: "asc" }, { id: "asc" }],
          take: newLimit,
          select,
        }),
  ]);

  const cards: QueueCard[] = [...learning, ...reviews, ...fresh].map((row) => ({
    id: row.id,
    state: fromStateCode(row.state),
    due: row.due,
  }));
  const queue = buildQueue({
    cards,
    now,
    timeZone: user.timeZone,
    dayStartHour: user.dayStartHour,
    newPerDay: user.newCardsPerDay,
    newIntroducedToday,
    maxReviewsPerDay: user.maxReviewsPerDay,
    reviewsDoneToday,
  });
  return { user, today, queue, answeredToday, newIntroducedToday, reviewsDoneToday };
}
