"use server";
// Server action: the learner's own daily goals, through authedAction (own row only).
import { revalidatePath } from "next/cache";
import { authedAction, succeed } from "@/lib/server/action";
import { updateDailyGoal } from "@/lib/server/data/update-daily-goal";
import { dailyGoalSchema } from "@/lib/validation/teach";

export const updateDailyGoalAction = authedAction(dailyGoalSchema, async (actor, input) => {
  await updateDailyGoal(actor, input);
  revalidatePath("/progress");
  return succeed(null, "Goal saved.");
});
