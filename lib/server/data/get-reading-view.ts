import "server-only";
import { sql } from "../db";
import { notFoundError } from "../errors";
import type { Actor } from "../actor";
import { getReadableText } from "./get-readable-text";
import { loadTextPage, newestRememberedTextPage, type CachedTextPage } from "../cache/reader-text-pages";
import { grantTextPage } from "../access/text-page-grant";
import { correctionClassSql } from "../access/class-access";
import type { LearningStatus } from "@/generated/prisma/enums";
import { toWordStatusCode } from "../mappers/word-status";
import { WORD_STATUS } from "@/lib/core/words/status";
import {
  withClassCorrections,
  withLearnerWords,
  type PageCorrections,
  type CompactSentence,
  type LearnerWords,
  type ReaderLexeme,
  type ReaderTextPage,
} from "@/lib/core/reading/reader-payload";

export type { ReaderToken, ReaderLexeme, ReaderSentence, CompactSentence } from "@/lib/core/reading/reader-payload";

/**
 * The learner's part of one reader page, small whatever the text: where they
 * are, their settings and the state of the page's words. The page's text
 * itself (sentences, tokens, glosses) comes from textPageUrl, the same for
 * every learner and cached by the browser (getReaderTextPage).
 */
export interface ReaderShell {
  text: {
    id: string;
    title: string;
    sentenceCount: number;
    wordCount: number;
    isOwner: boolean;
    sourceUrl: string | null;
  };
  page: number;
  pageCount: number;
  /** Immutable address of this page's per-text part (changes with the text's version). */
  textPageUrl: string;
  words: LearnerWords;
  /** Corrections by the teacher of a class the learner is in, for this page (applied over the page's text). */
  corrections: PageCorrections;
  progress: { sentenceIndex: number; maxSentence: number; finishedAt: string | null };
  settings: { markKnownOnFinish: boolean; showGrammar: boolean };
}

export interface ReadingView extends Omit<ReaderShell, "words" | "textPageUrl" | "corrections"> {
  /** Compact: expand with expandSentences(view.sentences, view.lexemes). */
  sentences: CompactSentence[];
  lexemes: Record<string, ReaderLexeme>;
}

type PageExtraRow =
  | { kind: "word"; key: string; status: LearningStatus | null; text: string | null; hasCard: boolean | null; index: null }
  | { kind: "gloss"; key: string; status: null; text: string; hasCard: null; index: null }
  | { kind: "translation"; key: null; status: null; text: string; hasCard: null; index: number };

/**
 * In one statement: the learner's status, own meaning and card for each of
 * `lexemeIds` that has any, and the corrections of this page by the teacher of
 * a class the learner is in or teaches that has the text assigned (the latest
 * wins where two classes corrected the same word or sentence).
 */
async function findPageExtras(
  actor: Actor,
  textId: string,
  page: number,
  lexemeIds: string[],
): Promise<{ words: LearnerWords; corrections: PageCorrections }> {
  const rows = await sql<PageExtraRow>`
    WITH classes AS (SELECT c."id" FROM "Class" c WHERE ${correctionClassSql(actor, textId)}),
    words AS (
      SELECT k.id AS "key", ws."status", ws."userMeaning" AS "text",
             EXISTS (SELECT 1 FROM "Card" cd WHERE cd."userId" = ${actor.id} AND cd."lexemeId" = k.id) AS "hasCard"
      FROM unnest(${lexemeIds}::text[]) AS k(id)
      LEFT JOIN "WordStatus" ws ON ws."lexemeId" = k.id AND ws."userId" = ${actor.id}
    )
    SELECT 'word' AS "kind", w."key", w."status", w."text", w."hasCard", NULL::int AS "index", NULL::timestamp AS "at"
    FROM words w WHERE w."status" IS NOT NULL OR w."hasCard"
    UNION ALL
    SELECT 'gloss', g."lexemeId", NULL, g."gloss", NULL, NULL, g."updatedAt"
    FROM "ClassGlossCorrection" g WHERE g."textId" = ${textId} AND g."classId" IN (SELECT "id" FROM classes)
    UNION ALL
    SELECT 'translation', NULL, NULL, tc."translation", NULL, s."index", tc."updatedAt"
    FROM "ClassTranslationCorrection" tc JOIN "Sentence" s ON s."id" = tc."sentenceId"
    WHERE tc."textId" = ${textId} AND s."page" = ${page} AND tc."classId" IN (SELECT "id" FROM classes)
    ORDER BY "at" ASC NULLS FIRST`;
  const words: LearnerWords = {};
  const corrections: PageCorrections = { glosses: {}, translations: {} };
  const onPage = new Set(lexemeIds);
  for (const row of rows) {
    if (row.kind === "word") words[row.key] = {
        status: row.status ? toWordStatusCode(row.status) : WORD_STATUS.new,
        meaning: row.text,
        hasCard: row.hasCard ?? false,
      };
    else if (row.kind === "gloss") {
      if (onPage.has(row.key)) corrections.glosses[row.key] = row.text;
    } else corrections.translations[row.index] = row.text;
  }
  return { words, corrections };
}

/**
 * What the reader page needs from the server for `actor`: NOT_FOUND for a
 * text they may not read or a page it does not have. Without a page, the one
 * holding the sentence they last read.
 */
export async function getReaderShell(actor: Actor, textId: string, requestedPage?: number): Promise<ReaderShell> {
  return (await loadReaderShell(actor, textId, requestedPage)).shell;
}

/** The shell and the page's cached text it was built from (read once, for getReadingView too). */
async function loadReaderShell(
  actor: Actor,
  textId: string,
  requestedPage: number | undefined,
): Promise<{ shell: ReaderShell; textPage: CachedTextPage }> {
  // One round trip where it can be: the access check, the learner's own state and, when the page is
  // named and this process holds a version of it, that page's extras, side by side. The other
  // queries read only the actor's rows (and their classes' corrections), and nothing of them is
  // used unless the text is readable; the extras are used only if the version held is current.
  const guess = requestedPage === undefined ? null : newestRememberedTextPage(textId, requestedPage);
  const [text, [state], guessedExtras] = await Promise.all([
    getReadableText(actor, textId),
    sql<
    {
      sentenceIndex: number | null;
      maxSentence: number | null;
      finishedAt: Date | null;
      markKnownOnFinish: boolean;
      showGrammar: boolean;
      page: number | null;
    }
  >`SELECT rp."sentenceIndex", rp."maxSentence", rp."finishedAt", u."markKnownOnFinish", u."showGrammar", s."page"
    FROM "User" u
    LEFT JOIN "ReadingProgress" rp ON rp."userId" = u."id" AND rp."textId" = ${textId}
    LEFT JOIN "Sentence" s ON s."textId" = ${textId} AND s."index" = rp."sentenceIndex"
    WHERE u."id" = ${actor.id}`,
    guess && requestedPage !== undefined ? findPageExtras(actor, textId, requestedPage, guess.lexemeIds) : null,
  ]);
  if (!state) throw notFoundError("That user");
  const page = requestedPage ?? Math.min(state.page ?? 1, text.pageCount);
  if (!Number.isInteger(page) || page < 1 || page > text.pageCount) throw notFoundError("That page");
  const textPage = await loadTextPage(text.id, text.version, page);
  const { words, corrections } =
    guessedExtras && guess?.version === text.version && page === requestedPage
      ? guessedExtras
      : await findPageExtras(actor, text.id, page, textPage.lexemeIds);
  const shell: ReaderShell = {
    text: {
      id: text.id,
      title: text.title,
      sentenceCount: text.sentenceCount,
      wordCount: text.wordCount,
      isOwner: text.ownerId === actor.id,
      sourceUrl: text.sourceUrl,
    },
    page,
    pageCount: text.pageCount,
    textPageUrl: `/api/texts/${encodeURIComponent(text.id)}/pages/${page}?v=${text.version}&g=${grantTextPage(actor.id, text.id, text.version, new Date())}`,
    words,
    corrections,
    progress: {
      sentenceIndex: state.sentenceIndex ?? 0,
      maxSentence: state.maxSentence ?? 0,
      finishedAt: state.finishedAt ? new Date(state.finishedAt).toISOString() : null,
    },
    settings: { markKnownOnFinish: state.markKnownOnFinish, showGrammar: state.showGrammar },
  };
  return { shell, textPage };
}

/**
 * Everything the reader shows for one page of a text, in one object (hover
 * glosses never need the network): the learner's shell joined with the
 * page's cached text. Glosses corrected by the text's owner replace the analyser's, and a
 * teacher's corrections for a class the actor is in (or teaches) replace both, translations included.
 */
export async function getReadingView(actor: Actor, textId: string, requestedPage?: number): Promise<ReadingView> {
  const { shell, textPage } = await loadReaderShell(actor, textId, requestedPage);
  const { sentences, lexemes } = withClassCorrections(JSON.parse(textPage.json) as ReaderTextPage, shell.corrections);
  const { text: meta, page, pageCount, progress, settings, words } = shell;
  const learnerLexemes = withLearnerWords(lexemes, words);
  // The shared page carries every lexeme's grammar; a learner who hid it gets none.
  if (!settings.showGrammar) for (const lexeme of Object.values(learnerLexemes)) delete lexeme.grammar;
  return { text: meta, page, pageCount, progress, settings, sentences, lexemes: learnerLexemes };
}
