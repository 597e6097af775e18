/**
 * The gloss a lexeme row keeps: the context-free short gloss of the lemma,
 * not the sense one sentence chose. Lexemes are shared by every text, so a
 * gloss taken from the first text that met the word ("Haus" → "house, home"
 * in one sentence) would follow the word into every other text's cards and
 * word lists; the reader shows each token's own gloss in context instead.
 */

import type { AnalyzedToken } from "../analyze";
import type { Lexicon } from "../lexicon/index";

/**
 * The context-free gloss of a lexeme by lemma and part of speech: a
 * multiword expression's own gloss, a separable verb's or a word's ranked
 * first sense; `fallback` (the token's gloss) for words the lexicon only
 * guessed (compounds, names) or has no gloss for.
 *
 * @example
 * lexemeGloss(lexicon, "Haus", "NOUN", "house, home"); // "house"
 * lexemeGloss(lexicon, "es gibt", "PHRASE", "there is/are"); // "there is/are"
 */
export function lexemeGloss(lexicon: Lexicon, lemma: string, pos: string, fallback: string | null): string | null {
  if (lemma.includes(" ")) return lexicon.phrases?.byLemma.get(lemma)?.gloss ?? fallback;
  const ids = lexicon.lookupForm(lemma).filter((id) => lexicon.lemma(id) === lemma);
  const id =
    ids.find((i) => lexicon.pos(i) === pos) ??
    (pos === "PHRASE" ? ids.find((i) => lexicon.pos(i) === "VERB") : undefined);
  return (id !== undefined ? lexicon.gloss(id) : null) ?? fallback;
}

/**
 * The lexeme gloss of a token: its phrase's (separable verb, expression) or
 * its own lemma's context-free gloss.
 */
export function tokenLexemeGloss(lexicon: Lexicon, token: AnalyzedToken, lemma: string, pos: string): string | null {
  const inContext = token.phrase ? token.phrase.gloss : (token.gloss ?? null);
  // Glosses that are not a lexeme's sense (compound parts, plural forms, participles) stay as the token has them.
  if (!token.phrase && token.compound) return inContext;
  return lexemeGloss(lexicon, lemma, pos, inContext);
}
