import "server-only";
import { db } from "../db";
import { notFoundError } from "../errors";
import type { Actor } from "../actor";
import type { UpdateGlossOverrideInput } from "@/lib/validation/teach";
import { ownedTextWhere } from "../access/text-access";

/**
 * The text's owner sets the gloss a word shows in this text (GlossOverride);
 * an empty gloss removes the override so the dictionary gloss shows again.
 * NOT_FOUND unless the actor owns the text and the word occurs in it.
 */
export async function updateGlossOverride(actor: Actor, input: UpdateGlossOverrideInput) {
  const { textId, lexemeId, gloss } = input;
  const textLexeme = await db.textLexeme.findFirst({
    where: { textId, lexemeId, text: ownedTextWhere(actor) },
    select: { textId: true },
  });
  if (!textLexeme) throw notFoundError("That word");
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
