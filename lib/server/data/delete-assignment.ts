import "server-only";
import { db } from "../db";
import { notFoundError } from "../errors";
import type { Actor } from "../actor";
import { idSchema } from "@/lib/validation/teach";
import { taughtAssignmentWhere } from "../access/class-access";
import { parseIdOrNotFound } from "../parse-input";

/** Withdraws an assignment. Cards already pushed to learners stay theirs. */
export async function deleteAssignment(actor: Actor, assignmentId: string) {
  const id = parseIdOrNotFound(idSchema, assignmentId, "That assignment");
  const { count } = await db.assignment.deleteMany({ where: { id, ...taughtAssignmentWhere(actor) } });
  if (count === 0) throw notFoundError("That assignment");
}
