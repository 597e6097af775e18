import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import { getLexicon } from "../lexicon";
import { isMachineTranslationConfigured, machineTranslate } from "../http/machine-translate";
import type { Actor } from "../actor";
import { analyzeSentences, type AnalyzedSentence, type AnalyzedToken, type AnalyzedText } from "@/lib/core/analyze";
import { tokenLexemeGloss } from "@/lib/core/gloss/lexeme-gloss";
import { cleanText } from "@/lib/core/text/clean";
import { assessGerman } from "@/lib/core/import/assess-german";
import { findBinaryContent } from "@/lib/core/import/decode-text";
import { alignTranslations } from "@/lib/core/import/align-translations";
import { lexemeKeyOf, type StoredToken } from "@/lib/core/import/stored-token";
import { paginate, PAGE_TOKENS } from "@/lib/core/reading/paginate";
import { timeSentences, type PlacedCue } from "@/lib/core/import/formats/subtitles";
import { importTextSchema, MAX_IMPORT_TOKENS, type ImportTextInput } from "@/lib/validation/import";
import type { TranslationSource } from "@/generated/prisma/client";

export interface ImportProgress {
  phase: "analysing" | "saving" | "done";
  done: number;
  total: number;
}

export interface ImportOptions {
  /** Shared texts appear in every library (the seed article). */
  isShared?: boolean;
  /** Translations given per German sentence text (authored); beats the parallel text. */
  authoredTranslations?: Map<string, string>;
  onProgress?: (progress: ImportProgress) => void | Promise<void>;
  /** Called once the (still hidden) Text row exists: the job records it so a restarted worker can remove it. */
  onTextCreated?: (textId: string) => void | Promise<void>;
  /** A book's author (EPUB or PDF metadata). */
  author?: string | null;
  /** A book's chapters by character offset into the content: each starts a reader page and is listed in the reader. */
  sections?: { title: string; offset: number }[];
  /** Subtitle cues placed in the content: every sentence gets the time it is spoken. */
  cues?: PlacedCue[] | null;
}

/** The first sentence of each section (by offset); a section left without a sentence of its own is dropped. */
function sectionStarts(sentences: AnalyzedSentence[], sections: { title: string; offset: number }[]) {
  const starts: { title: string; sentenceIndex: number }[] = [];
  let s = 0;
  for (const section of sections) {
    while (s < sentences.length && sentences[s]!.start < section.offset) s++;
    if (s >= sentences.length) break;
    if (starts[starts.length - 1]?.sentenceIndex === s) continue;
    starts.push({ title: section.title.slice(0, 200), sentenceIndex: s });
  }
  return starts;
}

type CheckedInput = ReturnType<typeof checkInput>;
type LexemeRow = { lemma: string; pos: string; gender: string | null; gloss: string | null };

const LEXEME_CHUNK = 2_000;
// Rows are saved in batches of about this many tokens, each in its own short
// statement: on the embedded database (one transaction at a time) a single
// transaction for a whole book made every other user wait for it. After each
// batch the import pauses for half as long as the batch took, so the database
// spends at most two thirds of its time on one import (PGlite runs one
// statement at a time; on PostgreSQL the pause costs a book a few seconds).
const BATCH_TOKENS = 600;
const PAUSE_SHARE = 0.5;
const MAX_PAUSE_MS = 250;

function fieldError(field: string, message: string): AppError {
  return new AppError("INVALID_INPUT", message, { [field]: [message] });
}

function normaliseForMatch(s: string): string {
  return s.normalize("NFC").replace(/\s+/g, " ").trim();
}

const lexemeKey = (lemma: string, pos: string) => `${lemma}\u0000${pos}`;

/**
 * Lexeme identity of a token: separated verb parts share the particle verb's
 * lexeme. The lexeme row (shared by every text) keeps the context-free gloss;
 * the sense chosen in this sentence stays on the stored token for the reader.
 */
function tokenLexeme(token: AnalyzedToken): { lemma: string; pos: string; gloss: string | null } | null {
  const key = lexemeKeyOf(token);
  if (!key) return null;
  return { ...key, gloss: tokenLexemeGloss(getLexicon(), token, key.lemma, key.pos) };
}

/** Step 1: the input's shape, size and encoding. */
function checkInput(input: ImportTextInput) {
  const parsed = importTextSchema.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw fieldError(String(first?.path[0] ?? "content"), first?.message ?? "Check the text and try again.");
  }
  const content = parsed.data.content.normalize("NFC");
  const binary = findBinaryContent(content);
  if (binary) throw fieldError("content", binary);
  return { ...parsed.data, content };
}

/** Step 2: the analysis, refused when the text is not German or has more tokens than one import may. */
function analyse(content: string): { analysed: AnalyzedText; wordCount: number } {
  const sentences: AnalyzedSentence[] = [];
  let tokens = 0;
  // Counted while analysing, so an oversized text stops early instead of being analysed whole first.
  for (const sentence of analyzeSentences(content, getLexicon())) {
    tokens += sentence.tokens.length;
    if (tokens > MAX_IMPORT_TOKENS) {
      throw fieldError(
        "content",
        `The text is too long to import at once (more than ${MAX_IMPORT_TOKENS.toLocaleString("en")} words and signs). Split it into parts, for example by chapter.`,
      );
    }
    sentences.push(sentence);
  }
  const analysed: AnalyzedText = { title: cleanText(content).title, sentences };
  if (analysed.sentences.length === 0) {
    throw fieldError("content", "No sentences were found in this text. Paste running German text, not only symbols or numbers.");
  }
  const assessment = assessGerman(analysed);
  if (!assessment.isGerman) {
    throw fieldError(
      "content",
      "This does not look like German text (too few German words were recognised). Check that you pasted the German original.",
    );
  }
  return { analysed, wordCount: assessment.wordCount };
}

/** Step 3: each sentence's translation — authored (by sentence text), then the aligned parallel text, then machine translation. */
async function translate(
  sentences: AnalyzedSentence[],
  translation: string | undefined,
  authored: Map<string, string> | undefined,
): Promise<{ translations: (string | null)[]; sources: (TranslationSource | null)[] }> {
  const translations: (string | null)[] = sentences.map(() => null);
  const sources: (TranslationSource | null)[] = sentences.map(() => null);
  if (translation) {
    alignTranslations(
      sentences.map((s) => s.text),
      translation,
    ).forEach((t, i) => {
      if (t) {
        translations[i] = t;
        sources[i] = "PARALLEL";
      }
    });
  }
  if (authored) {
    const byText = new Map([...authored].map(([de, en]) => [normaliseForMatch(de), en]));
    sentences.forEach((s, i) => {
      const text = byText.get(normaliseForMatch(s.text));
      if (text) {
        translations[i] = text;
        sources[i] = "AUTHORED";
      }
    });
  }
  const missing = translations.flatMap((t, i) => (t ? [] : [i]));
  if (missing.length > 0 && isMachineTranslationConfigured()) {
    const machine = await machineTranslate(missing.map((i) => sentences[i]!.text));
    missing.forEach((sentenceIndex, k) => {
      if (machine[k]) {
        translations[sentenceIndex] = machine[k]!;
        sources[sentenceIndex] = "MT";
      }
    });
  }
  return { translations, sources };
}

/** Step 4: the distinct lexemes of the text. */
function collectLexemes(sentences: AnalyzedSentence[]): Map<string, LexemeRow> {
  const rows = new Map<string, LexemeRow>();
  for (const sentence of sentences) {
    for (const token of sentence.tokens) {
      const lx = tokenLexeme(token);
      if (!lx) continue;
      const key = lexemeKey(lx.lemma, lx.pos);
      const existing = rows.get(key);
      if (!existing) {
        rows.set(key, { lemma: lx.lemma, pos: lx.pos, gender: token.phrase ? null : (token.gender ?? null), gloss: lx.gloss });
      } else if (!existing.gloss && lx.gloss) {
        existing.gloss = lx.gloss;
      }
    }
  }
  return rows;
}

/** Step 5: lexemes are dictionary rows shared by all texts: insert the missing ones, then read every id. */
async function saveLexemes(rows: Map<string, LexemeRow>): Promise<Map<string, string>> {
  const lexemes = [...rows.values()];
  const ids = new Map<string, string>();
  for (let i = 0; i < lexemes.length; i += LEXEME_CHUNK) {
    const slice = lexemes.slice(i, i + LEXEME_CHUNK);
    await db.lexeme.createMany({ data: slice, skipDuplicates: true });
    const found = await db.$queryRaw<{ id: string; lemma: string; pos: string }[]>`
      SELECT l."id", l."lemma", l."pos" FROM "Lexeme" l
      JOIN unnest(${slice.map((l) => l.lemma)}::text[], ${slice.map((l) => l.pos)}::text[]) AS k(lemma, pos)
        ON l."lemma" = k.lemma AND l."pos" = k.pos`;
    for (const r of found) ids.set(lexemeKey(r.lemma, r.pos), r.id);
  }
  return ids;
}

/** Stored tokens of one sentence and the occurrences it adds (a separated verb counts once, at its first part). */
function storeSentence(sentence: AnalyzedSentence, ids: Map<string, string>) {
  const occurrences: { lexemeId: string; tokenIndex: number }[] = [];
  const tokens: StoredToken[] = sentence.tokens.map((token, tokenIndex) => {
    const lx = tokenLexeme(token);
    const lexemeId = lx ? ids.get(lexemeKey(lx.lemma, lx.pos)) : undefined;
    if (!lexemeId) return { ...token };
    if (!token.phrase || token.phrase.tokenIndexes[0] === tokenIndex) occurrences.push({ lexemeId, tokenIndex });
    return { ...token, lx: lexemeId };
  });
  return { tokens, occurrences };
}

/**
 * Step 6: Text (hidden while IMPORTING), then sentences and occurrences in
 * batches, then the lexeme counts and READY in one last transaction. Until
 * that commits the text is in no library and no reader; if the import fails
 * it is deleted here, and if the process dies a restarted job removes it
 * (lib/server/jobs/import-queue.ts).
 */
async function save(
  owner: Actor | null,
  input: CheckedInput,
  analysed: AnalyzedText,
  wordCount: number,
  lexemeRows: Map<string, LexemeRow>,
  translated: { translations: (string | null)[]; sources: (TranslationSource | null)[] },
  options: ImportOptions,
): Promise<{ textId: string; title: string }> {
  const { sentences } = analysed;
  const first = sentences[0]!.text;
  const title = input.title ?? analysed.title ?? (first.length > 80 ? `${first.slice(0, 77)}…` : first);
  const total = sentences.length;
  await options.onProgress?.({ phase: "saving", done: 0, total });
  const ids = await saveLexemes(lexemeRows);
  const sections = sectionStarts(sentences, options.sections ?? []);
  const timings = options.cues?.length ? timeSentences(options.cues, sentences) : null;
  const pages = paginate(
    sentences.map((s) => s.tokens.length),
    PAGE_TOKENS,
    new Set(sections.map((s) => s.sentenceIndex)),
  );
  const text = await db.text.create({
    data: {
      ownerId: owner?.id ?? null,
      title,
      source: owner ? input.source : "SEED",
      sourceUrl: input.sourceUrl ?? null,
      author: options.author?.slice(0, 200) ?? null,
      isShared: options.isShared ?? false,
      status: "IMPORTING",
      wordCount,
      lexemeCount: lexemeRows.size,
      sentenceCount: total,
      pageCount: pages[pages.length - 1] ?? 1,
    },
    select: { id: true },
  });
  try {
    await options.onTextCreated?.(text.id);
    const counts = new Map<string, number>();
    for (let from = 0; from < total; ) {
      const batch: Parameters<typeof insertBatch>[1] = [];
      for (let tokens = 0; from < total && tokens < BATCH_TOKENS; from++) {
        const sentence = sentences[from]!;
        const stored = storeSentence(sentence, ids);
        for (const o of stored.occurrences) counts.set(o.lexemeId, (counts.get(o.lexemeId) ?? 0) + 1);
        batch.push({
          index: from,
          page: pages[from]!,
          sentence,
          tokens: stored.tokens,
          occurrences: stored.occurrences,
          translation: translated.translations[from] ?? null,
          translationSource: translated.sources[from] ?? null,
          timing: timings?.[from] ?? null,
        });
        tokens += sentence.tokens.length;
      }
      const started = performance.now();
      await insertBatch(text.id, batch);
      await options.onProgress?.({ phase: "saving", done: from, total });
      const pause = Math.min(MAX_PAUSE_MS, (performance.now() - started) * PAUSE_SHARE);
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
    const textLexemes = [...counts];
    await db.$transaction(async (tx) => {
      if (sections.length > 0) {
        await tx.textSection.createMany({
          data: sections.map((s, index) => ({ textId: text.id, index, title: s.title, sentenceIndex: s.sentenceIndex, page: pages[s.sentenceIndex]! })),
        });
      }
      for (let i = 0; i < textLexemes.length; i += LEXEME_CHUNK) {
        await tx.textLexeme.createMany({
          data: textLexemes.slice(i, i + LEXEME_CHUNK).map(([lexemeId, count]) => ({ textId: text.id, lexemeId, count })),
        });
      }
      await tx.text.update({ where: { id: text.id }, data: { status: "READY" } });
    });
  } catch (error) {
    await db.text.delete({ where: { id: text.id } }).catch((deleteError: unknown) => {
      console.error("could not remove a failed import's text", text.id, deleteError);
    });
    throw error;
  }
  return { textId: text.id, title };
}

/** One batch of sentences with their occurrences, in two set-based statements (unnest: one parameter per column). */
async function insertBatch(
  textId: string,
  batch: {
    index: number;
    page: number;
    sentence: AnalyzedSentence;
    tokens: StoredToken[];
    occurrences: { lexemeId: string; tokenIndex: number }[];
    translation: string | null;
    translationSource: TranslationSource | null;
    timing: { startMs: number; endMs: number } | null;
  }[],
) {
  const sentenceIds = batch.map(() => crypto.randomUUID());
  const occurrences = batch.flatMap((b, i) => b.occurrences.map((o) => ({ ...o, sentenceId: sentenceIds[i]! })));
  // No transaction: the text stays hidden until save() marks it READY, and a
  // failed or killed import's rows go with it (a transaction here would only
  // make every other query on the embedded database wait longer).
  await db.$executeRaw`
      INSERT INTO "Sentence" ("id", "textId", "index", "page", "paragraph", "start", "end", "content", "translation", "translationSource", "tokens", "startMs", "endMs")
      SELECT s.id, ${textId}, s.index, s.page, s.paragraph, s.start, s."end", s.content, s.translation, s.source::"TranslationSource", s.tokens::jsonb, s.start_ms, s.end_ms
      FROM unnest(${sentenceIds}::text[], ${batch.map((b) => b.index)}::int[], ${batch.map((b) => b.page)}::int[],
                  ${batch.map((b) => b.sentence.paragraph)}::int[], ${batch.map((b) => b.sentence.start)}::int[],
                  ${batch.map((b) => b.sentence.end)}::int[], ${batch.map((b) => b.sentence.text)}::text[],
                  ${batch.map((b) => b.translation)}::text[], ${batch.map((b) => b.translationSource)}::text[],
                  ${batch.map((b) => JSON.stringify(b.tokens))}::text[],
                  ${batch.map((b) => b.timing?.startMs ?? null)}::int[], ${batch.map((b) => b.timing?.endMs ?? null)}::int[])
        AS s(id, index, page, paragraph, start, "end", content, translation, source, tokens, start_ms, end_ms)`;
  await db.$executeRaw`
      INSERT INTO "Occurrence" ("id", "lexemeId", "sentenceId", "textId", "tokenIndex")
      SELECT gen_random_uuid()::text, o.lexeme, o.sentence, ${textId}, o.token
      FROM unnest(${occurrences.map((o) => o.lexemeId)}::text[], ${occurrences.map((o) => o.sentenceId)}::text[],
                  ${occurrences.map((o) => o.tokenIndex)}::int[]) AS o(lexeme, sentence, token)`;
}

/**
 * Imports a German text for `owner` (null: a shared installation text):
 * check, analyse, translate, then save Text, Sentences, Lexemes, Occurrences
 * and TextLexemes. The text becomes visible only when everything is saved,
 * so a failure leaves nothing half-written that anyone can see. Runs in the
 * import worker (lib/server/jobs), never on a web request.
 * Throws INVALID_INPUT with a message that says how to fix the input.
 */
export async function importText(owner: Actor | null, input: ImportTextInput, options: ImportOptions = {}) {
  const checked = checkInput(input);
  await options.onProgress?.({ phase: "analysing", done: 0, total: 1 });
  const { analysed, wordCount } = analyse(checked.content);
  const translated = await translate(analysed.sentences, checked.translation, options.authoredTranslations);
  const lexemeRows = collectLexemes(analysed.sentences);
  const { textId, title } = await save(owner, checked, analysed, wordCount, lexemeRows, translated, options);
  const sentenceCount = analysed.sentences.length;
  await options.onProgress?.({ phase: "done", done: sentenceCount, total: sentenceCount });
  return { textId, title, sentenceCount, wordCount };
}
