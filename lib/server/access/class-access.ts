import "server-only";
// Access filters for classes and assignments, built once (like access.ts)
// and reused by every data function of classes, dashboards and pre-teaching.
import { Prisma } from "@/generated/prisma/client";
import type { Actor } from "../actor";
import { taughtClassWhere } from "./text-access";
import { PRE_TEACH_POS as CORE_PRE_TEACH_POS } from "@/lib/core/progress/figure-definitions";

/** Assignments of classes the actor teaches. */
export function taughtAssignmentWhere(actor: Actor): Prisma.AssignmentWhereInput {
  return { class: taughtClassWhere(actor) };
}

/**
 * The assignment of `textId` to `classId`, if the actor teaches that class:
 * only then may they correct the text for the class (shared texts included).
 */
export function correctableAssignmentWhere(actor: Actor, classId: string, textId: string): Prisma.AssignmentWhereInput {
  return { classId, textId, class: taughtClassWhere(actor) };
}

/**
 * Classes whose corrections of a text the actor sees: classes they are in or
 * teach that have the text assigned. A learner outside them never sees them.
 */
export function correctionClassWhere(actor: Actor, textId: string): Prisma.ClassWhereInput {
  return {
    assignments: { some: { textId } },
    OR: [{ enrollments: { some: { userId: actor.id } } }, { teacherId: actor.id }],
  };
}

/** correctionClassWhere as an SQL condition on the class aliased `c` (raw queries of the reader's hot path). */
export function correctionClassSql(actor: Actor, textId: string): Prisma.Sql {
  return Prisma.sql`(EXISTS (SELECT 1 FROM "Assignment" a WHERE a."classId" = c."id" AND a."textId" = ${textId})
    AND (c."teacherId" = ${actor.id}
      OR EXISTS (SELECT 1 FROM "Enrollment" e WHERE e."classId" = c."id" AND e."userId" = ${actor.id})))`;
}

/** Classes the actor is enrolled in (as a learner). */
export function enrolledClassWhere(actor: Actor): Prisma.ClassWhereInput {
  return { enrollments: { some: { userId: actor.id } } };
}

/** Texts a teacher may assign: their own and the shared ones, once imported. */
export function assignableTextWhere(actor: Actor): Prisma.TextWhereInput {
  return { status: "READY", OR: [{ ownerId: actor.id }, { isShared: true }] };
}

/**
 * Parts of speech worth pre-teaching (defined in lib/core/progress with the other figures), for SQL filters.
 */
export const PRE_TEACH_POS: string[] = [...CORE_PRE_TEACH_POS];
