import "server-only";
import { db } from "../db";
import type { Actor } from "../actor";
import { idSchema } from "@/lib/validation/teach";
import { getClassById } from "./get-class-by-id";
import { parseIdOrNotFound } from "../parse-input";

/**
 * Learners enrolled in a class the actor teaches (NOT_FOUND otherwise).
 * Only the name and join date: a teacher sees nothing else about a learner here.
 */
export async function findClassLearners(actor: Actor, classId: string) {
  const id = parseIdOrNotFound(idSchema, classId, "That class");
  await getClassById(actor, id);
  const enrollments = await db.enrollment.findMany({
    where: { classId: id },
    orderBy: [{ user: { name: "asc" } }, { joinedAt: "asc" }],
    select: { joinedAt: true, user: { select: { id: true, name: true } } },
  });
  return enrollments.map((e) => ({ id: e.user.id, name: e.user.name, joinedAt: e.joinedAt }));
}
