/**
 * "bis" closing a range that "von" opened: "von Juni bis August", "von 3.000 bis 5.000 Pfund". On its
 * own bis takes the accusative ("bis nächsten Montag"), but after von the phrase belongs to the range:
 * - between two numbers the noun after them is von's (dative): "von 3.000 bis 5.000 Pfund", "von zwei
 *   bis drei Jahren" — the numbers are one range, the noun is counted by both;
 * - a bare noun after bis ("von Juni bis August") shows no case, and German reads it as von's dative or
 *   bis's accusative alike; the grammars do not decide, so both stay.
 */

import type { AnalyzedToken } from "../analyze";
import type { Case } from "./agreement";

/** How far back (in words) the von of the range may stand: "von dem dritten Monat bis …". */
const REACH = 6;

function isRangeStart(t: AnalyzedToken | undefined): boolean {
  const lower = t?.text.toLowerCase();
  return lower === "von" || lower === "vom";
}

function isNumber(t: AnalyzedToken | undefined): boolean {
  return t !== undefined && (t.kind === "number" || t.pos === "NUM");
}

/**
 * The cases of the phrase after "bis" at index k when a von before it opens the range, else null.
 *
 * @example
 * casesAfterBis(tokens, 3); // tokens of "von Juni bis August": ["Dat", "Acc"]
 * casesAfterBis(tokens, 3); // tokens of "von 100 bis 200 Euro": ["Dat"]
 */
export function casesAfterBis(tokens: readonly AnalyzedToken[], k: number): Case[] | null {
  if (tokens[k]?.text.toLowerCase() !== "bis") return null;
  for (let j = k - 1; j >= 0 && k - j <= REACH; j--) {
    const t = tokens[j]!;
    if (t.kind === "punct") return null;
    if (!isRangeStart(t)) continue;
    const numbersOnly = j === k - 2 && isNumber(tokens[k - 1]) && isNumber(tokens[k + 1]);
    return numbersOnly ? ["Dat"] : ["Dat", "Acc"];
  }
  return null;
}
