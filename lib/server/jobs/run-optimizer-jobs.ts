import "server-only";
// The optimiser worker. It is not a use case of one user: whichever app
// instance calls it claims QUEUED jobs one at a time with an atomic
// UPDATE … FOR UPDATE SKIP LOCKED, so instances never run the same job, and
// every query on a claimed job is scoped by that job's user.
import { db } from "../db";
import { RATING_NAMES } from "../mappers/review-rating";
import { optimizeParameters, type CardReviewHistory } from "@/lib/core/srs/optimizer";

/** A RUNNING job not updated for this long belongs to an instance that died; it is queued again. */
export const STALE_JOB_MS = 10 * 60_000;
// Progress is written at most this often: the optimiser reports many times a second.
const PROGRESS_WRITE_MS = 500;

interface ClaimedJob {
  id: string;
  userId: string;
}

async function claimNextJob(now: Date): Promise<ClaimedJob | null> {
  const staleBefore = new Date(now.getTime() - STALE_JOB_MS);
  const rows = await db.$queryRaw<ClaimedJob[]>`
    UPDATE "OptimizerJob" SET "status" = 'RUNNING', "done" = 0, "updatedAt" = ${now}
    WHERE "id" = (
      SELECT "id" FROM "OptimizerJob"
      WHERE "status" = 'QUEUED' OR ("status" = 'RUNNING' AND "updatedAt" < ${staleBefore})
      ORDER BY "createdAt" ASC
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "userId"`;
  return rows[0] ?? null;
}

async function runJob(job: ClaimedJob): Promise<void> {
  const user = await db.user.findUnique({ where: { id: job.userId }, select: { timeZone: true, dayStartHour: true } });
  if (!user) return;
  const logs = await db.reviewLog.findMany({
    where: { userId: job.userId },
    select: { cardId: true, rating: true, reviewedAt: true },
    orderBy: { reviewedAt: "asc" },
  });
  const byCard = new Map<string, CardReviewHistory>();
  for (const log of logs) {
    const rating = RATING_NAMES[log.rating];
    if (!rating) continue;
    let history = byCard.get(log.cardId);
    if (!history) byCard.set(log.cardId, (history = { cardId: log.cardId, reviews: [] }));
    history.reviews.push({ rating, reviewedAt: log.reviewedAt });
  }

  let lastWrite = 0;
  let pendingWrite: Promise<unknown> = Promise.resolve();
  const weights = await optimizeParameters([...byCard.values()], {
    timeZone: user.timeZone,
    dayStartHour: user.dayStartHour,
    onProgress: (done, total) => {
      const at = Date.now();
      if (at - lastWrite < PROGRESS_WRITE_MS && done < total) return;
      lastWrite = at;
      pendingWrite = pendingWrite.then(() =>
        db.optimizerJob.updateMany({
          where: { id: job.id, userId: job.userId, status: "RUNNING" },
          data: { done, total },
        }),
      );
    },
  });
  await pendingWrite;
  await db.$transaction([
    db.user.update({ where: { id: job.userId }, data: { fsrsWeights: weights } }),
    db.optimizerJob.updateMany({
      where: { id: job.id, userId: job.userId },
      data: { status: "DONE", result: { weights, reviewCount: logs.length }, error: null },
    }),
  ]);
}

/**
 * Runs queued optimiser jobs until none is left and returns how many ran.
 * Call it without awaiting from the request that queued a job; a failing job
 * is marked FAILED with its message and the loop goes on.
 *
 * @example
 * void runOptimizerJobs().catch((e) => console.error(e));
 */
export async function runOptimizerJobs(options: { now?: () => Date; maxJobs?: number } = {}): Promise<number> {
  const clock = options.now ?? (() => new Date());
  const maxJobs = options.maxJobs ?? 100;
  let count = 0;
  while (count < maxJobs) {
    const job = await claimNextJob(clock());
    if (!job) break;
    count++;
    try {
      await runJob(job);
    } catch (error) {
      console.error(`optimizer job ${job.id} failed`, error);
      const message = error instanceof RangeError ? error.message : "The optimisation failed. Please try again later.";
      await db.optimizerJob.updateMany({
        where: { id: job.id, userId: job.userId },
        data: { status: "FAILED", error: message },
      });
    }
  }
  return count;
}
