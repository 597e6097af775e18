/**
 * "da" is a conjunction ("Da es regnet, bleiben wir": since, as) only where it opens a clause that
 * ends on its verb; everywhere else it is the adverb ("Da ist er", "Er ist nicht da": there, then).
 * The function-word table gives the conjunction; this pass retags the adverb from the words around it.
 */

import type { AnalyzedToken } from "../analyze";

const ADVERB_GLOSS = "there, then";
/** Words after which a clause may open. */
const CLAUSE_OPENERS = new Set([",", ";", ":", "(", "–", "—", "„", "“", '"', "»", "«", "und", "oder", "aber", "doch"]);
const CLAUSE_ENDS = new Set([",", ";", ":", ".", "!", "?", ")", "–", "—"]);
/** How far the verb that closes a "da" clause is looked for; a longer stretch without a comma is no such clause. */
const MAX_CLAUSE = 40;

function isVerb(t: AnalyzedToken | undefined): boolean {
  return t?.pos === "VERB" || t?.pos === "AUX";
}

/** The clause from `from` runs to a comma or the end and its last word is a verb ("da es regnet,"). */
function endsOnVerb(tokens: readonly AnalyzedToken[], from: number): boolean {
  const last = Math.min(tokens.length, from + MAX_CLAUSE);
  for (let j = from; j < last; j++) {
    if (CLAUSE_ENDS.has(tokens[j]!.text)) return j > from && isVerb(tokens[j - 1]);
  }
  return last === tokens.length && last > from && isVerb(tokens[last - 1]);
}

/**
 * Retags "da" as the adverb where it does not open a verb-final clause.
 *
 * @example
 * markAdverbialDa(tokens); // "Er ist nicht da." → da: ADV "there, then"
 */
export function markAdverbialDa(tokens: AnalyzedToken[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== "SCONJ" || t.text.toLowerCase() !== "da") continue;
    const prev = tokens[i - 1];
    const opens = prev === undefined || CLAUSE_OPENERS.has(prev.text.toLowerCase());
    const next = tokens[i + 1];
    if (opens && next?.kind === "word" && !isVerb(next) && endsOnVerb(tokens, i + 1)) continue;
    t.pos = "ADV";
    t.gloss = ADVERB_GLOSS;
  }
}
