import "server-only";
// Access filters for classes and assignments, built once (like access.ts)
// and reused by every data function of classes, dashboards and pre-teaching.
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "../actor";
import { taughtClassWhere } from "./text-access";

/** Assignments of classes the actor teaches. */
export function taughtAssignmentWhere(actor: Actor): Prisma.AssignmentWhereInput {
  return { class: taughtClassWhere(actor) };
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
 * Parts of speech worth pre-teaching. Function words (der, und, in, er…) are
 * the most frequent lexemes of any text but a card for "der" teaches nothing.
 */
export const PRE_TEACH_POS = ["NOUN", "VERB", "ADJ", "ADV", "PHRASE"];
