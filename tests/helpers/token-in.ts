import { analyzeText, type AnalyzedToken } from "@/lib/core/analyze";
import type { Lexicon } from "@/lib/core/lexicon/index";

/**
 * The token spelled `word` when `sentence` runs through the real pipeline (the `nth` such token,
 * counting from 0); throws when there is none.
 */
export function tokenIn(lexicon: Lexicon, sentence: string, word: string, nth = 0): AnalyzedToken {
  const t = analyzeText(sentence, lexicon)
    .sentences.flatMap((s) => s.tokens)
    .filter((x) => x.text === word)[nth];
  if (!t) throw new Error(`no token ${word} (#${nth}) in ${sentence}`);
  return t;
}
