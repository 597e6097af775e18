/**
 * The lexicon's on-disk cache (.cache/lexicon, or LESEFLUSS_CACHE_DIR): built
 * from the vendored data on first use, then loaded synchronously in well
 * under a second. The Ding lines behind the dictionary panel are read only
 * when the first entry is looked up. The lexicon itself is plain data in
 * lib/core/lexicon.
 */

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { COMPOUND_MODIFIERS_FILE, parseCompoundModifiers } from "@/lib/core/gloss/compound-modifiers";
import { buildLexiconIndex, INDEX_VERSION } from "@/lib/core/lexicon/build-index";
import { encodeFormTable, type FormTable } from "@/lib/core/lexicon/form-table";
import { createLexicon, type EntryStore, type Lexicon } from "@/lib/core/lexicon/index";
import {
  packIndex,
  readIndexColumns,
  TEXT_COLUMNS,
  type PackedMeta,
  type TextColumnName,
} from "@/lib/core/lexicon/packed-index";
import {
  findProjectRoot,
  LEXICON_SOURCE_FILES,
  LEXICON_TABLE_FILES,
  readLexiconSources,
  readTableText,
} from "./lexicon-sources";

/** Cache key: index version + size of every source (mtimes change on checkout). */
function cacheKey(root: string): string {
  const h = createHash("sha1").update(String(INDEX_VERSION));
  for (const s of LEXICON_SOURCE_FILES)
    h.update(`${s}:${statSync(path.join(/*turbopackIgnore: true*/ root, s)).size};`);
  // The small hand-curated tables are hashed by content.
  for (const table of LEXICON_TABLE_FILES) {
    const file = path.join(/*turbopackIgnore: true*/ root, table);
    if (existsSync(file)) h.update(readFileSync(file));
  }
  return h.digest("hex").slice(0, 12);
}

/** The index file: the packed index's small parts and the byte range of each text column in the columns file. */
type StoredMeta = PackedMeta & { ranges: Record<TextColumnName, [number, number]> };

/** Int32Array needs 4-byte alignment; a pooled Buffer may not have it. */
function int32View(file: string): Int32Array {
  const bin = readFileSync(file);
  const aligned = bin.byteOffset % 4 === 0 ? bin : Buffer.from(bin);
  return new Int32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4);
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
  const { index, forms, entries, dingText } = buildLexiconIndex(readLexiconSources(root));
  const table = encodeFormTable(forms);
  mkdirSync(cacheDir, { recursive: true });
  writeAtomic(path.join(cacheDir, `forms-${key}.txt`), table.text);
  writeAtomic(path.join(cacheDir, `forms-${key}.bin`), Buffer.from(table.data.buffer));
  writeAtomic(path.join(cacheDir, `ding-${key}.txt`), dingText);
  writeAtomic(path.join(cacheDir, `entries-${key}.json`), JSON.stringify(entries));
  const packed = packIndex(index);
  // The text columns one after another; the index file says where each one's bytes are.
  const texts = TEXT_COLUMNS.map((name) => Buffer.from(packed.texts[name], "utf8"));
  const ranges: Record<string, [number, number]> = {};
  let at = 0;
  TEXT_COLUMNS.forEach((name, i) => {
    ranges[name] = [at, (at += texts[i]!.length)];
  });
  writeAtomic(path.join(cacheDir, `columns-${key}.txt`), Buffer.concat(texts));
  writeAtomic(path.join(cacheDir, `numbers-${key}.bin`), Buffer.from(packed.numbers.buffer));
  const stored: StoredMeta = { ...packed.meta, ranges: ranges as StoredMeta["ranges"] };
  // Written last: its presence means the cache is complete.
  writeAtomic(path.join(cacheDir, `index-${key}.json`), JSON.stringify(stored));
  // Stale caches from older data or builder versions are ~70 MB each.
  for (const name of readdirSync(cacheDir)) {
    const m = /^(?:ding|entries|forms|index|columns|numbers)-([0-9a-f]{12})\.(?:txt|json|bin)$/.exec(name);
    if (m && m[1] !== key) rmSync(path.join(cacheDir, name), { force: true });
  }
  return key;
}

/** The cache folder: `cacheDir` when given, else .cache/lexicon under the project root. */
export function resolveCacheDir(root: string, cacheDir?: string): string {
  return path.resolve(/*turbopackIgnore: true*/ cacheDir ?? path.join(root, ".cache/lexicon"));
}

function readEntryStore(cacheDir: string, key: string): EntryStore {
  return {
    lines: readFileSync(path.join(cacheDir, `ding-${key}.txt`), "utf8").split("\n"),
    entries: JSON.parse(readFileSync(path.join(cacheDir, `entries-${key}.json`), "utf8")) as Record<string, number[]>,
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
  const { ranges, ...meta } = JSON.parse(readFileSync(file, "utf8")) as StoredMeta;
  const columns = readFileSync(path.join(cacheDir, `columns-${key}.txt`));
  // Each column decoded apart: a column of German words stays a one-byte string.
  const texts = Object.fromEntries(
    TEXT_COLUMNS.map((name) => [name, columns.toString("utf8", ranges[name][0], ranges[name][1])]),
  ) as Record<TextColumnName, string>;
  const table: FormTable = {
    text: readFileSync(path.join(cacheDir, `forms-${key}.txt`), "utf8"),
    data: int32View(path.join(cacheDir, `forms-${key}.bin`)),
  };
  return createLexicon({
    index: readIndexColumns({ meta, texts, numbers: int32View(path.join(cacheDir, `numbers-${key}.bin`)) }),
    table,
    key,
    compoundModifiers: parseCompoundModifiers(readTableText(root, COMPOUND_MODIFIERS_FILE)),
    readEntryStore: () => readEntryStore(cacheDir, key),
  });
}
