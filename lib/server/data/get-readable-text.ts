import "server-only";
import { db } from "../db";
import { notFoundError } from "../errors";
import type { Actor } from "../actor";
import { readableTextWhere } from "./access";

/** A text the actor may read (own, shared, or assigned to their class); NOT_FOUND otherwise. */
export async function getReadableText(actor: Actor, textId: string) {
  const text = await db.text.findFirst({
    where: { id: textId, ...readableTextWhere(actor) },
    select: { id: true, title: true, ownerId: true, sentenceCount: true, wordCount: true, lexemeCount: true, isShared: true, source: true, sourceUrl: true },
  });
  if (!text) throw notFoundError("That text");
  return text;
}
