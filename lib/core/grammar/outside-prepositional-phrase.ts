/**
 * Words between a preposition and a noun phrase that show the phrase is not the preposition's object,
 * though only adverbs, numbers and adjectives stand between them:
 * - an adjective right before the phrase's own article: adjectives follow the article, so it ends
 *   the prepositional phrase ("vom 9. Jahrhundert an erschienen die ersten Texte");
 * - "zu" before an adjective ending in -e or -es, an ending no dative has: zu is the degree word or
 *   the gerundive's ("zu große Schuhe", "der am häufigsten zu findende Fehler");
 * - an adverb of time or place right after the preposition is its object ("bis heute", "seit gestern",
 *   "von hier", "nach oben"), unless the phrase is a time of that day ("bis heute Abend").
 */

import type { AnalyzedToken } from "../analyze";
import { isTimeNoun } from "./clause-roles";

/** Adverbs that stand as a preposition's object: "bis heute", "von dort", "nach oben", "für immer". */
const OBJECT_ADVERBS = new Set(
  (
    "heute gestern morgen vorgestern übermorgen jetzt damals bald sofort immer früher später gleich " +
    "hier dort da oben unten vorne vorn hinten innen außen links rechts drinnen draußen"
  ).split(" "),
);

/**
 * True when the phrase from `start` to `end` is not the object of the preposition at k.
 *
 * @example
 * outsidePrepositionalPhrase(tokens, 0, 2, 2, "noun"); // tokens of "bis heute Gegenstand …": true
 * outsidePrepositionalPhrase(tokens, 1, 2, 3, "adj"); // tokens of "ein zu großes Haus": true
 */
export function outsidePrepositionalPhrase(
  tokens: readonly AnalyzedToken[],
  k: number,
  start: number,
  end: number,
  firstKind: string | undefined,
): boolean {
  if (start - 1 > k && firstKind === "det" && tokens[start - 1]?.pos === "ADJ") return true;
  const first = tokens[start];
  const preposition = tokens[k]!.text.toLowerCase();
  if (preposition === "zu" && start === k + 1 && first?.pos === "ADJ" && /[^e]es?$/.test(first.text)) return true;
  const next = tokens[k + 1];
  const adverbObject = start - 1 > k && next?.pos === "ADV" && OBJECT_ADVERBS.has(next.text.toLowerCase());
  return adverbObject && !isTimeNoun(tokens[end]?.lemma);
}

/**
 * "zu viel", "zu wenig": zu before an undeclined quantity word is the degree word "too", inside the
 * phrase ("vor zu viel Vertrauen"), no preposition of its own ("Er hat zu viel Arbeit").
 */
export function isDegreeZu(tokens: readonly AnalyzedToken[], k: number): boolean {
  return tokens[k]?.text.toLowerCase() === "zu" && /^(?:viel|wenig)$/i.test(tokens[k + 1]?.text ?? "");
}
