import "server-only";
// Access filters, built once and reused by every data function (STYLE: data access).
import { Prisma } from "@/generated/prisma/client";
import type { Actor } from "../actor";

/** Texts an actor may read: their own, shared ones, and ones assigned to a class they are in or teach. */
export function readableTextWhere(actor: Actor): Prisma.TextWhereInput {
  return {
    OR: [
      { ownerId: actor.id },
      { isShared: true },
      { assignments: { some: { class: { enrollments: { some: { userId: actor.id } } } } } },
      { assignments: { some: { class: { teacherId: actor.id } } } },
    ],
  };
}

/**
 * readableTextWhere as an SQL condition on the text aliased `t`, for the raw
 * queries of the reader's hot path (no query-plan compilation per request).
 * The same rule, clause for clause: tests/server/access/readable-text-sql.test.ts checks they agree.
 */
export function readableTextSql(actor: Actor): Prisma.Sql {
  return Prisma.sql`(t."ownerId" = ${actor.id} OR t."isShared" OR EXISTS (
    SELECT 1 FROM "Assignment" a JOIN "Class" c ON c."id" = a."classId"
    WHERE a."textId" = t."id" AND (c."teacherId" = ${actor.id}
      OR EXISTS (SELECT 1 FROM "Enrollment" e WHERE e."classId" = c."id" AND e."userId" = ${actor.id}))))`;
}

/** Texts an actor may change (translations, glosses, deletion): only their own. */
export function ownedTextWhere(actor: Actor): Prisma.TextWhereInput {
  return { ownerId: actor.id };
}

/** Classes a teacher runs. */
export function taughtClassWhere(actor: Actor): Prisma.ClassWhereInput {
  return { teacherId: actor.id };
}
