import "server-only";
import { db } from "../db";
import type { Actor } from "../actor";
import { idSchema } from "@/lib/validation/teach";
import { getClassById } from "./get-class-by-id";
import { parseIdOrNotFound } from "../parse-input";

/** Assignments of a class the actor teaches, soonest due first. */
export async function findClassAssignments(actor: Actor, classId: string, now = new Date()) {
  const id = parseIdOrNotFound(idSchema, classId, "That class");
  await getClassById(actor, id);
  const rows = await db.assignment.findMany({
    where: { classId: id },
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { createdAt: "desc" }],
    select: {
      id: true,
      dueAt: true,
      note: true,
      createdAt: true,
      text: { select: { id: true, title: true, sentenceCount: true } },
    },
  });
  return rows.map((a) => ({
    id: a.id,
    dueAt: a.dueAt,
    note: a.note,
    createdAt: a.createdAt,
    textId: a.text.id,
    textTitle: a.text.title,
    isPastDue: a.dueAt !== null && a.dueAt.getTime() < now.getTime(),
  }));
}
