import "server-only";
// The due queue: three narrow, indexed selections (learning, reviews by due,
// new by creation) capped by the daily limits, then lib/core's buildQueue decides
// order and interleaving. Loading every card of a 100,000-card collection to
// sort it in memory would blow the 10 ms budget (DESIGN: budgets).
import { sql } from "../db";
import type { Actor } from "../actor";
import { fromStateCode } from "../mappers/card";
import { CardState } from "@/generated/prisma/enums";
import {
  buildQueue,
  type QueueCard,
  type SessionQueue,
} from "@/lib/core/srs/queue";
import {
  endOfStudyDay,
  startOfStudyDay,
  studyDayOf,
  type StudyDay,
} from "@/lib/core/srs/day";
import { loadSchedulingUser, type SchedulingUser } from "../access/review-access";

// Learning cards are never capped by the queue; this only bounds a pathological backlog.
const MAX_LEARNING_LOADED = 2000;

interface QueueRow {
  id: string | null;
  state: CardState | null;
  due: Date | string | null;
  newDone: number | null;
  reviewsDone: number | null;
  answered: number | null;
}

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
export async function loadReviewQueue(
  actor: Actor,
  now: Date,
): Promise<ReviewQueue> {
  const user = await loadSchedulingUser(actor);
  const today = studyDayOf(now, user.timeZone, user.dayStartHour);
  const startOfToday = startOfStudyDay(today, user.timeZone, user.dayStartHour);
  const endOfToday = endOfStudyDay(today, user.timeZone, user.dayStartHour);

  // One round trip for today's answer counts and the three capped card lists:
  // on the embedded database the round trips, not the index scans, dominate.
  // The LIMITs use today's counts, so they are computed in the same statement.
  const rows = await sql<QueueRow>`
    WITH done AS (
      SELECT count(*) FILTER (WHERE "stateBefore" = ${CardState.NEW}::"CardState")::int AS "newDone",
             count(*) FILTER (WHERE "stateBefore" = ${CardState.REVIEW}::"CardState")::int AS "reviewsDone",
             count(*)::int AS "answered"
      FROM "ReviewLog"
      WHERE "userId" = ${actor.id} AND "reviewedAt" >= ${startOfToday} AND "reviewedAt" < ${endOfToday}
    ), limits AS (
      SELECT GREATEST(0, ${user.maxReviewsPerDay} - "reviewsDone") AS "reviews",
             GREATEST(0, LEAST(${user.newCardsPerDay} - "newDone", ${user.maxReviewsPerDay} - "reviewsDone")) AS "fresh"
      FROM done
    ), learning AS (
      SELECT "id", "state", "due" FROM "Card"
      WHERE "userId" = ${actor.id} AND "state" IN (${CardState.LEARNING}::"CardState", ${CardState.RELEARNING}::"CardState") AND "due" < ${endOfToday}
      ORDER BY "due" LIMIT ${MAX_LEARNING_LOADED}
    ), reviews AS (
      SELECT "id", "state", "due" FROM "Card"
      WHERE "userId" = ${actor.id} AND "state" = ${CardState.REVIEW}::"CardState" AND "due" < ${endOfToday}
      ORDER BY "due", "id" LIMIT (SELECT "reviews" FROM limits)
    ), fresh AS (
      SELECT "id", "state", "due" FROM "Card"
      WHERE "userId" = ${actor.id} AND "state" = ${CardState.NEW}::"CardState" AND "due" < ${endOfToday}
      ORDER BY "due", "id" LIMIT (SELECT "fresh" FROM limits)
    )
    SELECT "id", "state", "due", NULL::int AS "newDone", NULL::int AS "reviewsDone", NULL::int AS "answered" FROM learning
    UNION ALL SELECT "id", "state", "due", NULL, NULL, NULL FROM reviews
    UNION ALL SELECT "id", "state", "due", NULL, NULL, NULL FROM fresh
    UNION ALL SELECT NULL, NULL, NULL, "newDone", "reviewsDone", "answered" FROM done`;

  let newIntroducedToday = 0;
  let reviewsDoneToday = 0;
  let answeredToday = 0;
  const cardRows: { id: string; state: CardState; due: Date }[] = [];
  for (const row of rows) {
    if (row.id !== null && row.state !== null && row.due !== null) {
      cardRows.push({ id: row.id, state: row.state, due: new Date(row.due) });
    } else {
      newIntroducedToday = row.newDone ?? 0;
      reviewsDoneToday = row.reviewsDone ?? 0;
      answeredToday = row.answered ?? 0;
    }
  }

  const cards: QueueCard[] = cardRows.map((row) => ({
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
  return {
    user,
    today,
    queue,
    answeredToday,
    newIntroducedToday,
    reviewsDoneToday,
  };
}
