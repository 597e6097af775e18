import type { AnalyzedToken } from "../analyze";
import type { Lexicon } from "../lexicon/index";
import { analyzeGrammar } from "./annotate";

/**
 * Sets `feats` on the tokens of one sentence (in place), the one call the
 * analysis pipeline makes into the grammar.
 *
 * @example
 * addGrammar(tokens, lexicon); // tokens[3].feats → { Case: "Acc", Gender: "Fem", Number: "Sing" }
 */
export function addGrammar(tokens: AnalyzedToken[], lexicon: Lexicon, ids: readonly (number | null)[] = []): void {
  const feats = analyzeGrammar(tokens, lexicon, ids);
  feats.forEach((f, i) => {
    if (f && hasKeys(f)) tokens[i]!.feats = f;
  });
}

/** Object.keys(f).length > 0 without the array of keys (every word has feats). */
function hasKeys(f: object): boolean {
  for (const _ in f) return true;
  return false;
}
