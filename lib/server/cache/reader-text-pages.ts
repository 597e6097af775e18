import "server-only";
import { db } from "../db";
import { toStoredTokens } from "../mappers/stored-tokens";
import { grammarInfoOf } from "@/lib/core/grammar/grammar-info";
import { getLexicon } from "../lexicon";
import { compactTokens, type ReaderTextLexeme, type ReaderTextPage } from "@/lib/core/reading/reader-payload";

/** One page's per-text part as sent: its JSON, its lexeme ids and the tag that names this version. */
export interface CachedTextPage {
  json: string;
  lexemeIds: string[];
  etag: string;
}

// Built once per text version and page, stored in ReaderPage (shared by every
// instance) and kept in memory here: serving a page's text is then a lookup,
// not a JSON parse, a join over its lexemes and a re-serialisation per learner.
const MEMORY_PAGES = 300;
const globalForPages = globalThis as unknown as { lesefluss_readerPages?: Map<string, CachedTextPage> };
const memory = (globalForPages.lesefluss_readerPages ??= new Map());

/** The newest version of each text this process has built or read pages of. */
const newestVersion = new Map<string, number>();

function pageKey(textId: string, version: number, page: number): string {
  return `${textId}:${version}:${page}`;
}

function remember(textId: string, version: number, pageNo: number, page: CachedTextPage): CachedTextPage {
  if ((newestVersion.get(textId) ?? -1) < version) newestVersion.set(textId, version);
  if (newestVersion.size > MEMORY_PAGES) newestVersion.delete(newestVersion.keys().next().value!);
  const key = pageKey(textId, version, pageNo);
  memory.delete(key);
  memory.set(key, page);
  if (memory.size > MEMORY_PAGES) memory.delete(memory.keys().next().value!);
  return page;
}

/** The page's sentences in compact form with its lexemes; the text owner's gloss corrections replace the analyser's. */
async function buildTextPage(textId: string, page: number): Promise<{ payload: ReaderTextPage; lexemeIds: string[] }> {
  const rows = await db.sentence.findMany({
    where: { textId, page },
    orderBy: { index: "asc" },
    select: {
      index: true,
      paragraph: true,
      start: true,
      content: true,
      translation: true,
      translationSource: true,
      tokens: true,
    },
  });
  const stored = rows.map((row) => toStoredTokens(row.tokens));
  const lexemeIds = [...new Set(stored.flatMap((tokens) => tokens.flatMap((t) => (t.lx ? [t.lx] : []))))];
  const lexemeRows = lexemeIds.length
    ? await db.$queryRaw<{ id: string; lemma: string; pos: string; gloss: string | null; override: string | null }[]>`
        SELECT l."id", l."lemma", l."pos", l."gloss", go."gloss" AS "override"
        FROM unnest(${lexemeIds}::text[]) AS k(id)
        JOIN "Lexeme" l ON l."id" = k.id
        LEFT JOIN "GlossOverride" go ON go."lexemeId" = l."id" AND go."textId" = ${textId}`
    : [];
  const lexemes: Record<string, ReaderTextLexeme> = {};
  const corrected = new Set<string>();
  for (const l of lexemeRows) {
    if (l.override) corrected.add(l.id);
    lexemes[l.id] = { lemma: l.lemma, pos: l.pos, gloss: l.override ?? l.gloss };
    // Principal parts, genitive or comparison: once per lexeme (the reader hides them if the learner turned grammar off).
    const grammar = grammarInfoOf(getLexicon(), l.lemma, l.pos);
    if (Object.keys(grammar).length > 0) lexemes[l.id]!.grammar = grammar;
  }
  const sentences = rows.map((row, i) => ({
    index: row.index,
    paragraph: row.paragraph,
    content: row.content,
    translation: row.translation,
    translationSource: row.translationSource,
    // A corrected word shows the correction in every occurrence, not the per-token gloss.
    tokens: compactTokens(
      stored[i]!.map((t) => (t.lx && corrected.has(t.lx) && !t.phrase ? { ...t, gloss: lexemes[t.lx]!.gloss } : t)),
      row.start,
      lexemes,
    ),
  }));
  return { payload: { sentences, lexemes }, lexemeIds: Object.keys(lexemes) };
}

/** Page `page` of text `textId` at `version` when this process has it in memory (no query), else null. */
export function rememberedTextPage(textId: string, version: number, page: number): CachedTextPage | null {
  const hit = memory.get(pageKey(textId, version, page));
  return hit ? remember(textId, version, page, hit) : null;
}

/**
 * Page `page` of the newest version of `textId` this process holds, with that version, or null:
 * a guess to start the page's other queries with before the text's current version is known.
 */
export function newestRememberedTextPage(textId: string, page: number): (CachedTextPage & { version: number }) | null {
  const version = newestVersion.get(textId);
  if (version === undefined) return null;
  const held = memory.get(pageKey(textId, version, page));
  return held ? { ...held, version } : null;
}

/**
 * Page `page` of text `textId` at `version`, from memory, the ReaderPage row,
 * or built (and stored) when neither has this version. Callers check access.
 */
export async function loadTextPage(textId: string, version: number, page: number): Promise<CachedTextPage> {
  const hit = rememberedTextPage(textId, version, page);
  if (hit) return hit;
  const etag = `"${textId}.${version}.${page}"`;
  const row = await db.readerPage.findUnique({
    where: { textId_page: { textId, page } },
    select: { version: true, payload: true, lexemeIds: true },
  });
  if (row && row.version === version)
    return remember(textId, version, page, { json: row.payload, lexemeIds: row.lexemeIds, etag });
  const built = await buildTextPage(textId, page);
  const json = JSON.stringify(built.payload);
  const data = { version, payload: json, lexemeIds: built.lexemeIds };
  // Two instances may build the same page at once: both store the same bytes.
  await db.readerPage.upsert({
    where: { textId_page: { textId, page } },
    update: data,
    create: { textId, page, ...data },
  });
  return remember(textId, version, page, { json, lexemeIds: built.lexemeIds, etag });
}
