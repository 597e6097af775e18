import "server-only";
import { db } from "../db";
import { notFoundError } from "../errors";
import type { Actor } from "../actor";
import { taughtClassWhere } from "../access/text-access";

/**
 * The teacher removes a learner from their class. The learner's own data
 * (cards, progress) stays theirs; the teacher just stops seeing it.
 * NOT_FOUND for another teacher's class or a learner who isn't enrolled.
 */
export async function removeLearner(actor: Actor, classId: string, learnerId: string) {
  const { count } = await db.enrollment.deleteMany({
    where: { classId, userId: learnerId, class: taughtClassWhere(actor) },
  });
  if (count === 0) throw notFoundError("That learner");
}
