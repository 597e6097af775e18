import "server-only";
import { db } from "../db";
import { notFoundError } from "../errors";
import type { Actor } from "../actor";

/** A learner leaves a class they are in; NOT_FOUND if they aren't. */
export async function leaveClass(actor: Actor, classId: string) {
  const { count } = await db.enrollment.deleteMany({ where: { classId, userId: actor.id } });
  if (count === 0) throw notFoundError("That class");
}
