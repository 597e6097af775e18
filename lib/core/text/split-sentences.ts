/**
 * German sentence splitting over the token stream of one paragraph.
 *
 * A sentence ends at . ! ? … (plus any closing quotes or brackets glued to
 * it, so „…“ that close after the full stop stay with their sentence) when
 * the next token can start a sentence: a capital, a digit or an opening
 * quote. Abbreviations and ordinals never end a sentence because the
 * tokenizer glued their period to them (z. B., Dr., "am 3. Oktober"), and
 * colons and semicolons never do. A line break ends a sentence when the
 * paragraph is not hard-wrapped or the line is a short headline.
 *
 * A run-on "sentence" (a paste with no full stop, a table flattened into one
 * line) is cut into parts of at most MAX_SENTENCE_TOKENS: at the last clause
 * boundary (comma, semicolon, colon, dash) of the part, else at a word. The
 * reader shows one sentence per line of thought and pages hold whole
 * sentences, so one unbounded sentence would make one unbounded page.
 */

import type { Paragraph } from "./clean";
import { SENTENCE_FINAL_ABBREVIATIONS, tokenize, type RawToken } from "./tokenize";

/**
 * Longest sentence kept whole, in tokens. Real German prose rarely passes 100
 * tokens (long legal sentences reach ~150); past this bound a sentence is cut.
 */
export const MAX_SENTENCE_TOKENS = 160;
/** A cut at a clause boundary leaves at least this many tokens in the part before it. */
const MIN_CLAUSE_PART = 40;
const CLAUSE_BOUNDARY = new Set([",", ";", ":", "–", "—", "-"]);

/** Where to cut an over-long sentence: after its last clause boundary past MIN_CLAUSE_PART, else at the bound. */
function cutIndex(sentence: RawToken[]): number {
  for (let i = sentence.length - 2; i >= MIN_CLAUSE_PART; i--) {
    const token = sentence[i]!;
    if (token.kind === "punct" && CLAUSE_BOUNDARY.has(token.text)) return i + 1;
  }
  return sentence.length;
}

const TERMINAL = /^(?:[.!?]+|…|\.{2,}|[!?]+)$/;
/** Closing quotes and brackets that may follow a full stop. */
const CLOSERS = new Set(["“", "”", '"', "'", "''", "»", "«", "’", "‘", ")", "]", "›", "‹"]);
/** Opening quotes and brackets that may start a sentence. */
const OPENERS = new Set(["„", "“", '"', "``", "»", "«", "‚", "‘", "(", "[", "›", "‹", "'", "–", "-", "—", "¡", "¿"]);

function canStartSentence(token: RawToken | undefined): boolean {
  if (!token) return true;
  const c = token.text[0] ?? "";
  if (token.kind === "number") return true;
  if (token.kind === "punct") return OPENERS.has(token.text);
  if (token.kind === "word") return c !== c.toLowerCase() || /\p{Lu}/u.test(c) || !/\p{L}/u.test(c);
  return true;
}

/**
 * Yields each sentence of the paragraph as its tokens (never empty).
 *
 * @example
 * const text = "Er kam z. B. am 3. Oktober. „Gut.“ Sie ging.";
 * [...splitSentences(text, { lines: [{ start: 0, end: text.length }] })].map((s) => s.length);
 * // → [8, 4, 3]
 */
export function* splitSentences(input: string, paragraph: Paragraph): Generator<RawToken[]> {
  const lengths = paragraph.lines.map((l) => l.end - l.start);
  const longest = Math.max(0, ...lengths);
  // Hard-wrapped prose has many lines of similar, moderate length; there a
  // line break is just a space unless the line is clearly short.
  const hardWrapped = paragraph.lines.length > 1 && longest <= 100;
  let sentence: RawToken[] = [];
  // The paragraph's tokens, and whether a line break before each ends a sentence (arrays: one
  // token of lookahead is enough for every rule below, and a generator of pairs cost a pair per token).
  const toks: RawToken[] = [];
  const breaks: boolean[] = [];
  for (let li = 0; li < paragraph.lines.length; li++) {
    const line = paragraph.lines[li];
    if (!line) continue;
    let first = true;
    for (const tok of tokenize(input, line.start, line.end)) {
      let lineBreak = false;
      if (first && li > 0) {
        const prev = paragraph.lines[li - 1];
        const prevLen = prev ? prev.end - prev.start : 0;
        lineBreak = !hardWrapped || prevLen < 0.6 * longest;
      }
      toks.push(tok);
      breaks.push(lineBreak);
      first = false;
    }
  }
  let at = 0;
  while (at < toks.length) {
    const tok = toks[at]!;
    if (breaks[at] && sentence.length > 0) {
      yield sentence;
      sentence = [];
    }
    sentence.push(tok);
    at++;
    if (sentence.length >= MAX_SENTENCE_TOKENS) {
      const cut = cutIndex(sentence);
      yield sentence.slice(0, cut);
      sentence = sentence.slice(cut);
      if (sentence.length === 0) continue;
    }
    const isTerminal =
      (tok.kind === "punct" && TERMINAL.test(tok.text)) ||
      (tok.kind === "word" &&
        tok.text.endsWith(".") &&
        SENTENCE_FINAL_ABBREVIATIONS.has(tok.text.slice(0, -1).toLowerCase()));
    if (!isTerminal) continue;
    // Glue closing quotes/brackets that touch the previous token.
    while (at < toks.length && !breaks[at]) {
      const next = toks[at]!;
      const last = sentence[sentence.length - 1];
      if (next.kind === "punct" && CLOSERS.has(next.text) && last && next.start === last.end) {
        sentence.push(next);
        at++;
      } else if (next.kind === "punct" && TERMINAL.test(next.text)) {
        sentence.push(next);
        at++;
      } else break;
    }
    const next = toks[at];
    if (next === undefined || breaks[at] || canStartSentence(next)) {
      if (tok.kind === "word" && next && next.kind === "word" && /^\p{Ll}/u.test(next.text)) continue;
      yield sentence;
      sentence = [];
    }
  }
  if (sentence.length > 0) yield sentence;
}
