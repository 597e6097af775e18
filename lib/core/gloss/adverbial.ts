/**
 * Adjectives used as adverbs. German uses the bare adjective as an adverb
 * ("Er kommt häufig", "gerade angekommen", "völlig neu"), where English
 * switches word and often meaning: häufig → often, gerade → just (not
 * "straight"), ungefähr → about (not "rough"), völlig → totally. Ding gives
 * these as separate {adv} entries, which the lexicon keeps as an ADV lexeme
 * beside the ADJ one; this chooses which of the two glosses a token.
 *
 * A bare (uninflected, positive) adjective is attributive never, predicative
 * only beside a copula ("Das Haus ist groß."), and adverbial otherwise.
 */

import type { AnalyzedToken } from "../analyze";

/** Copulas: verbs whose complement is a predicative adjective ("ist groß", "wirkt müde"). */
const COPULAS = new Set(["sein", "werden", "bleiben", "scheinen", "erscheinen", "wirken"]);
/** Clause boundaries inside a sentence (quotation marks are not: seien „beunruhigend“). */
export const CLAUSE_PUNCT = /^[,;:.!?()–—]$/;
const QUOTES = /^[„“”"»«‚‘’']$/;

/** An uninflected adverb or adjective grading the next word ("extrem", "sehr"); not "auch". */
function isDegreeWord(t: AnalyzedToken): boolean {
  const lower = t.text.toLowerCase();
  if (lower === "auch") return false;
  return t.pos === "ADV" || (t.pos === "ADJ" && !!t.lemma && lower === t.lemma.toLowerCase());
}

/**
 * True when the adjective at `i` modifies a verb, an adjective or the
 * clause rather than a noun or the subject: it is uninflected (its form is
 * its lemma) and not a predicative complement standing at the end of a
 * clause with a copula.
 *
 * @example
 * // "Er kommt häufig zu spät." → true; "Das ist häufig." → false; "ein häufiges Problem" → false
 * isAdverbialAdjective(tokens, 2);
 */
export function isAdverbialAdjective(tokens: readonly AnalyzedToken[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.pos !== "ADJ" || !t.lemma || t.text.toLowerCase() !== t.lemma.toLowerCase()) return false;
  // "gilt als (extrem) unangemessen", "später als charakteristisch bezeichnet": the complement of als.
  // Not "sowohl … als auch posthum": there als auch joins two adverbials.
  let before = i - 1;
  while (before > 0 && isDegreeWord(tokens[before]!)) before--;
  if (before >= 0 && before < i && tokens[before]!.text.toLowerCase() === "als") return false;
  let start = i;
  while (start > 0 && !CLAUSE_PUNCT.test(tokens[start - 1]!.text)) start--;
  let end = i + 1;
  while (end < tokens.length && !CLAUSE_PUNCT.test(tokens[end]!.text)) end++;
  let copula = false;
  for (let j = start; j < end; j++) {
    const w = tokens[j]!;
    if ((w.pos === "AUX" || w.pos === "VERB") && w.lemma && COPULAS.has(w.lemma)) copula = true;
  }
  if (!copula) return true;
  // With a copula, the predicative adjective closes the clause, or stands
  // before the copula ("weil es groß ist", "groß geworden") or a
  // coordination; before a participle it modifies that ("wurde völlig zerstört").
  let n = i + 1;
  while (n < end && QUOTES.test(tokens[n]!.text)) n++;
  const next = tokens[n];
  return !(!next || n >= end || (next.lemma !== undefined && COPULAS.has(next.lemma)) || next.pos === "CCONJ");
}
