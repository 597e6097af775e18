import "server-only";
import { db } from "../db";
import { notFoundError } from "../errors";
import type { Actor } from "../actor";
import { getReadableText } from "./get-readable-text";
import { loadTextPage, type CachedTextPage } from "../cache/reader-text-pages";
import { findClassCorrections } from "./find-class-corrections";
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

/** The learner's status, own meaning and card for each of `lexemeIds` that has any. */
async function findLearnerWords(actor: Actor, lexemeIds: string[]): Promise<LearnerWords> {
  if (lexemeIds.length === 0) return {};
  const rows = await db.$queryRaw<{ id: string; status: LearningStatus | null; meaning: string | null; hasCard: boolean }[]>`
    SELECT k.id, ws."status", ws."userMeaning" AS "meaning",
           EXISTS (SELECT 1 FROM "Card" c WHERE c."userId" = ${actor.id} AND c."lexemeId" = k.id) AS "hasCard"
    FROM unnest(${lexemeIds}::text[]) AS k(id)
    LEFT JOIN "WordStatus" ws ON ws."lexemeId" = k.id AND ws."userId" = ${actor.id}
    WHERE ws."lexemeId" IS NOT NULL OR EXISTS (SELECT 1 FROM "Card" c WHERE c."userId" = ${actor.id} AND c."lexemeId" = k.id)`;
  const words: LearnerWords = {};
  for (const r of rows) words[r.id] = { status: r.status ? toWordStatusCode(r.status) : WORD_STATUS.new, meaning: r.meaning, hasCard: r.hasCard };
  return words;
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
  const text = await getReadableText(actor, textId);
  const [state] = await db.$queryRaw<
    {
      sentenceIndex: number | null;
      maxSentence: number | null;
      finishedAt: Date | null;
      markKnownOnFinish: boolean;
      showGrammar: boolean;
      page: number | null;
    }[]
  >`SELECT rp."sentenceIndex", rp."maxSentence", rp."finishedAt", u."markKnownOnFinish", u."showGrammar", s."page"
    FROM "User" u
    LEFT JOIN "ReadingProgress" rp ON rp."userId" = u."id" AND rp."textId" = ${text.id}
    LEFT JOIN "Sentence" s ON s."textId" = ${text.id} AND s."index" = rp."sentenceIndex"
    WHERE u."id" = ${actor.id}`;
  if (!state) throw notFoundError("That user");
  const page = requestedPage ?? Math.min(state.page ?? 1, text.pageCount);
  if (!Number.isInteger(page) || page < 1 || page > text.pageCount) throw notFoundError("That page");
  const textPage = await loadTextPage(text.id, text.version, page);
  const classCorrections = await findClassCorrections(actor, text.id, { lexemeIds: textPage.lexemeIds, page });
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
    textPageUrl: `/api/texts/${encodeURIComponent(text.id)}/pages/${page}?v=${text.version}`,
    words: await findLearnerWords(actor, textPage.lexemeIds),
    corrections: {
      glosses: Object.fromEntries(classCorrections.glossByLexeme),
      translations: Object.fromEntries(classCorrections.translationByIndex),
    },
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
