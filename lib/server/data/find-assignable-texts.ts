import "server-only";
import { db } from "../db";
import type { Actor } from "../actor";
import { assignableTextWhere } from "../access/class-access";

/** Texts a teacher may assign or edit: their own (editable) and the shared ones. */
export async function findAssignableTexts(actor: Actor) {
  if (actor.role !== "TEACHER") return [];
  const texts = await db.text.findMany({
    where: assignableTextWhere(actor),
    orderBy: [{ isShared: "desc" }, { createdAt: "desc" }],
    select: { id: true, title: true, isShared: true, ownerId: true, sentenceCount: true, wordCount: true },
  });
  return texts.map((t) => ({
    id: t.id,
    title: t.title,
    isShared: t.isShared,
    isOwned: t.ownerId === actor.id,
    sentenceCount: t.sentenceCount,
    wordCount: t.wordCount,
  }));
}
