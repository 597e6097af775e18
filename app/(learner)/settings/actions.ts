"use server";
// Server actions of the settings page, through authedAction (the use cases scope everything to the actor).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction, succeed } from "@/lib/server/action";
import { updateReviewSettings } from "@/lib/server/data/update-review-settings";
import { requestOptimization } from "@/lib/server/data/request-optimization";
import { runOptimizerJobs } from "@/lib/server/jobs/run-optimizer-jobs";
import { reviewSettingsSchema } from "@/lib/validation/review";
import { updateReadingSettings } from "@/lib/server/data/update-reading-settings";
import { readingSettingsSchema } from "@/lib/validation/reading";
import { updateDictionarySettings } from "@/lib/server/data/update-dictionary-settings";
import { dictionarySettingsSchema } from "@/lib/validation/dictionaries";

export const updateReviewSettingsAction = authedAction(reviewSettingsSchema, async (actor, input) => {
  await updateReviewSettings(actor, input);
  revalidatePath("/review");
  revalidatePath("/settings");
  return succeed(null, "Settings saved.");
});

export const requestOptimizationAction = authedAction(z.unknown(), async (actor) => {
  const { jobId } = await requestOptimization(actor);
  // Deliberately not awaited: training takes seconds to minutes and must never
  // hold the request. Any instance (this one now, or another later) may run it.
  void runOptimizerJobs().catch((error: unknown) => console.error("optimizer worker failed", error));
  return { jobId };
});

export const updateReadingSettingsAction = authedAction(readingSettingsSchema, async (actor, input) => {
  await updateReadingSettings(actor, input);
  revalidatePath("/settings");
  return succeed(null, "Settings saved.");
});

export const updateDictionarySettingsAction = authedAction(dictionarySettingsSchema, async (actor, input) => {
  await updateDictionarySettings(actor, input);
  revalidatePath("/settings");
  return succeed(null, "Dictionaries saved.");
});
