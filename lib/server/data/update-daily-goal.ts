import "server-only";
import { db } from "../db";
import type { Actor } from "../actor";
import { dailyGoalSchema, type DailyGoalInput } from "@/lib/validation/teach";
import { parseInput } from "../parse-input";

/** The actor sets their own daily goals (0 = no goal of that kind). */
export async function updateDailyGoal(actor: Actor, input: DailyGoalInput) {
  const data = parseInput(dailyGoalSchema, input);
  return db.user.update({
    where: { id: actor.id },
    data,
    select: { dailyGoalReviews: true, dailyGoalWords: true },
  });
}
