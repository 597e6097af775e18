import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import type { Actor } from "../actor";
import { assertValidSchedulerSettings } from "@/lib/core/srs/scheduler";
import { toSchedulerSettings } from "../mappers/card";
import type { ReviewSettings } from "@/lib/validation/review";

/**
 * Saves the actor's review settings (retention, daily limits, learning steps,
 * fuzz, time zone, day start). Throws INVALID_INPUT with field errors.
 *
 * @example
 * await updateReviewSettings(actor, { desiredRetention: 0.85, newCardsPerDay: 10, maxReviewsPerDay: 200,
 *   learningSteps: "1m 10m", enableFuzz: true, timeZone: "Europe/Berlin", dayStartHour: 4 });
 */
export async function updateReviewSettings(actor: Actor, input: ReviewSettings): Promise<ReviewSettings> {
  // Field by field: the caller's object may carry more than the settings (it is typed, not stripped).
  const { desiredRetention, newCardsPerDay, maxReviewsPerDay, learningSteps, enableFuzz, timeZone, dayStartHour } = input;
  const settings = { desiredRetention, newCardsPerDay, maxReviewsPerDay, learningSteps, enableFuzz, timeZone, dayStartHour };
  try {
    // The scheduler is the authority on what it accepts; ask it before saving.
    assertValidSchedulerSettings(toSchedulerSettings({ ...settings, fsrsWeights: null }));
  } catch (error) {
    if (error instanceof RangeError) throw new AppError("INVALID_INPUT", error.message, { form: [error.message] });
    throw error;
  }
  const updated = await db.user.updateMany({ where: { id: actor.id }, data: settings });
  if (updated.count !== 1) throw new AppError("UNAUTHORIZED", "Please sign in again.");
  return settings;
}
