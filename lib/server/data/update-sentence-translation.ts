import "server-only";
import { db } from "../db";
import { notFoundError } from "../errors";
import type { Actor } from "../actor";
import type { UpdateSentenceTranslationInput } from "@/lib/validation/teach";
import { ownedTextWhere } from "../access/text-access";
import { correctableAssignmentWhere } from "../access/class-access";

/**
 * Corrects a sentence translation. With `classId`, a teacher corrects a text
 * assigned to their class (shared ones included) for that class only, and an
 * empty translation removes the correction. Without, the owner corrects their
 * own text for every reader (source TEACHER), and an empty translation removes
 * it so the reader falls back to the word-by-word gloss line.
 * NOT_FOUND unless the actor may correct the text the sentence belongs to.
 */
export async function updateSentenceTranslation(actor: Actor, input: UpdateSentenceTranslationInput) {
  const { textId, classId, sentenceId, translation } = input;
  if (classId) {
    const sentence = await db.sentence.findFirst({
      where: { id: sentenceId, textId, text: { assignments: { some: correctableAssignmentWhere(actor, classId, textId) } } },
      select: { id: true },
    });
    if (!sentence) throw notFoundError("That sentence");
    if (!translation) {
      await db.classTranslationCorrection.deleteMany({ where: { classId, sentenceId } });
      return { sentenceId, translation: null };
    }
    await db.classTranslationCorrection.upsert({
      where: { classId_sentenceId: { classId, sentenceId } },
      update: { translation },
      create: { classId, sentenceId, textId, translation },
    });
    return { sentenceId, translation };
  }
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
