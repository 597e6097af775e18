"use server";
// Server action: the learner's own daily goals. Authenticate, parse, act (own row only).
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/server/auth";
import { isAppError } from "@/lib/server/errors";
import { updateDailyGoal } from "@/lib/server/data/update-daily-goal";
import { dailyGoalSchema, toFieldErrors } from "@/lib/validation/teach";

export interface GoalState {
  status: "idle" | "ok" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
}

export async function updateDailyGoalAction(_prev: GoalState, formData: FormData): Promise<GoalState> {
  const actor = await getActor();
  if (!actor) return { status: "error", message: "Your session has ended. Sign in again." };
  const values = {
    dailyGoalReviews: String(formData.get("dailyGoalReviews") ?? ""),
    dailyGoalWords: String(formData.get("dailyGoalWords") ?? ""),
  };
  const parsed = dailyGoalSchema.safeParse(values);
  if (!parsed.success)
    return { status: "error", message: "Please correct the goal.", fieldErrors: toFieldErrors(parsed.error) };
  try {
    await updateDailyGoal(actor, parsed.data);
  } catch (error) {
    if (isAppError(error)) return { status: "error", message: error.message, fieldErrors: error.fieldErrors };
    console.error("saving the daily goal failed", error);
    return { status: "error", message: "Could not save your goal right now. Please try again." };
  }
  revalidatePath("/progress");
  return { status: "ok", message: "Goal saved." };
}
