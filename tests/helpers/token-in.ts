import { analyzeText, type AnalyzedToken } from "@/lib/core/analyze";
import type { Lexicon } from "@/lib/core/lexicon/index";

/** The first token spelled `word` when `sentence` runs through the real pipeline; throws when there is none. */
export function tokenIn(lexicon: Lexicon, sentence: string, word: string): AnalyzedToken {
  const t = analyzeText(sentence, lexicon)
    .sentences.flatMap((s) => s.tokens)
    .find((x) => x.text === word);
  if (!t) throw new Error(`no token ${word} in ${sentence}`);
  return t;
}
