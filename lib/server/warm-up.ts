import { getLexicon } from "./lexicon";
import { lookupEntry } from "@/lib/core/lexicon/index";

/** Loads the lexicon index and the dictionary entries ahead of the first request. */
export function warmUp() {
  const started = Date.now();
  const lexicon = getLexicon();
  lookupEntry(lexicon, "Einladung", "NOUN");
  console.log(`[lesefluss] lexicon ready in ${Date.now() - started} ms`);
}
