import "server-only";
import { db } from "../db";
import { notFoundError } from "../errors";
import type { Actor } from "../actor";
import type { UpdateSentenceTranslationInput } from "@/lib/validation/teach";
import { ownedTextWhere } from "../access/text-access";

/**
 * The text's owner corrects a sentence translation (source TEACHER); an
 * empty translation removes it, and the reader falls back to the word-by-word
 * gloss line. NOT_FOUND unless the actor owns the text the sentence belongs to.
 */
export async function updateSentenceTranslation(actor: Actor, input: UpdateSentenceTranslationInput) {
  const { textId, sentenceId, translation } = input;
  const count = await db.$transaction(async (tx) => {
    const updated = await tx.sentence.updateMany({
      where: { id: sentenceId, textId, text: ownedTextWhere(actor) },
      data: translation ? { translation, translationSource: "TEACHER" } : { translation: null, translationSource: null },
    });
    // A new text version: the cached reader pages (keyed by version) are built again.
    if (updated.count > 0) await tx.text.update({ where: { id: textId }, data: { version: { increment: 1 } } });
    return updated.count;
  });
  if (count === 0) throw notFoundError("That sentence");
  return { sentenceId, translation: translation || null };
}
