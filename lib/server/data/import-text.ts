import "server-only";
import crypto from "node:crypto";
import { db } from "../db";
import { AppError } from "../errors";
import { getLexicon } from "../lexicon";
import { machineTranslate } from "../http/machine-translate";
import type { Actor } from "../actor";
import { analyzeText, type AnalyzedText, type AnalyzedToken } from "@/lib/core/analyze";
import { assessGerman } from "@/lib/core/import/assess-german";
import { findBinaryContent } from "@/lib/core/import/decode-text";
import { alignTranslations } from "@/lib/core/import/align-translations";
import { lexemeKeyOf, type StoredToken } from "@/lib/core/import/stored-token";
import { importTextSchema, type ImportTextInput } from "@/lib/validation/import";
import type { Prisma, TranslationSource } from "@/generated/prisma/client";

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
}

const CHUNK = 2_000;

function fieldError(field: string, message: string): AppError {
  return new AppError("INVALID_INPUT", message, { [field]: [message] });
}

function normaliseForMatch(s: string): string {
  return s.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** Lexeme identity of a token: separated verb parts share the particle verb's lexeme. */
function tokenLexeme(token: AnalyzedToken): { lemma: string; pos: string; gloss: string | null } | null {
  const key = lexemeKeyOf(token);
  if (!key) return null;
  return { ...key, gloss: token.phrase ? token.phrase.gloss : (token.gloss ?? null) };
}

/**
 * Imports a German text for `owner` (null: a shared installation text):
 * analyse, then write Text, Sentences, Lexemes, Occurrences and TextLexemes
 * in ONE transaction, so a failure leaves nothing half-written.
 * Throws INVALID_INPUT with a message that says how to fix the input.
 */
export async function importText(owner: Actor | null, input: ImportTextInput, options: ImportOptions = {}) {
  const parsed = importTextSchema.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw fieldError(String(first?.path[0] ?? "content"), first?.message ?? "Check the text and try again.");
  }
  const { title, translation, source, sourceUrl } = parsed.data;
  const content = parsed.data.content.normalize("NFC");
  const binary = findBinaryContent(content);
  if (binary) throw fieldError("content", binary);

  await options.onProgress?.({ phase: "analysing", done: 0, total: 1 });
  const analysed: AnalyzedText = analyzeText(content, getLexicon());
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

  // Translations: authored (by sentence text) first, then an aligned parallel text.
  const translations: (string | null)[] = analysed.sentences.map(() => null);
  const sources: (TranslationSource | null)[] = analysed.sentences.map(() => null);
  if (translation) {
    const aligned = alignTranslations(
      analysed.sentences.map((s) => s.text),
      translation,
    );
    aligned.forEach((t, i) => {
      if (t) {
        translations[i] = t;
        sources[i] = "PARALLEL";
      }
    });
  }
  if (options.authoredTranslations) {
    const byText = new Map([...options.authoredTranslations].map(([de, en]) => [normaliseForMatch(de), en]));
    analysed.sentences.forEach((s, i) => {
      const authored = byText.get(normaliseForMatch(s.text));
      if (authored) {
        translations[i] = authored;
        sources[i] = "AUTHORED";
      }
    });
  }

  // Last resort: the configured machine translation service, outside the transaction.
  const missing = translations.flatMap((t, i) => (t ? [] : [i]));
  if (missing.length > 0 && process.env.TRANSLATE_URL) {
    const machine = await machineTranslate(missing.map((i) => analysed.sentences[i]!.text));
    missing.forEach((sentenceIndex, k) => {
      if (machine[k]) {
        translations[sentenceIndex] = machine[k]!;
        sources[sentenceIndex] = "MT";
      }
    });
  }

  // Distinct lexemes of the text.
  const lexemeRows = new Map<string, { lemma: string; pos: string; gender: string | null; gloss: string | null }>();
  for (const sentence of analysed.sentences) {
    for (const token of sentence.tokens) {
      const lx = tokenLexeme(token);
      if (!lx) continue;
      const key = `${lx.lemma}\u0000${lx.pos}`;
      const existing = lexemeRows.get(key);
      if (!existing) {
        lexemeRows.set(key, { lemma: lx.lemma, pos: lx.pos, gender: token.phrase ? null : (token.gender ?? null), gloss: lx.gloss });
      } else if (!existing.gloss && lx.gloss) {
        existing.gloss = lx.gloss;
      }
    }
  }

  const wordCount = assessment.wordCount;
  const textTitle =
    title ?? analysed.title ?? (analysed.sentences[0]!.text.length > 80 ? `${analysed.sentences[0]!.text.slice(0, 77)}…` : analysed.sentences[0]!.text);
  const totalSteps = analysed.sentences.length;
  await options.onProgress?.({ phase: "saving", done: 0, total: totalSteps });

  const textId = await db.$transaction(
    async (tx) => {
      // Lexemes are dictionary rows shared by all texts: insert the missing ones, then read every id.
      const lexemes = [...lexemeRows.values()];
      for (let i = 0; i < lexemes.length; i += CHUNK) {
        await tx.lexeme.createMany({ data: lexemes.slice(i, i + CHUNK), skipDuplicates: true });
      }
      const ids = new Map<string, string>();
      for (let i = 0; i < lexemes.length; i += CHUNK) {
        const slice = lexemes.slice(i, i + CHUNK);
        const rows = await tx.$queryRaw<{ id: string; lemma: string; pos: string }[]>`
          SELECT l."id", l."lemma", l."pos" FROM "Lexeme" l
          JOIN unnest(${slice.map((l) => l.lemma)}::text[], ${slice.map((l) => l.pos)}::text[]) AS k(lemma, pos)
            ON l."lemma" = k.lemma AND l."pos" = k.pos`;
        for (const r of rows) ids.set(`${r.lemma}\u0000${r.pos}`, r.id);
      }

      const text = await tx.text.create({
        data: {
          ownerId: owner?.id ?? null,
          title: textTitle,
          source: owner ? source : "SEED",
          sourceUrl: sourceUrl ?? null,
          isShared: options.isShared ?? false,
          status: "READY",
          wordCount,
          lexemeCount: lexemeRows.size,
          sentenceCount: analysed.sentences.length,
        },
        select: { id: true },
      });

      const counts = new Map<string, number>();
      let sentenceRows: Prisma.SentenceCreateManyInput[] = [];
      let occurrenceRows: { lexemeId: string; sentenceId: string; textId: string; tokenIndex: number }[] = [];
      const flush = async () => {
        if (sentenceRows.length) await tx.sentence.createMany({ data: sentenceRows });
        if (occurrenceRows.length) await tx.occurrence.createMany({ data: occurrenceRows });
        sentenceRows = [];
        occurrenceRows = [];
      };
      for (let index = 0; index < analysed.sentences.length; index++) {
        const sentence = analysed.sentences[index]!;
        const sentenceId = crypto.randomUUID();
        const tokens: StoredToken[] = sentence.tokens.map((token, tokenIndex) => {
          const lx = tokenLexeme(token);
          const lexemeId = lx ? ids.get(`${lx.lemma}\u0000${lx.pos}`) : undefined;
          if (lexemeId) {
            // A separated verb counts once, at its first part.
            const isFirstPart = !token.phrase || token.phrase.tokenIndexes[0] === tokenIndex;
            if (isFirstPart) {
              occurrenceRows.push({ lexemeId, sentenceId, textId: text.id, tokenIndex });
              counts.set(lexemeId, (counts.get(lexemeId) ?? 0) + 1);
            }
          }
          return lexemeId ? { ...token, lx: lexemeId } : { ...token };
        });
        sentenceRows.push({
          id: sentenceId,
          textId: text.id,
          index,
          paragraph: sentence.paragraph,
          start: sentence.start,
          end: sentence.end,
          content: sentence.text,
          translation: translations[index] ?? null,
          translationSource: sources[index] ?? null,
          tokens: tokens as unknown as Prisma.InputJsonValue,
        });
        if (sentenceRows.length >= 500 || occurrenceRows.length >= CHUNK * 2) {
          await flush();
          await options.onProgress?.({ phase: "saving", done: index + 1, total: totalSteps });
        }
      }
      await flush();
      const textLexemes = [...counts].map(([lexemeId, count]) => ({ textId: text.id, lexemeId, count }));
      for (let i = 0; i < textLexemes.length; i += CHUNK) {
        await tx.textLexeme.createMany({ data: textLexemes.slice(i, i + CHUNK) });
      }
      return text.id;
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
  await options.onProgress?.({ phase: "done", done: totalSteps, total: totalSteps });
  return { textId, title: textTitle, sentenceCount: analysed.sentences.length, wordCount };
}
