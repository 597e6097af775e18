/**
 * The lexicon: a form → lexeme index (lemma, UD part of speech, gender,
 * plural, learner gloss) over data already read. The on-disk cache it comes
 * from, built automatically from the vendored data on first use, is read by
 * lib/server/lexicon/lexicon-cache.ts (loadLexicon).
 */

import { indexPhrases, type PhraseIndex } from "../phrases/match";
import { chooseGloss, type GlossCandidate } from "../gloss/select-gloss";
import { decodeSenseOptions, type SenseOption } from "../gloss/sense-context";
import { LEXEME_FLAGS } from "./build-index";
import { parseDingLine, type DingPos } from "./ding";
import { lookupFormTable, type FormTable } from "./form-table";
import type { IndexColumns } from "./packed-index";

export { LEXEME_FLAGS } from "./build-index";

/** The definite article of each gender the lexicon gives a noun. */
export const DEFINITE_ARTICLE = { m: "der", f: "die", n: "das" } as const;

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
  /**
   * First parts of compounds whose meaning there differs from the word alone
   * (data/glosses/compound-modifiers.tsv): Atom|waffe is a nuclear weapon.
   */
  readonly compoundModifiers?: ReadonlyMap<string, string>;
  /** Ding's lines by headword, for the dictionary panel (read on first call). */
  entryStore(): EntryStore;
  /** Key of the cache files (version + data fingerprint). */
  readonly key: string;
}

/** Ding's lines and, per headword, the numbers of its lines. */
export interface EntryStore {
  lines: string[];
  entries: Record<string, number[]>;
}

export interface DictionaryEntry {
  lemma: string;
  pos: string | null;
  gender: "m" | "f" | "n" | null;
  plural: string | null;
  senses: { gloss: string; tags: string[] }[];
  examples: { de: string; en: string }[];
}

const NO_DOMAINS: readonly string[] = [];

/** What a lexicon is made of: the cached index and form table, and the readers of its lazy parts. */
export interface LexiconData {
  index: IndexColumns;
  table: FormTable;
  key: string;
  compoundModifiers: ReadonlyMap<string, string>;
  /** Reads the entry store (~25 MB): called once, by the first lookupEntry. */
  readEntryStore: () => EntryStore;
}

/**
 * A lexicon over data already read (lib/server/lexicon/lexicon-cache.ts reads it).
 *
 * @example
 * createLexicon({ index, table, key, compoundModifiers, readEntryStore }).lookupForm("Gesprächs"); // [id of Gespräch]
 */
export function createLexicon({ index, table, key, compoundModifiers, readEntryStore }: LexiconData): Lexicon {
  // Decoded on first use: a text needs a few hundred of the index's entries.
  const decoded = new Map<number, readonly SenseOption[] | null>();
  const splitDomains = new Map<number, readonly string[]>();
  const { meta } = index;
  let store: EntryStore | null = null;
  /** Form lookups, read-only arrays shared by every caller. */
  const lookups = new Map<string, readonly number[]>();
  return {
    size: index.size,
    key,
    compoundModifiers,
    entryStore: () => (store ??= readEntryStore()),
    lookupForm: (form) => {
      // The analysis asks for the same forms again and again (every candidate, every neighbour).
      let ids = lookups.get(form);
      if (ids === undefined) {
        ids = lookupFormTable(table, form);
        if (lookups.size >= 100_000) lookups.clear();
        lookups.set(form, ids);
      }
      return ids;
    },
    lemma: (id) => index.lemma(id) ?? "",
    pos: (id) => index.pos(id) ?? "X",
    gender: (id) => {
      const g = meta.gender[id];
      return g === "m" || g === "f" || g === "n" ? g : null;
    },
    plural: index.plural,
    gloss: index.gloss,
    pluralGloss: (id) => meta.pluralGloss[id] ?? null,
    senses: (id) => {
      let options = decoded.get(id);
      if (options === undefined) {
        // Most lexemes have one sense: that answer (null) is kept too, not searched for again.
        const text = index.senses(id);
        options = text === null ? null : decodeSenseOptions(text);
        decoded.set(id, options);
      }
      return options;
    },
    domains: (id) => {
      let d = splitDomains.get(id);
      if (!d) splitDomains.set(id, (d = index.domains(id)?.split(" ") ?? NO_DOMAINS));
      return d;
    },
    rank: index.rank,
    flags: index.flags,
    phrases: meta.phrases ? indexPhrases(meta.phrases) : undefined,
    paradigm: (id) => {
      const p = index.paradigm(id);
      return p > 0 ? (meta.patterns[p - 1] ?? null) : null;
    },
  };
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
  const store = lexicon.entryStore();
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
