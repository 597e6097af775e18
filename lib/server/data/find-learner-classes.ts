import "server-only";
import { db } from "../db";
import type { Actor } from "../actor";
import { enrolledClassWhere } from "../access/class-access";

/** Classes the actor is enrolled in, with the teacher's name. */
export async function findLearnerClasses(actor: Actor) {
  const classes = await db.class.findMany({
    where: enrolledClassWhere(actor),
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      teacher: { select: { name: true } },
      enrollments: { where: { userId: actor.id }, select: { joinedAt: true } },
      _count: { select: { assignments: true } },
    },
  });
  return classes.map((c) => ({
    id: c.id,
    name: c.name,
    teacherName: c.teacher.name,
    joinedAt: c.enrollments[0]?.joinedAt ?? null,
    assignmentCount: c._count.assignments,
  }));
}
