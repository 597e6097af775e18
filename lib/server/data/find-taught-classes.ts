import "server-only";
import { db } from "../db";
import type { Actor } from "../actor";
import { taughtClassWhere } from "../access/text-access";

/** The classes the actor teaches, newest first (empty for learners). */
export async function findTaughtClasses(actor: Actor) {
  const classes = await db.class.findMany({
    where: taughtClassWhere(actor),
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      joinCode: true,
      createdAt: true,
      _count: { select: { enrollments: true, assignments: true } },
    },
  });
  return classes.map((c) => ({
    id: c.id,
    name: c.name,
    joinCode: c.joinCode,
    createdAt: c.createdAt,
    learnerCount: c._count.enrollments,
    assignmentCount: c._count.assignments,
  }));
}
