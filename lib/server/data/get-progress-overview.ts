import "server-only";
import { db } from "../db";
import type { Actor } from "../actor";
import { fromStateCode } from "../mappers/card";
import { fromStoredStatus } from "../mappers/word-status";
import { addDays, startOfStudyDay, endOfStudyDay, studyDayOf } from "@/lib/core/srs/day";
import { CardState, LearningStatus } from "@/generated/prisma/enums";
import { RATING_NAMES } from "../mappers/review-rating";
import { computeHeatmap } from "@/lib/core/progress/compute-heatmap";
import { collectActivityDays, computeStreak } from "@/lib/core/progress/compute-streak";
import { computeTrueRetention } from "@/lib/core/progress/compute-true-retention";
import { computeForecast } from "@/lib/core/progress/compute-forecast";
import { computeKnownWordsOverTime } from "@/lib/core/progress/compute-known-words-over-time";
import { computeReadingPerDay } from "@/lib/core/progress/compute-reading-per-day";
import { computeGoalProgress } from "@/lib/core/progress/compute-goal-progress";
import { countDueCards } from "./count-due-cards";

/** Days shown by each chart. The heatmap's window also bounds the streak (see below). */
export const PROGRESS_WINDOWS = { heatmapDays: 26 * 7, knownDays: 90, readingDays: 30, forecastDays: 30, retentionWeeks: 12 };

/**
 * Everything /progress shows, for the actor only, computed by lib/core/progress
 * from plain rows in the actor's time zone and day start. The streak is
 * counted within the heatmap window (half a year), which bounds the query.
 */
export async function getProgressOverview(actor: Actor, now = new Date()) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { timeZone: true, dayStartHour: true, dailyGoalReviews: true, dailyGoalWords: true },
  });
  const { timeZone, dayStartHour } = user;
  const today = studyDayOf(now, timeZone, dayStartHour);
  const heatmapFrom = addDays(today, -(PROGRESS_WINDOWS.heatmapDays - 1));
  const since = startOfStudyDay(heatmapFrom, timeZone, dayStartHour);
  const forecastEnd = endOfStudyDay(addDays(today, PROGRESS_WINDOWS.forecastDays - 1), timeZone, dayStartHour);
  const userId = actor.id;

  const [reviews, reading, statusEvents, knownWords, dueCards, newCards, cardCount, finishedCount, finished, dueToday] =
    await Promise.all([
      db.reviewLog.findMany({
        where: { userId, reviewedAt: { gte: since } },
        select: { reviewedAt: true, rating: true, stateBefore: true, scheduledDaysBefore: true, stabilityBefore: true, elapsedDaysBefore: true },
      }),
      db.readingEvent.findMany({ where: { userId, at: { gte: since } }, select: { at: true, seconds: true, wordsRead: true } }),
      db.wordStatusEvent.findMany({ where: { userId }, select: { lexemeId: true, toStatus: true, at: true } }),
      db.wordStatus.count({ where: { userId, status: LearningStatus.KNOWN } }),
      db.card.findMany({ where: { userId, state: { not: CardState.NEW }, due: { lt: forecastEnd } }, select: { due: true } }),
      db.card.count({ where: { userId, state: CardState.NEW } }),
      db.card.count({ where: { userId } }),
      db.readingProgress.count({ where: { userId, finishedAt: { not: null } } }),
      db.readingProgress.findMany({
        where: { userId, finishedAt: { not: null } },
        orderBy: { finishedAt: "desc" },
        take: 5,
        select: { finishedAt: true, text: { select: { id: true, title: true } } },
      }),
      countDueCards(actor, now),
    ]);

  const heatmap = computeHeatmap(reviews, timeZone, dayStartHour, heatmapFrom, today);
  const activityDays = collectActivityDays(
    [...reviews.map((r) => r.reviewedAt), ...reading.filter((r) => r.seconds > 0 || r.wordsRead > 0).map((r) => r.at)],
    timeZone,
    dayStartHour,
  );
  const streak = computeStreak(activityDays, today);
  const retention = computeTrueRetention(
    reviews.map((r) => ({
      reviewedAt: r.reviewedAt,
      rating: RATING_NAMES[r.rating],
      state: fromStateCode(r.stateBefore),
      scheduledDays: r.scheduledDaysBefore,
      stability: r.stabilityBefore,
      elapsedDays: r.elapsedDaysBefore,
    })),
    timeZone,
    dayStartHour,
  ).slice(-PROGRESS_WINDOWS.retentionWeeks);
  const forecast = computeForecast(
    dueCards.map((c) => c.due),
    today,
    timeZone,
    dayStartHour,
    PROGRESS_WINDOWS.forecastDays,
  );
  const knownOverTime = computeKnownWordsOverTime(
    statusEvents.map((e) => ({ lexemeId: e.lexemeId, status: fromStoredStatus(e.toStatus), changedAt: e.at })),
    timeZone,
    dayStartHour,
    addDays(today, -(PROGRESS_WINDOWS.knownDays - 1)),
    today,
  );
  const readingPerDay = computeReadingPerDay(
    reading.map((r) => ({ startedAt: r.at, seconds: r.seconds, wordsRead: r.wordsRead })),
    timeZone,
    dayStartHour,
    addDays(today, -(PROGRESS_WINDOWS.readingDays - 1)),
    today,
  );
  const readToday = readingPerDay[readingPerDay.length - 1];
  const reviewsToday = heatmap[heatmap.length - 1]?.count ?? 0;
  const goal = computeGoalProgress(
    { reviews: user.dailyGoalReviews, wordsRead: user.dailyGoalWords },
    { reviews: reviewsToday, newWords: 0, readingSeconds: readToday?.seconds ?? 0, wordsRead: readToday?.wordsRead ?? 0 },
  );

  return {
    today,
    timeZone,
    knownWords,
    dueToday,
    newCards,
    cardCount,
    streak,
    goal,
    goalSettings: { dailyGoalReviews: user.dailyGoalReviews, dailyGoalWords: user.dailyGoalWords },
    heatmap,
    retention,
    forecast,
    knownOverTime,
    readingPerDay,
    textsFinished: {
      count: finishedCount,
      recent: finished.map((f) => ({ textId: f.text.id, title: f.text.title, finishedAt: f.finishedAt })),
    },
    hasAnyActivity: reviews.length > 0 || reading.length > 0 || cardCount > 0 || knownWords > 0,
  };
}
