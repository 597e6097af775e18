import "server-only";
import { db } from "../db";
import { notFoundError } from "../errors";
import type { Actor } from "../actor";
import { taughtAssignmentWhere } from "../access/class-access";

/** Withdraws an assignment. Cards already pushed to learners stay theirs. */
export async function deleteAssignment(actor: Actor, assignmentId: string) {
  const { count } = await db.assignment.deleteMany({ where: { id: assignmentId, ...taughtAssignmentWhere(actor) } });
  if (count === 0) throw notFoundError("That assignment");
}
