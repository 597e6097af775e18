import "server-only";
import { db } from "../db";
import { notFoundError } from "../errors";
import type { Actor } from "../actor";
import { idSchema } from "@/lib/validation/teach";
import { ownedTextWhere } from "../access/text-access";
import { NOT_A_WORD_POS } from "@/lib/core/words/countable";
import { correctableAssignmentWhere } from "../access/class-access";
import { parseIdOrNotFound } from "../parse-input";

/**
 * A text the actor may correct: every sentence with its translation, and
 * every word with the dictionary gloss and the current correction. With
 * `classId`, the corrections are that class's (the actor must teach it and
 * the text must be assigned to it, shared texts included); without, the
 * owner's own text. NOT_FOUND otherwise.
 */
export async function getTextForEditing(actor: Actor, textId: string, classId?: string) {
  const id = parseIdOrNotFound(idSchema, textId, "That text");
  const klassId = classId === undefined ? undefined : parseIdOrNotFound(idSchema, classId, "That class");
  const text = await db.text.findFirst({
    where: {
      id,
      ...(klassId ? { assignments: { some: correctableAssignmentWhere(actor, klassId, id) } } : ownedTextWhere(actor)),
    },
    select: {
      id: true,
      title: true,
      sentences: {
        orderBy: { index: "asc" },
        select: {
          id: true,
          index: true,
          content: true,
          translation: true,
          translationSource: true,
          classTranslationCorrections: {
            where: { classId: klassId ?? "" },
            select: { translation: true },
          },
        },
      },
      textLexemes: {
        where: { lexeme: { pos: { notIn: [...NOT_A_WORD_POS] } } },
        orderBy: [{ count: "desc" }],
        select: { count: true, lexeme: { select: { id: true, lemma: true, pos: true, gloss: true } } },
      },
      glossOverrides: { select: { lexemeId: true, gloss: true } },
      classGlossCorrections: { where: { classId: klassId ?? "" }, select: { lexemeId: true, gloss: true } },
      assignments: {
        where: klassId ? { classId: klassId } : { id: "" },
        take: 1,
        select: { class: { select: { id: true, name: true } } },
      },
    },
  });
  if (!text) throw notFoundError("That text");
  // For a class, its corrections go over the owner's (and the analyser's) glosses.
  const ownerGloss = new Map(text.glossOverrides.map((o) => [o.lexemeId, o.gloss]));
  const classGloss = new Map(text.classGlossCorrections.map((o) => [o.lexemeId, o.gloss]));
  return {
    id: text.id,
    title: text.title,
    klass: text.assignments[0]?.class ?? null,
    sentences: text.sentences.map(({ classTranslationCorrections, ...s }) => {
      const correction = classTranslationCorrections[0]?.translation;
      return correction === undefined ? s : { ...s, translation: correction, translationSource: "TEACHER" as const };
    }),
    words: text.textLexemes.map(({ count, lexeme }) => ({
      lexemeId: lexeme.id,
      lemma: lexeme.lemma,
      pos: lexeme.pos,
      count,
      dictionaryGloss: klassId ? (ownerGloss.get(lexeme.id) ?? lexeme.gloss) : lexeme.gloss,
      override: (klassId ? classGloss.get(lexeme.id) : ownerGloss.get(lexeme.id)) ?? null,
    })),
  };
}
