import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import type { Actor } from "../actor";
import { hasEnoughHistory, MIN_REVIEWS_FOR_OPTIMIZATION } from "@/lib/core/srs/optimizer";
import { ownedReviewLogWhere } from "../access/review-access";

/**
 * Queues an optimisation of the actor's FSRS parameters (a job row any app
 * instance may pick up; see runOptimizerJobs). A job already queued or
 * running is returned instead of a second one. INVALID_INPUT below
 * MIN_REVIEWS_FOR_OPTIMIZATION reviews.
 *
 * @example
 * const { jobId } = await requestOptimization(actor);
 * void runOptimizerJobs(); // don't await: the request returns at once
 */
export async function requestOptimization(actor: Actor): Promise<{ jobId: string; isNew: boolean }> {
  const reviewCount = await db.reviewLog.count({ where: ownedReviewLogWhere(actor) });
  if (!hasEnoughHistory(reviewCount)) {
    throw new AppError(
      "INVALID_INPUT",
      `Optimising needs at least ${MIN_REVIEWS_FOR_OPTIMIZATION} reviews; you have ${reviewCount} so far.`,
    );
  }
  return db.$transaction(async (tx) => {
    // Serialise requests of one user so two clicks can't queue two jobs.
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${actor.id} FOR UPDATE`;
    const pending = await tx.optimizerJob.findFirst({
      where: { userId: actor.id, status: { in: ["QUEUED", "RUNNING"] } },
      select: { id: true },
    });
    if (pending) return { jobId: pending.id, isNew: false };
    const job = await tx.optimizerJob.create({ data: { userId: actor.id, total: reviewCount }, select: { id: true } });
    return { jobId: job.id, isNew: true };
  });
}
