/**
 * The month name of a date after its day number: "am 10. März", "bis zum 31. Dezember", "Montag, den
 * 4. Mai". The month does not decline there (März, never Märzes), and the grammars and treebanks read
 * it two ways: as part of the phrase the preposition or article governs (a grammar book's "am 10. März
 * — dative", UD German GSD: Dat), or as a bare noun of time beside the day number, in the citation form
 * or the accusative of time ("jeden Tag") (UD German PUD: obl:tmod, Nom or Acc). Its form cannot decide,
 * so the learner sees the phrase's case together with the nominative and the accusative; the day number
 * itself keeps the case of its article (am zehnten: dative).
 */

import type { AnalyzedToken } from "../analyze";
import { isMonthName } from "./clause-roles";

/** A day of the month written as an ordinal: "10." (or "10" "." when the tokenizer splits the point). */
function isDayNumber(tokens: readonly AnalyzedToken[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (/^(?:[1-9]|[12]\d|3[01])\.$/.test(t.text)) return true;
  return t.text === "." && /^(?:[1-9]|[12]\d|3[01])$/.test(tokens[i - 1]?.text ?? "");
}

/**
 * True when the token at i is a month name right after a day number.
 *
 * @example
 * monthAfterDay(tokens, 3); // tokens of "Sie kam am 3. Mai 1990 an.": "Mai" → true
 */
export function monthAfterDay(tokens: readonly AnalyzedToken[], i: number): boolean {
  return isMonthName(tokens[i]?.lemma) && isDayNumber(tokens, i - 1);
}
