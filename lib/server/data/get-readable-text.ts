import "server-only";
import { db } from "../db";
import { notFoundError } from "../errors";
import type { Actor } from "../actor";

/**
 * A text the actor may read (own, shared, or assigned to a class they are in
 * or teach — the rule of readableTextWhere in ./access.ts); NOT_FOUND
 * otherwise. Checked in two cheap steps: this runs on every reader request.
 */
export async function getReadableText(actor: Actor, textId: string) {
  // A text still being imported (IMPORTING) is nobody's to read yet.
  const text = await db.text.findUnique({
    where: { id: textId, status: "READY" },
    select: {
      id: true,
      title: true,
      ownerId: true,
      sentenceCount: true,
      wordCount: true,
      lexemeCount: true,
      isShared: true,
      source: true,
      sourceUrl: true,
      pageCount: true,
      version: true,
    },
  });
  if (!text) throw notFoundError("That text");
  if (text.ownerId === actor.id || text.isShared) return text;
  const assigned = await db.assignment.findFirst({
    where: {
      textId,
      class: { OR: [{ teacherId: actor.id }, { enrollments: { some: { userId: actor.id } } }] },
    },
    select: { id: true },
  });
  if (!assigned) throw notFoundError("That text");
  return text;
}
