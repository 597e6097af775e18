import "server-only";
import { db } from "../db";
import { notFoundError } from "../errors";
import type { Actor } from "../actor";
import { getReadableText } from "./get-readable-text";
import { toStoredTokens } from "../mappers/stored-tokens";
import { findClassCorrections } from "./find-class-corrections";
import { compactTokens, type CompactSentence, type ReaderLexeme } from "@/lib/core/reading/reader-payload";
import { grammarInfoOf } from "@/lib/core/grammar/grammar-info";
import { getLexicon } from "../lexicon";

export const SENTENCES_PER_PAGE = 40;

export type { ReaderToken, ReaderLexeme, ReaderSentence, CompactSentence } from "@/lib/core/reading/reader-payload";

export interface ReadingView {
  text: { id: string; title: string; sentenceCount: number; wordCount: number; isOwner: boolean; sourceUrl: string | null };
  page: number;
  pageCount: number;
  /** Compact: expand with expandSentences(view.sentences, view.lexemes). */
  sentences: CompactSentence[];
  lexemes: Record<string, ReaderLexeme>;
  progress: { sentenceIndex: number; maxSentence: number; finishedAt: string | null };
  settings: { markKnownOnFinish: boolean; showGrammar: boolean };
}

/**
 * Everything the reader shows for one page of a text, in one payload: hover
 * glosses never need the network. Glosses corrected by the text's owner
 * (GlossOverride) replace the analyser's, and a teacher's corrections for a
 * class the actor is in (or teaches) replace both, translations included.
 */
export async function getReadingView(actor: Actor, textId: string, requestedPage?: number): Promise<ReadingView> {
  const text = await getReadableText(actor, textId);
  const pageCount = Math.max(1, Math.ceil(text.sentenceCount / SENTENCES_PER_PAGE));
  const [state] = await db.$queryRaw<
    { sentenceIndex: number | null; maxSentence: number | null; finishedAt: Date | null; markKnownOnFinish: boolean; showGrammar: boolean }[]
  >`SELECT rp."sentenceIndex", rp."maxSentence", rp."finishedAt", u."markKnownOnFinish", u."showGrammar"
    FROM "User" u LEFT JOIN "ReadingProgress" rp ON rp."userId" = u."id" AND rp."textId" = ${textId}
    WHERE u."id" = ${actor.id}`;
  if (!state) throw notFoundError("That user");
  const page = requestedPage ?? Math.floor((state.sentenceIndex ?? 0) / SENTENCES_PER_PAGE) + 1;
  if (!Number.isInteger(page) || page < 1 || page > pageCount) throw notFoundError("That page");

  const rows = await db.sentence.findMany({
    where: { textId, index: { gte: (page - 1) * SENTENCES_PER_PAGE, lt: page * SENTENCES_PER_PAGE } },
    orderBy: { index: "asc" },
    select: { id: true, index: true, paragraph: true, start: true, content: true, translation: true, translationSource: true, tokens: true },
  });

  const stored = rows.map((row) => toStoredTokens(row.tokens));
  const lexemeIds = [...new Set(stored.flatMap((tokens) => tokens.flatMap((t) => (t.lx ? [t.lx] : []))))];

  // One round trip for the page's lexemes with the learner's status, card and the owner's gloss corrections.
  const lexemeRows = lexemeIds.length
    ? await db.$queryRaw<
        { id: string; lemma: string; pos: string; gloss: string | null; status: number | null; meaning: string | null; override: string | null; hasCard: boolean }[]
      >`SELECT l."id", l."lemma", l."pos", l."gloss", ws."status", ws."userMeaning" AS "meaning", go."gloss" AS "override",
               EXISTS (SELECT 1 FROM "Card" c WHERE c."userId" = ${actor.id} AND c."lexemeId" = l."id") AS "hasCard"
        FROM unnest(${lexemeIds}::text[]) AS k(id)
        JOIN "Lexeme" l ON l."id" = k.id
        LEFT JOIN "WordStatus" ws ON ws."lexemeId" = l."id" AND ws."userId" = ${actor.id}
        LEFT JOIN "GlossOverride" go ON go."lexemeId" = l."id" AND go."textId" = ${textId}`
    : [];
  const classCorrections = await findClassCorrections(actor, textId, { lexemeIds, sentenceIds: rows.map((r) => r.id) });
  const lexemes: Record<string, ReaderLexeme> = {};
  const corrected = new Set<string>();
  for (const l of lexemeRows) {
    // The class's correction wins over the owner's, which wins over the analyser's gloss.
    const override = classCorrections.glossByLexeme.get(l.id) ?? l.override;
    if (override) corrected.add(l.id);
    lexemes[l.id] = { lemma: l.lemma, pos: l.pos, gloss: override ?? l.gloss, status: l.status ?? 0, meaning: l.meaning, hasCard: l.hasCard };
    // Principal parts, genitive or comparison: once per lexeme, only when the learner sees grammar.
    const grammar = state.showGrammar ? grammarInfoOf(getLexicon(), l.lemma, l.pos) : {};
    if (Object.keys(grammar).length > 0) lexemes[l.id]!.grammar = grammar;
  }
  const sentences: CompactSentence[] = rows.map((row, i) => ({
    index: row.index,
    paragraph: row.paragraph,
    content: row.content,
    ...(classCorrections.translationBySentence.has(row.id)
      ? { translation: classCorrections.translationBySentence.get(row.id)!, translationSource: "TEACHER" as const }
      : { translation: row.translation, translationSource: row.translationSource }),
    // A corrected word shows the correction in every occurrence, not the per-token gloss.
    tokens: compactTokens(
      stored[i]!.map((t) => (t.lx && corrected.has(t.lx) && !t.phrase ? { ...t, gloss: lexemes[t.lx]!.gloss } : t)),
      row.start,
      lexemes,
    ),
  }));

  return {
    text: { id: text.id, title: text.title, sentenceCount: text.sentenceCount, wordCount: text.wordCount, isOwner: text.ownerId === actor.id, sourceUrl: text.sourceUrl },
    page,
    pageCount,
    sentences,
    lexemes,
    progress: {
      sentenceIndex: state.sentenceIndex ?? 0,
      maxSentence: state.maxSentence ?? 0,
      finishedAt: state.finishedAt ? new Date(state.finishedAt).toISOString() : null,
    },
    settings: { markKnownOnFinish: state.markKnownOnFinish, showGrammar: state.showGrammar },
  };
}
