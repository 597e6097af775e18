/**
 * während, seit and bis are prepositions and subordinating conjunctions. At the head of a clause they
 * open a subordinate clause when that clause ends on its finite verb ("…, während die Kinder spielen",
 * "Seit die Mauer fiel, …"); a prepositional phrase in front is followed by the finite verb and more
 * ("Während des Krieges wurde viel zerstört", "Seit dem Umzug arbeitet sie dort"). The phrase after the
 * conjunction is then no object of a preposition (it is the subordinate clause's subject or object).
 */

import type { AnalyzedToken } from "../analyze";

const BOTH = new Set(["während", "seit", "bis"]);

/**
 * True when the word at `from` (the first of the clause from..to) is a conjunction, not a preposition;
 * `phraseEnd` is the last word of the noun phrase right after it, `finite` tells whether a word may be
 * a finite verb.
 *
 * @example
 * opensSubordinateClause(tokens, 0, 3, 2, finite); // "Während die Kinder spielen": true
 * opensSubordinateClause(tokens, 0, 5, 2, finite); // "Während des Krieges starb er .": false
 */
export function opensSubordinateClause(
  tokens: readonly AnalyzedToken[],
  from: number,
  to: number,
  phraseEnd: number | undefined,
  finite: (k: number) => boolean,
): boolean {
  if (phraseEnd === undefined || !BOTH.has(tokens[from]!.text.toLowerCase())) return false;
  let last = to;
  while (last > phraseEnd && tokens[last]!.kind === "punct") last--;
  if (last <= phraseEnd || !finite(last)) return false;
  const after = phraseEnd + 1;
  return after === last || !finite(after);
}
