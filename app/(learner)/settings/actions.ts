"use server";
// Server actions of the settings page: authenticate, parse, act (the data layer scopes everything to the actor).
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/server/auth";
import { isAppError } from "@/lib/server/errors";
import { updateReviewSettings } from "@/lib/server/data/update-review-settings";
import { requestOptimization } from "@/lib/server/data/request-optimization";
import { runOptimizerJobs } from "@/lib/server/data/run-optimizer-jobs";
import { reviewSettingsSchema } from "@/lib/validation/review";
import { updateReadingSettings } from "@/lib/server/data/update-reading-settings";
import { readingSettingsSchema } from "@/lib/validation/reading";

export interface SettingsFormState {
  status: "idle" | "saved" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
}

export async function updateReviewSettingsAction(
  _prev: SettingsFormState,
  formData: FormData,
): Promise<SettingsFormState> {
  const actor = await getActor();
  if (!actor) return { status: "error", message: "Your session has ended. Please sign in again." };
  const parsed = reviewSettingsSchema.safeParse({
    desiredRetention: formData.get("desiredRetention"),
    newCardsPerDay: formData.get("newCardsPerDay"),
    maxReviewsPerDay: formData.get("maxReviewsPerDay"),
    learningSteps: formData.get("learningSteps") ?? "",
    enableFuzz: formData.get("enableFuzz") ?? false,
    timeZone: formData.get("timeZone") ?? "",
    dayStartHour: formData.get("dayStartHour"),
  });
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
    return { status: "error", message: "Please correct the highlighted fields.", fieldErrors };
  }
  try {
    await updateReviewSettings(actor, parsed.data);
  } catch (error) {
    if (isAppError(error)) return { status: "error", message: error.message, fieldErrors: error.fieldErrors };
    console.error("saving review settings failed", error);
    return { status: "error", message: "Your settings could not be saved. Please try again." };
  }
  revalidatePath("/review");
  revalidatePath("/settings");
  return { status: "saved", message: "Settings saved." };
}

export async function updateReadingSettingsAction(
  _prev: SettingsFormState,
  formData: FormData,
): Promise<SettingsFormState> {
  const actor = await getActor();
  if (!actor) return { status: "error", message: "Your session has ended. Please sign in again." };
  const parsed = readingSettingsSchema.safeParse({ showGrammar: formData.get("showGrammar") ?? false });
  if (!parsed.success) return { status: "error", message: "Please correct the form." };
  try {
    await updateReadingSettings(actor, parsed.data);
  } catch (error) {
    if (isAppError(error)) return { status: "error", message: error.message };
    console.error("saving reading settings failed", error);
    return { status: "error", message: "Your settings could not be saved. Please try again." };
  }
  revalidatePath("/settings");
  return { status: "saved", message: "Settings saved." };
}

export type OptimizeActionResult = { ok: true; jobId: string } | { ok: false; message: string };

export async function requestOptimizationAction(): Promise<OptimizeActionResult> {
  const actor = await getActor();
  if (!actor) return { ok: false, message: "Your session has ended. Please sign in again." };
  try {
    const { jobId } = await requestOptimization(actor);
    // Deliberately not awaited: training takes seconds to minutes and must never
    // hold the request. Any instance (this one now, or another later) may run it.
    void runOptimizerJobs().catch((error: unknown) => console.error("optimizer worker failed", error));
    return { ok: true, jobId };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    console.error("requesting optimisation failed", error);
    return { ok: false, message: "The optimisation could not be started. Please try again." };
  }
}
