import type { Lexicon } from "@/lib/core/lexicon/index";
import { tokenIn } from "./token-in";

/** A table row of the grammar tests: the word of the sentence and the Case it shows. */
export type CaseRow = [sentence: string, word: string, expected: string];

/** The Case feature the real pipeline gives `word` in `sentence` (undefined when it shows none). */
export function caseIn(lexicon: Lexicon, sentence: string, word: string): string | undefined {
  return tokenIn(lexicon, sentence, word).feats?.Case;
}
