import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import type { Actor } from "../actor";
import { MIN_REVIEWS_FOR_OPTIMIZATION } from "@/lib/core/srs/optimizer";
import type { ReviewSettings } from "@/lib/validation/review";
import { ownedReviewLogWhere } from "../access/review-access";

export interface ReviewSettingsView extends ReviewSettings {
  /** Whether the scheduler uses parameters optimised from the learner's own history. */
  hasOptimizedWeights: boolean;
  reviewCount: number;
  minReviewsForOptimization: number;
}

/** The actor's review settings for the settings form. */
export async function getReviewSettings(
  actor: Actor,
): Promise<ReviewSettingsView> {
  // Sequential on purpose: the embedded server can't run concurrent statements of one request safely.
  const user = await db.user.findUnique({
    where: { id: actor.id },
    select: {
      desiredRetention: true,
      newCardsPerDay: true,
      maxReviewsPerDay: true,
      learningSteps: true,
      enableFuzz: true,
      timeZone: true,
      dayStartHour: true,
      fsrsWeights: true,
    },
  });
  const reviewCount = await db.reviewLog.count({
    where: ownedReviewLogWhere(actor),
  });
  if (!user) throw new AppError("UNAUTHORIZED", "Please sign in again.");
  const { fsrsWeights, ...settings } = user;
  return {
    ...settings,
    hasOptimizedWeights: Array.isArray(fsrsWeights),
    reviewCount,
    minReviewsForOptimization: MIN_REVIEWS_FOR_OPTIMIZATION,
  };
}
