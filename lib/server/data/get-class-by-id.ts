import "server-only";
import { db } from "../db";
import { notFoundError } from "../errors";
import type { Actor } from "../actor";
import { taughtClassWhere } from "../access/text-access";

/** A class the actor teaches; NOT_FOUND for unknown ids and other teachers' classes alike. */
export async function getClassById(actor: Actor, classId: string) {
  const klass = await db.class.findFirst({
    where: { id: classId, ...taughtClassWhere(actor) },
    select: { id: true, name: true, joinCode: true, createdAt: true, _count: { select: { enrollments: true } } },
  });
  if (!klass) throw notFoundError("That class");
  return klass;
}
