import "server-only";
// Access filters, built once and reused by every data function (STYLE: data access).
import type { Prisma } from "@/generated/prisma/client";
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

/** Texts an actor may change (translations, glosses, deletion): only their own. */
export function ownedTextWhere(actor: Actor): Prisma.TextWhereInput {
  return { ownerId: actor.id };
}

/** Classes a teacher runs. */
export function taughtClassWhere(actor: Actor): Prisma.ClassWhereInput {
  return { teacherId: actor.id };
}
