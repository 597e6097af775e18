import "server-only";
import { db } from "../db";
import { notFoundError } from "../errors";
import type { Actor } from "../actor";
import type { UpdateGlossOverrideInput } from "@/lib/validation/teach";
import { ownedTextWhere } from "../access/text-access";
import { correctableAssignmentWhere } from "../access/class-access";

/**
 * Sets the gloss a word shows in a text; an empty gloss removes the
 * correction so the dictionary gloss shows again. With `classId`, a teacher
 * corrects a text assigned to their class (shared ones included) for that
 * class only; without, the owner corrects their own text for every reader.
 * NOT_FOUND unless the actor may correct it and the word occurs in the text.
 */
export async function updateGlossOverride(actor: Actor, input: UpdateGlossOverrideInput) {
  const { textId, classId, lexemeId, gloss } = input;
  const textLexeme = await db.textLexeme.findFirst({
    where: {
      textId,
      lexemeId,
      text: classId
        ? { assignments: { some: correctableAssignmentWhere(actor, classId, textId) } }
        : ownedTextWhere(actor),
    },
    select: { textId: true },
  });
  if (!textLexeme) throw notFoundError("That word");
  if (classId) {
    if (!gloss) {
      await db.classGlossCorrection.deleteMany({ where: { classId, textId, lexemeId } });
      return { lexemeId, gloss: null };
    }
    await db.classGlossCorrection.upsert({
      where: { classId_textId_lexemeId: { classId, textId, lexemeId } },
      update: { gloss },
      create: { classId, textId, lexemeId, gloss },
    });
    return { lexemeId, gloss };
  }
  // A new text version: the cached reader pages (keyed by version) are built again.
  const bumpVersion = db.text.update({ where: { id: textId }, data: { version: { increment: 1 } } });
  if (!gloss) {
    await db.$transaction([db.glossOverride.deleteMany({ where: { textId, lexemeId } }), bumpVersion]);
    return { lexemeId, gloss: null };
  }
  await db.$transaction([
    db.glossOverride.upsert({
      where: { textId_lexemeId: { textId, lexemeId } },
      update: { gloss },
      create: { textId, lexemeId, gloss },
    }),
    bumpVersion,
  ]);
  return { lexemeId, gloss };
}
