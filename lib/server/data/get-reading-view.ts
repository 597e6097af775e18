import "server-only";
import { db } from "../db";
import { notFoundError } from "../errors";
import type { Actor } from "../actor";
import { getReadableText } from "./get-readable-text";
import type { StoredToken } from "@/lib/core/import/stored-token";

export const SENTENCES_PER_PAGE = 40;

/** A token as the reader needs it (offsets relative to its sentence). */
export interface ReaderToken {
  text: string;
  start: number;
  kind: StoredToken["kind"];
  lexemeId?: string;
  lemma?: string;
  pos?: string;
  gloss?: string | null;
  article?: string | null;
  plural?: string | null;
  compound?: { parts: string[]; glosses: (string | null)[] };
  phrase?: { lemma: string; gloss: string | null; tokenIndexes: number[] };
}

export interface ReaderSentence {
  index: number;
  paragraph: number;
  content: string;
  translation: string | null;
  translationSource: string | null;
  tokens: ReaderToken[];
}

export interface ReaderLexeme {
  lemma: string;
  pos: string;
  gloss: string | null;
  status: number;
  meaning: string | null;
  hasCard: boolean;
}

export interface ReadingView {
  text: { id: string; title: string; sentenceCount: number; wordCount: number; isOwner: boolean; sourceUrl: string | null };
  page: number;
  pageCount: number;
  sentences: ReaderSentence[];
  lexemes: Record<string, ReaderLexeme>;
  progress: { sentenceIndex: number; maxSentence: number; finishedAt: string | null };
  settings: { markKnownOnFinish: boolean };
}

function toReaderToken(token: StoredToken, sentenceStart: number): ReaderToken {
  const out: ReaderToken = { text: token.text, start: token.start - sentenceStart, kind: token.kind };
  if (token.lx) out.lexemeId = token.lx;
  if (token.kind !== "word") return out;
  out.lemma = token.lemma;
  out.pos = token.pos;
  out.gloss = token.gloss ?? null;
  if (token.article) out.article = token.article;
  if (token.plural) out.plural = token.plural;
  if (token.compound) out.compound = { parts: token.compound.parts, glosses: token.compound.glosses };
  if (token.phrase) out.phrase = { lemma: token.phrase.lemma, gloss: token.phrase.gloss, tokenIndexes: token.phrase.tokenIndexes };
  return out;
}

/**
 * Everything the reader shows for one page of a text, in one payload: hover
 * glosses never need the network. Glosses corrected by the text's owner
 * (GlossOverride) replace the analyser's.
 */
export async function getReadingView(actor: Actor, textId: string, requestedPage?: number): Promise<ReadingView> {
  const text = await getReadableText(actor, textId);
  const pageCount = Math.max(1, Math.ceil(text.sentenceCount / SENTENCES_PER_PAGE));
  const [state] = await db.$queryRaw<
    { sentenceIndex: number | null; maxSentence: number | null; finishedAt: Date | null; markKnownOnFinish: boolean }[]
  >`SELECT rp."sentenceIndex", rp."maxSentence", rp."finishedAt", u."markKnownOnFinish"
    FROM "User" u LEFT JOIN "ReadingProgress" rp ON rp."userId" = u."id" AND rp."textId" = ${textId}
    WHERE u."id" = ${actor.id}`;
  if (!state) throw notFoundError("That user");
  const page = requestedPage ?? Math.floor((state.sentenceIndex ?? 0) / SENTENCES_PER_PAGE) + 1;
  if (!Number.isInteger(page) || page < 1 || page > pageCount) throw notFoundError("That page");

  const rows = await db.sentence.findMany({
    where: { textId, index: { gte: (page - 1) * SENTENCES_PER_PAGE, lt: page * SENTENCES_PER_PAGE } },
    orderBy: { index: "asc" },
    select: { index: true, paragraph: true, start: true, content: true, translation: true, translationSource: true, tokens: true },
  });

  const sentences: ReaderSentence[] = rows.map((row) => ({
    index: row.index,
    paragraph: row.paragraph,
    content: row.content,
    translation: row.translation,
    translationSource: row.translationSource,
    tokens: (row.tokens as unknown as StoredToken[]).map((t) => toReaderToken(t, row.start)),
  }));
  const lexemeIds = [...new Set(sentences.flatMap((s) => s.tokens.flatMap((t) => (t.lexemeId ? [t.lexemeId] : []))))];

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
  const overrideBy = new Map(lexemeRows.flatMap((l) => (l.override ? [[l.id, l.override] as const] : [])));
  const lexemes: Record<string, ReaderLexeme> = {};
  for (const l of lexemeRows) {
    lexemes[l.id] = { lemma: l.lemma, pos: l.pos, gloss: l.gloss, status: l.status ?? 0, meaning: l.meaning, hasCard: l.hasCard };
  }
  // The owner's correction wins over the analyser's per-token gloss.
  if (overrideBy.size) {
    for (const s of sentences) {
      for (const t of s.tokens) {
        const corrected = t.lexemeId ? overrideBy.get(t.lexemeId) : undefined;
        if (!corrected) continue;
        if (t.phrase) t.phrase.gloss = corrected;
        else t.gloss = corrected;
        lexemes[t.lexemeId!]!.gloss = corrected;
      }
    }
  }

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
    settings: { markKnownOnFinish: state.markKnownOnFinish },
  };
}
