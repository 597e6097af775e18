import "server-only";
import type { Lexicon } from "@/lib/core/lexicon/index";
import { lexiconLocation } from "@/lib/env";
import { loadLexicon } from "./lexicon-cache";

// Read-only, loaded once per server process on first use (≤ 1 s from the disk cache).
const globalForLexicon = globalThis as unknown as { lesefluss_lexicon?: Lexicon };

export function getLexicon(): Lexicon {
  globalForLexicon.lesefluss_lexicon ??= loadLexicon(lexiconLocation());
  return globalForLexicon.lesefluss_lexicon;
}
