import "server-only";
import { db } from "../db";
import type { Actor } from "../actor";
import { correctionClassWhere } from "../access/class-access";

export interface ClassCorrections {
  glossByLexeme: Map<string, string>;
  translationBySentence: Map<string, string>;
  /** The same translations by sentence index. */
  translationByIndex: Map<number, string>;
}

/**
 * Teachers' corrections of a text that the actor may see: those of classes the
 * actor is in or teaches and that have the text assigned. Where two such
 * classes corrected the same word or sentence, the latest correction wins.
 */
export async function findClassCorrections(
  actor: Actor,
  textId: string,
  scope: { lexemeIds?: string[]; sentenceIds?: string[]; page?: number } = {},
): Promise<ClassCorrections> {
  const classWhere = correctionClassWhere(actor, textId);
  const [glosses, translations] = await Promise.all([
    scope.lexemeIds?.length === 0
      ? []
      : db.classGlossCorrection.findMany({
          where: { textId, class: classWhere, ...(scope.lexemeIds ? { lexemeId: { in: scope.lexemeIds } } : {}) },
          orderBy: { updatedAt: "asc" },
          select: { lexemeId: true, gloss: true },
        }),
    scope.sentenceIds?.length === 0
      ? []
      : db.classTranslationCorrection.findMany({
          where: {
            textId,
            class: classWhere,
            ...(scope.sentenceIds ? { sentenceId: { in: scope.sentenceIds } } : {}),
            ...(scope.page !== undefined ? { sentence: { page: scope.page } } : {}),
          },
          orderBy: { updatedAt: "asc" },
          select: { sentenceId: true, translation: true, sentence: { select: { index: true } } },
        }),
  ]);
  return {
    glossByLexeme: new Map(glosses.map((g) => [g.lexemeId, g.gloss])),
    translationBySentence: new Map(translations.map((t) => [t.sentenceId, t.translation])),
    translationByIndex: new Map(translations.map((t) => [t.sentence.index, t.translation])),
  };
}
