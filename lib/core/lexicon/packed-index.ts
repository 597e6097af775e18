/**
 * The lexicon index as it is stored and loaded: its per-lexeme columns as a
 * few long strings and one Int32Array instead of JSON arrays. Parsing
 * 270,000-element string arrays from JSON took most of the cold load and
 * held one string object per lexeme per column (DESIGN: cold load ≤ 1 s,
 * ≤ 250 MB); a value is now cut from its column when first asked for.
 *
 * Layout of `numbers`: [size, rank…(size), flags…(size), paradigm…(size),
 * pos code…(size), sense count, sense ids…, domain count, domain ids…].
 */

import { latin1Copy } from "../text/one-byte";
import type { SerializedPhrases } from "../phrases/compile";
import { SPARSE_SEP, type SerializedIndex, type SparseColumn } from "./build-index";

/** The small parts of the index, stored as JSON. */
export interface PackedMeta {
  version: number;
  /** One char per lexeme: m, f, n or "-". */
  gender: string;
  /** Part-of-speech names; `numbers` holds each lexeme's position in this list. */
  posNames: string[];
  pluralGloss: Record<number, string>;
  phrases?: SerializedPhrases;
  patterns: string[];
}

/** The text columns, in the order they are stored. */
export const TEXT_COLUMNS = ["lemma", "plural", "gloss", "senses", "domains"] as const;
export type TextColumnName = (typeof TEXT_COLUMNS)[number];

export interface PackedIndex {
  meta: PackedMeta;
  /** Values joined by SPARSE_SEP; an empty value is null. Dense columns hold one value per lexeme. */
  texts: Record<TextColumnName, string>;
  numbers: Int32Array;
}

/**
 * Packs a built index for storage.
 *
 * @example
 * const packed = packIndex(index);
 * readIndexColumns(packed).lemma(0) === index.lemma[0]; // true
 */
export function packIndex(index: SerializedIndex): PackedIndex {
  const size = index.lemma.length;
  const posNames = [...new Set(index.pos)];
  const posCode = new Map(posNames.map((name, i) => [name, i]));
  const numbers = new Int32Array(1 + 4 * size + 2 + index.senses.ids.length + index.domains.ids.length);
  numbers[0] = size;
  for (let id = 0; id < size; id++) {
    numbers[1 + id] = index.rank[id] ?? 0;
    numbers[1 + size + id] = index.flags[id] ?? 0;
    numbers[1 + 2 * size + id] = index.paradigm[id] ?? 0;
    numbers[1 + 3 * size + id] = posCode.get(index.pos[id] ?? "X") ?? 0;
  }
  let at = 1 + 4 * size;
  for (const column of [index.senses, index.domains]) {
    numbers[at++] = column.ids.length;
    numbers.set(column.ids, at);
    at += column.ids.length;
  }
  const dense = (values: (string | null)[]): string => values.map((v) => v ?? "").join(SPARSE_SEP);
  return {
    meta: {
      version: index.version,
      gender: index.gender,
      posNames,
      pluralGloss: index.pluralGloss,
      phrases: index.phrases,
      patterns: index.patterns,
    },
    texts: {
      lemma: dense(index.lemma),
      plural: dense(index.plural),
      gloss: dense(index.gloss),
      senses: index.senses.text,
      domains: index.domains.text,
    },
    numbers,
  };
}

/** Where each value of a column starts (one past the last: the end + 1), found on first use. */
function valueStarts(text: string, count: number): Int32Array {
  const starts = new Int32Array(count + 1);
  let k = 1;
  for (let i = text.indexOf(SPARSE_SEP); i >= 0 && k < count; i = text.indexOf(SPARSE_SEP, i + 1)) starts[k++] = i + 1;
  starts[count] = text.length + 1;
  return starts;
}

/** A column with one value per lexeme; each value is cut from the text once. */
function denseColumn(text: string, size: number): (id: number) => string | null {
  let starts: Int32Array | null = null;
  // Filled, not `new Array(size)`: V8 keeps a large sparse array as a dictionary, slow to index.
  const values: (string | null | undefined)[] = Array.from({ length: size }, () => undefined);
  return (id) => {
    let value = values[id];
    if (value === undefined) {
      if (id < 0 || id >= size) return null;
      starts ??= valueStarts(text, size);
      const cut = text.slice(starts[id]!, starts[id + 1]! - 1);
      // One byte per character where the value allows: the analysis lower-cases and hashes lemmas and glosses.
      value = values[id] = cut === "" ? null : latin1Copy(cut);
    }
    return value;
  };
}

/** A column with values for a few lexemes (ids ascending): binary search, then the value's slice. */
function sparseColumn(column: SparseColumn | { ids: Int32Array; text: string }): (id: number) => string | null {
  let starts: Int32Array | null = null;
  const { ids, text } = column;
  return (id) => {
    let lo = 0;
    let hi = ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = ids[mid]!;
      if (v === id) {
        starts ??= valueStarts(text, ids.length);
        return text.slice(starts[mid]!, starts[mid + 1]! - 1);
      }
      if (v < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return null;
  };
}

/** Per-lexeme reads over a packed index. */
export interface IndexColumns {
  size: number;
  meta: PackedMeta;
  lemma(id: number): string | null;
  pos(id: number): string | null;
  plural(id: number): string | null;
  gloss(id: number): string | null;
  rank(id: number): number;
  flags(id: number): number;
  /** Index into `meta.patterns` + 1, 0 when the lexeme has no inflection table. */
  paradigm(id: number): number;
  senses(id: number): string | null;
  domains(id: number): string | null;
}

/**
 * Reads a packed index in place: nothing is decoded before it is asked for.
 *
 * @example
 * readIndexColumns(packIndex(index)).gloss(id); // "invitation"
 */
export function readIndexColumns({ meta, texts, numbers }: PackedIndex): IndexColumns {
  const size = numbers[0] ?? 0;
  const senseCount = numbers[1 + 4 * size] ?? 0;
  const senseIds = numbers.subarray(2 + 4 * size, 2 + 4 * size + senseCount);
  const domainAt = 2 + 4 * size + senseCount;
  const domainIds = numbers.subarray(domainAt + 1, domainAt + 1 + (numbers[domainAt] ?? 0));
  const inRange = (id: number): boolean => id >= 0 && id < size;
  return {
    size,
    meta,
    lemma: denseColumn(texts.lemma, size),
    plural: denseColumn(texts.plural, size),
    gloss: denseColumn(texts.gloss, size),
    pos: (id) => (inRange(id) ? (meta.posNames[numbers[1 + 3 * size + id]!] ?? null) : null),
    rank: (id) => (inRange(id) ? numbers[1 + id]! : 0),
    flags: (id) => (inRange(id) ? numbers[1 + size + id]! : 0),
    paradigm: (id) => (inRange(id) ? numbers[1 + 2 * size + id]! : 0),
    senses: sparseColumn({ ids: senseIds, text: texts.senses }),
    domains: sparseColumn({ ids: domainIds, text: texts.domains }),
  };
}
