import "server-only";
import { db } from "../db";
import type { Actor } from "../actor";
import type { DailyGoalInput } from "@/lib/validation/teach";

/** The actor sets their own daily goals (0 = no goal of that kind). */
export async function updateDailyGoal(actor: Actor, { dailyGoalReviews, dailyGoalWords }: DailyGoalInput) {
  return db.user.update({
    where: { id: actor.id },
    data: { dailyGoalReviews, dailyGoalWords },
    select: { dailyGoalReviews: true, dailyGoalWords: true },
  });
}
