import "server-only";
import { db } from "../db";
import { notFoundError } from "../errors";
import type { Actor } from "../actor";
import { idSchema } from "@/lib/validation/teach";
import { ownedTextWhere } from "../access/text-access";
import { NOT_A_WORD_POS } from "@/lib/core/words/countable";
import { parseIdOrNotFound } from "../parse-input";

/**
 * A text its owner may correct: every sentence with its translation, and
 * every word with the dictionary gloss and the owner's override.
 * NOT_FOUND for anyone but the owner (shared seed texts have no owner).
 */
export async function getTextForEditing(actor: Actor, textId: string) {
  const id = parseIdOrNotFound(idSchema, textId, "That text");
  const text = await db.text.findFirst({
    where: { id, ...ownedTextWhere(actor) },
    select: {
      id: true,
      title: true,
      sentences: {
        orderBy: { index: "asc" },
        select: { id: true, index: true, content: true, translation: true, translationSource: true },
      },
      textLexemes: {
        where: { lexeme: { pos: { notIn: [...NOT_A_WORD_POS] } } },
        orderBy: [{ count: "desc" }],
        select: { count: true, lexeme: { select: { id: true, lemma: true, pos: true, gloss: true } } },
      },
      glossOverrides: { select: { lexemeId: true, gloss: true } },
    },
  });
  if (!text) throw notFoundError("That text");
  const overrideBy = new Map(text.glossOverrides.map((o) => [o.lexemeId, o.gloss]));
  return {
    id: text.id,
    title: text.title,
    sentences: text.sentences,
    words: text.textLexemes.map(({ count, lexeme }) => ({
      lexemeId: lexeme.id,
      lemma: lexeme.lemma,
      pos: lexeme.pos,
      count,
      dictionaryGloss: lexeme.gloss,
      override: overrideBy.get(lexeme.id) ?? null,
    })),
  };
}
