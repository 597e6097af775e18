// Builds the lexicon cache once per run (a fresh clone has none; the build
// takes ~15 s), so test workers only load it instead of each building it.
import { loadLexicon } from "./lexicon";

export default function setup() {
  const started = Date.now();
  loadLexicon();
  console.log(`[tests] lexicon ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
