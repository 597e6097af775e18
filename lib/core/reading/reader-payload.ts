/**
 * The reader's page payload. The server sends tokens in a compact form —
 * what a word shares with its lexeme (lemma, part of speech, gloss, article,
 * plural, compound parts) is sent once per lexeme, not once per occurrence —
 * and the reader expands them. This halves what a page sends and renders.
 */
import type { StoredToken } from "../import/stored-token";
import type { TokenKind } from "../analyze";
import type { GrammarInfo } from "../grammar/format";
import { decodeFeats, encodeFeats } from "../grammar/feats-code";
import { WORD_STATUS, type WordStatusCode } from "../words/status";

/** A token as the reader uses it (offsets relative to its sentence). */
export interface ReaderToken {
  text: string;
  start: number;
  kind: TokenKind;
  lexemeId?: string;
  lemma?: string;
  pos?: string;
  gloss?: string | null;
  article?: string | null;
  plural?: string | null;
  compound?: { parts: string[]; glosses: (string | null)[] };
  phrase?: { lemma: string; gloss: string | null; tokenIndexes: number[] };
  /** Morphology in context (UD names and values), for the grammar line. */
  feats?: Record<string, string>;
}

export interface ReaderLexeme {
  lemma: string;
  pos: string;
  gloss: string | null;
  status: WordStatusCode;
  meaning: string | null;
  hasCard: boolean;
  article?: string | null;
  plural?: string | null;
  compound?: { parts: string[]; glosses: (string | null)[] };
  /** Principal parts, genitive or comparison, once per lexeme (see grammar/format). */
  grammar?: GrammarInfo;
}

/** What a lexeme shows the same way to every learner (the per-text part). */
export type ReaderTextLexeme = Omit<ReaderLexeme, "status" | "meaning" | "hasCard">;

/**
 * The per-text part of one reader page — sentences, tokens, glosses, the same
 * for every learner — built once per text version and cached as JSON.
 */
export interface ReaderTextPage {
  sentences: CompactSentence[];
  lexemes: Record<string, ReaderTextLexeme>;
}

/** The learner's own state of a page's words; only words with a status, a meaning or a card are listed. */
export type LearnerWords = Record<string, { status: WordStatusCode; meaning: string | null; hasCard: boolean }>;

/**
 * A page's lexemes with the learner's state filled in (status 0, no meaning, no card where unlisted).
 * @example withLearnerWords({ l1: { lemma: "Haus", pos: "NOUN", gloss: "house" } }, { l1: { status: 5, meaning: null, hasCard: true } }).l1;
 * // { lemma: "Haus", pos: "NOUN", gloss: "house", status: 5, meaning: null, hasCard: true }
 */
export function withLearnerWords(
  lexemes: Record<string, ReaderTextLexeme>,
  words: LearnerWords,
): Record<string, ReaderLexeme> {
  const out: Record<string, ReaderLexeme> = {};
  for (const [id, lexeme] of Object.entries(lexemes)) {
    out[id] = { ...lexeme, status: WORD_STATUS.new, meaning: null, hasCard: false, ...words[id] };
  }
  return out;
}

/** A class teacher's corrections for one page: glosses by lexeme id, translations by sentence index. */
export interface PageCorrections {
  glosses: Record<string, string>;
  translations: Record<number, string>;
}

/**
 * A page's text with a class's corrections applied: a corrected word shows the
 * correction in every occurrence (its per-token glosses are dropped), a corrected
 * sentence shows the teacher's translation. The same for the server and the browser.
 * @example withClassCorrections(page, { glosses: { l1: "invitation card" }, translations: { 0: "An invitation." } });
 */
export function withClassCorrections(page: ReaderTextPage, corrections: PageCorrections): ReaderTextPage {
  const glossed = Object.keys(corrections.glosses).filter((id) => page.lexemes[id]);
  const translated = Object.keys(corrections.translations);
  if (glossed.length === 0 && translated.length === 0) return page;
  const lexemes = { ...page.lexemes };
  for (const id of glossed) lexemes[id] = { ...lexemes[id]!, gloss: corrections.glosses[id]! };
  const corrected = new Set(glossed);
  const sentences = page.sentences.map((sentence) => {
    const translation = corrections.translations[sentence.index];
    const tokens = sentence.tokens.map((t) => {
      if (!t.x || !corrected.has(t.x)) return t;
      // A phrase keeps its member's own gloss (nimmt: to take) but shows the corrected phrase gloss.
      if (t.ph) {
        if (t.pg === undefined) return t;
        const withoutPhraseGloss = { ...t };
        delete withoutPhraseGloss.pg;
        return withoutPhraseGloss;
      }
      if (t.g === undefined) return t;
      const withoutGloss = { ...t };
      delete withoutGloss.g;
      return withoutGloss;
    });
    return translation === undefined
      ? { ...sentence, tokens }
      : { ...sentence, tokens, translation, translationSource: "TEACHER" as const };
  });
  return { sentences, lexemes };
}

/** Compact token: t text, s start, k kind (absent = word), x lexeme id, l/p/g lemma/pos/gloss where they differ from the lexeme's, ph separable-verb token indexes, pg the phrase's gloss where it differs from the lexeme's. */
export interface CompactToken {
  t: string;
  s: number;
  k?: "number" | "punct" | "symbol";
  x?: string;
  l?: string;
  p?: string;
  g?: string | null;
  ph?: number[];
  /** The phrase's gloss in this sentence where it differs from its lexeme's context-free gloss. */
  pg?: string | null;
  /** feats, encoded by grammar/feats-code ("A|f|s"). */
  f?: string;
}

export interface CompactSentence {
  index: number;
  paragraph: number;
  content: string;
  translation: string | null;
  translationSource: string | null;
  tokens: CompactToken[];
}

export interface ReaderSentence extends Omit<CompactSentence, "tokens"> {
  tokens: ReaderToken[];
}

/**
 * Stored tokens of one sentence → compact tokens; fills lexeme-level fields
 * (article, plural, compound) into `lexemes` from the first plain occurrence.
 */
export function compactTokens(
  tokens: StoredToken[],
  sentenceStart: number,
  lexemes: Record<string, ReaderTextLexeme>,
): CompactToken[] {
  return tokens.map((token) => {
    const out: CompactToken = { t: token.text, s: token.start - sentenceStart };
    if (token.kind !== "word") {
      out.k = token.kind;
      return out;
    }
    const lexeme = token.lx ? lexemes[token.lx] : undefined;
    if (token.lx && lexeme) out.x = token.lx;
    const feats = encodeFeats(token.feats);
    if (feats) out.f = feats;
    if (token.phrase) {
      out.ph = token.phrase.tokenIndexes;
      // The sense chosen in this sentence ("übernahm … to take on"); the lexeme keeps the context-free one.
      if (lexeme && (token.phrase.gloss ?? null) !== lexeme.gloss) out.pg = token.phrase.gloss ?? null;
    }
    if (!lexeme || token.phrase) {
      // Its own lemma differs from the particle verb's (nimmt: nehmen vs annehmen).
      if (token.lemma !== undefined) out.l = token.lemma;
      if (token.pos !== undefined) out.p = token.pos;
      if (!lexeme || (token.gloss ?? null) !== lexeme.gloss) out.g = token.gloss ?? null;
      return out;
    }
    if (token.lemma !== undefined && token.lemma !== lexeme.lemma) out.l = token.lemma;
    if (token.pos !== undefined && token.pos !== lexeme.pos) out.p = token.pos;
    if ((token.gloss ?? null) !== lexeme.gloss) out.g = token.gloss ?? null;
    if (token.article && lexeme.article === undefined) lexeme.article = token.article;
    if (token.plural && lexeme.plural === undefined) lexeme.plural = token.plural;
    if (token.compound && lexeme.compound === undefined)
      lexeme.compound = { parts: token.compound.parts, glosses: token.compound.glosses };
    return out;
  });
}

/**
 * Compact tokens → reader tokens with every field resolved.
 * @example expandTokens([{ t: "Haus", s: 4, x: "l1" }], { l1: { lemma: "Haus", pos: "NOUN", gloss: "house", article: "das", … } })[0];
 * // { text: "Haus", start: 4, kind: "word", lexemeId: "l1", lemma: "Haus", pos: "NOUN", gloss: "house", article: "das" }
 */
export function expandTokens(tokens: CompactToken[], lexemes: Record<string, ReaderLexeme>): ReaderToken[] {
  return tokens.map((c) => {
    const token: ReaderToken = { text: c.t, start: c.s, kind: c.k ?? "word" };
    if (c.k) return token;
    const lexeme = c.x ? lexemes[c.x] : undefined;
    if (c.x) token.lexemeId = c.x;
    token.lemma = c.l ?? lexeme?.lemma;
    token.pos = c.p ?? lexeme?.pos;
    token.gloss = c.g !== undefined ? c.g : (lexeme?.gloss ?? null);
    if (c.f) token.feats = decodeFeats(c.f);
    if (c.ph) {
      const gloss = c.pg !== undefined ? c.pg : (lexeme?.gloss ?? null);
      token.phrase = { lemma: lexeme?.lemma ?? c.l ?? c.t, gloss, tokenIndexes: c.ph };
    } else if (lexeme) {
      if (lexeme.article) token.article = lexeme.article;
      if (lexeme.plural) token.plural = lexeme.plural;
      if (lexeme.compound) token.compound = lexeme.compound;
    }
    return token;
  });
}

export function expandSentences(sentences: CompactSentence[], lexemes: Record<string, ReaderLexeme>): ReaderSentence[] {
  return sentences.map((s) => ({ ...s, tokens: expandTokens(s.tokens, lexemes) }));
}
