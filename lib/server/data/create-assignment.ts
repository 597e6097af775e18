import "server-only";
import { db } from "../db";
import { AppError, notFoundError } from "../errors";
import type { Actor } from "../actor";
import { endOfStudyDay } from "@/lib/core/srs/day";
import type { CreateAssignmentInput } from "@/lib/validation/teach";
import { taughtClassWhere } from "../access/text-access";
import { assignableTextWhere } from "../access/class-access";

/**
 * Assigns one of the teacher's texts (or a shared one) to their class.
 * The due date is a calendar day; it is due at the end of that day in the
 * teacher's time zone. NOT_FOUND for a foreign class or text; CONFLICT when
 * the text is already assigned to that class.
 */
export async function createAssignment(actor: Actor, input: CreateAssignmentInput) {
  const { classId, textId, dueDate, note } = input;
  const klass = await db.class.findFirst({
    where: { id: classId, ...taughtClassWhere(actor) },
    select: { id: true, teacher: { select: { timeZone: true } } },
  });
  if (!klass) throw notFoundError("That class");
  const text = await db.text.findFirst({ where: { id: textId, ...assignableTextWhere(actor) }, select: { id: true } });
  if (!text) throw notFoundError("That text");
  const existing = await db.assignment.findFirst({ where: { classId, textId }, select: { id: true } });
  if (existing) {
    throw new AppError("CONFLICT", "This text is already assigned to the class.", {
      textId: ["This text is already assigned to the class."],
    });
  }
  const dueAt = dueDate ? endOfStudyDay(dueDate, klass.teacher.timeZone, 0) : null;
  return db.assignment.create({
    data: { classId, textId, dueAt, note },
    select: { id: true, classId: true, textId: true, dueAt: true, note: true, createdAt: true },
  });
}
