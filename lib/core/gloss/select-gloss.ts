/**
 * Chooses the learner gloss of a lemma among all of Ding's entries for it.
 *
 * Ding's first sense is often not the one a learner needs (Bedauern →
 * "unhappiness" before "regret", ausüben → "to bear" before "to exert"), so
 * senses are ranked across every entry of the headword: entries where the
 * headword stands alone, with matching part of speech/gender and without
 * register tags come first, then common English words (SUBTLEX-US counts)
 * and short glosses.
 */

import type { DingHead, DingLine, DingPos } from "../lexicon/ding";
import { sharesFamilyStem } from "./word-family";

/** A verb sense that shares its English stem with the main sense of the verb's derived noun. */
const FAMILY_WEIGHT = 0.8;

export interface GlossCandidate {
  line: DingLine;
  /** Index of the headword among the line's synonyms. */
  headIndex: number;
  /** Position of the line among this headword's lines (file order). */
  order: number;
}

export interface GlossQuery {
  pos: DingPos | "PROPN";
  gender?: "m" | "f" | "n" | null;
  /** log10 English word frequency, 0 when unknown. */
  englishFrequency: (word: string) => number;
  /** Main English glosses of the word's derived nouns (./word-family.ts), for verbs. */
  family?: readonly string[];
}

/** Register/regional tags that make a sense a poor default for learners. */
const MARKED_TAGS =
  /^(?:ugs\.|veraltet|alt|selten|übtr\.|vulg\.|pej\.|slang|Schw\.|Ös\.|Süddt\.|Norddt\.|Bayr\.|Mittelteldt\.|BW|Dt\.|poet\.|humor\.|euphem\.|coll\.|fig\.|rare|archaic|dated|obs\.|Austr\.|Sc\.|Can\.|Ir\.|NZ|South African|Ind\.|Jägersprache|Kindersprache|children’s speech|hunters’ parlance|Dialekt|dialect|Lit\.|lit\.|old use|historic|veraltend|Sprw\.|prov\.|Mitteldt\.)$/;
/** Further regions: [Nordostdt.], [Westös.], [Berlin], [Wien]. */
const REGIONAL_TAG =
  /(?:dt|ös)\.$|^(?:Berlin|Wien|Südtirol|Lux\.|Liecht\.|Rheinl\.|Westf\.|Sächs\.|Schwäb\.|Pfalz|Tirol)$/;
/**
 * Tags of colloquial or dialect synonyms; a rare or old-fashioned synonym
 * ("destruieren [selten]") marks only itself, not the line's sense.
 */
const COLLOQUIAL_TAGS =
  /^(?:ugs\.|vulg\.|pej\.|slang|Schw\.|Ös\.|Süddt\.|Norddt\.|Bayr\.|Mitteldt\.|BW|humor\.|coll\.|Kindersprache|children’s speech|Dialekt|dialect)$/;
/** Grammatical notes, not restrictions of meaning. */
const GRAMMAR_TAGS = /^(?:mass noun|no pl|usually pl|usu\. pl|also pl|countable|uncountable|sing\.|pl\.)$/;
/** Elevated/formal register: standard written German, only mildly marked. */
const FORMAL_TAGS = /^(?:geh\.|formal|adm\.)$/;
/** Broad subject fields a newspaper reader meets every day. */
const BROAD_DOMAINS = /^(?:pol\.|soc\.|geogr\.|mil\.|sport|school|stud\.|transp\.|envir\.|statist\.|constr\.|cook\.)$/;

/**
 * Penalty of register tags (each counts) and subject tags (counted once).
 *
 * @example
 * tagPenalty(["ugs."]); // 2
 */
export function tagPenalty(tags: readonly string[]): number {
  let penalty = 0;
  let domain = 0;
  let domains = 0;
  let marked = 0;
  for (const tag of tags) {
    if (GRAMMAR_TAGS.test(tag)) continue;
    if (tag === "Br." || tag === "Am." || tag === "eAm." || tag === "abbr." || tag === "tm") penalty += 0.3;
    else if (FORMAL_TAGS.test(tag)) penalty += 0.6;
    else if (MARKED_TAGS.test(tag) || REGIONAL_TAG.test(tag)) marked++;
    else {
      // Subject fields ([fin.], [naut.], [textil.]) narrow the sense; a
      // broad field less so.
      domains++;
      domain = Math.max(domain, BROAD_DOMAINS.test(tag) ? 0.4 : 1.2);
    }
  }
  // A sense tagged for three fields at once ([auto] [aviat.] [naut.]) is general.
  // Several regions at once ("Junge [Norddt.] [Mitteldt.]") are one restriction.
  if (marked > 0) penalty += 2 + 0.5 * (marked - 1);
  return penalty + (domains >= 3 ? 0.4 : domain);
}

/** Comments of Ding's city, country and region names: "Stadt in Deutschland", "Hauptstadt von Russland". */
const PLACE_COMMENT = /Stadt|Staat|Land\b|Bundesland|Republik|Kanton|Provinz|Region|Königreich/;

function posMatches(query: GlossQuery["pos"], pos: DingPos): boolean {
  if (query === "PROPN") return pos === "NOUN" || pos === null;
  return query === pos;
}

const ENGLISH_FUNCTION_WORDS = new Set(
  "of the a an to in on at for with by from and or be is one's oneself sb sth".split(" "),
);

function senseScore(gloss: string, query: GlossQuery): number {
  const words = gloss
    .replace(/^to /, "")
    .replace(/^(?:the|a|an) /, "")
    .split(/[\s-]+/)
    // "free of/from": alternatives separated by a slash are one word.
    .map((w) => w.split("/")[0] ?? "")
    .filter((w) => w.length > 0);
  if (words.length === 0) return -10;
  let rarest = Infinity;
  let content = 0;
  for (const w of words) {
    const lower = w.toLowerCase();
    if (words.length > 1 && ENGLISH_FUNCTION_WORDS.has(lower)) continue;
    content++;
    rarest = Math.min(rarest, query.englishFrequency(lower));
  }
  if (rarest === Infinity) rarest = 0;
  // Beyond everyday frequency, more frequent is not a better translation
  // ("to take" is not a better tragen than "to carry"); Ding's order decides.
  rarest = Math.min(rarest, 4.2);
  // Common English words are what a learner expects ("possible", not
  // "conceivable"); frequency is SUBTLEX-US log10 counts (0 … ~6).
  // "head of state" is two words to read, not three.
  return (
    0.5 * rarest -
    1.1 * (Math.max(content, 1) - 1) -
    0.2 * (words.length - Math.max(content, 1)) -
    (gloss.length > 30 ? 1.5 : 0)
  );
}

/** The English gloss is the German word's twin: Option → option, Technologie → technology. */
function isCognate(german: string, gloss: string): boolean {
  const g = german.toLowerCase();
  const e = gloss.toLowerCase().replace(/^to /, "");
  if (e === g) return true;
  // Verbs: warnen → to warn, bringen → to bring.
  if (/^to /.test(gloss) && g.length >= 6) {
    const stem = g.replace(/e?n$/, "");
    if (e === stem) return true;
    // A doubled consonant before -en is single in English: beginnen → begin, kommen → come.
    const single = stem.replace(/([bcdfgklmnprst])\1$/, "$1").replace(/k/g, "c");
    if (single !== stem && (e === single || e === `${single}e`)) return true;
  }
  const mapped = g
    .replace(/ie$/, "y")
    .replace(/ität$/, "ity")
    .replace(/ismus$/, "ism")
    .replace(/isch$/, "ic")
    .replace(/ieren$/, "")
    .replace(/k/g, "c")
    .replace(/z/g, "c");
  return (
    mapped.length >= 4 &&
    e.replace(/k/g, "c").replace(/z/g, "c").startsWith(mapped) &&
    e.length - mapped.length <= 3 &&
    !e.includes(" ")
  );
}

/** Heads that are only the feminine form of another head (Anführer; Anführerin). */
function distinctHeadIndex(line: DingLine, headIndex: number): { index: number; count: number } {
  let index = 0;
  let count = 0;
  line.heads.forEach((h, i) => {
    // Anführer; Anführerin — Verbündete; Verbündeter: one word in two forms.
    const feminine = line.heads.some(
      (o, j) =>
        j < i &&
        ((/in(?:nen)?$/.test(h.word) && h.word.startsWith(o.word)) ||
          h.word === `${o.word}r` ||
          o.word === `${h.word}r`),
    );
    if (feminine) return;
    if (i < headIndex) index++;
    count++;
  });
  return { index, count };
}

/** Examples on the line that use this headword (the line's main word may be another synonym). */
function examplesOf(line: DingLine, word: string, pos: GlossQuery["pos"]): number {
  const stem = pos === "VERB" ? word.replace(/e?n$/, "") : word;
  if (stem.length < 3) return line.examples.length;
  let n = 0;
  for (const ex of line.examples) if (ex.de.includes(stem)) n++;
  return n;
}

export interface ChosenGloss {
  gloss: string;
  /** English plural of the chosen sense when Ding gives an irregular one (medium → media). */
  plural?: string;
  /** Ranked senses with tags, best first (for the dictionary panel). */
  senses: { gloss: string; tags: string[] }[];
}

/**
 * Ranks every sense of every candidate entry and returns the best gloss.
 *
 * @example
 * chooseGloss(candidatesFor("Bedauern"), { pos: "NOUN", gender: "n", englishFrequency })
 * // → { gloss: "regret", senses: [...] }
 */
export function chooseGloss(candidates: GlossCandidate[], query: GlossQuery): ChosenGloss | null {
  return chooseFromScored(scoreSenses(candidates, query));
}

/** chooseGloss over senses already scored by scoreSenses (the index build scores once for several uses). */
export function chooseFromScored(scored: readonly ScoredSense[]): ChosenGloss | null {
  if (scored.length === 0) return null;
  const seen = new Set<string>();
  const senses: { gloss: string; tags: string[] }[] = [];
  for (const s of scored) {
    if (seen.has(s.gloss)) continue;
    seen.add(s.gloss);
    senses.push({ gloss: s.gloss, tags: s.tags });
  }
  const best = senses[0];
  if (!best) return null;
  const chosen: ChosenGloss = { gloss: best.gloss, senses };
  const plural = scored[0]?.plural;
  if (plural && isIrregularPlural(best.gloss, plural)) chosen.plural = plural;
  return chosen;
}

export interface ScoredSense {
  gloss: string;
  tags: string[];
  score: number;
  line: DingLine;
  /** The headword on that line whose sense this is (its frame: reflexive, prepositions). */
  head: DingHead;
  /** Position of the sense among the line's English senses. */
  senseIndex: number;
  /** English plural of this sense, from the line's plural sub-entry. */
  plural?: string;
}

/** "media" for "medium", "children" for "child"; not "houses" or "countries". */
export function isIrregularPlural(singular: string, plural: string): boolean {
  if (plural.includes(" ") !== singular.includes(" ") || plural === singular) return false;
  const regular = [
    `${singular}s`,
    `${singular}es`,
    singular.replace(/y$/, "ies"),
    singular.replace(/(?:f|fe)$/, "ves"),
  ];
  // Aligned by position, Ding's plural row can belong to another sense
  // (Inschrift: "inscription | epigraphs"): the plural must share the stem.
  const related = plural.slice(0, 3).toLowerCase() === singular.slice(0, 3).toLowerCase();
  return related && !regular.includes(plural) && !/ings$/.test(plural) && /^[\p{L}-]+$/u.test(plural);
}

/** Every sense of every candidate with its score, best first (for debugging and tests). */
export function scoreSenses(candidates: GlossCandidate[], query: GlossQuery): ScoredSense[] {
  const scored: ScoredSense[] = [];
  const anyPosMatch = candidates.some((c) => posMatches(query.pos, c.line.heads[c.headIndex]?.pos ?? null));
  for (const cand of candidates) {
    const head = cand.line.heads[cand.headIndex];
    if (!head) continue;
    const matches = posMatches(query.pos, head.pos);
    if (anyPosMatch && !matches) continue;
    const last = cand.line.heads[cand.line.heads.length - 1] ?? head;
    const { index, count } = distinctHeadIndex(cand.line, cand.headIndex);
    let base = 0;
    // The headword alone on a line: its own sense, not a synonym's.
    if (count === 1) base += 0.4;
    base -= 0.4 * Math.min(index, 5);
    // Ding writes subject tags after the last synonym for the whole line
    // ("Kaufoption; Option; Vorprämie [fin.]"); register tags belong to
    // their own synonym ("möglich; tunlich [veraltet]").
    const lineDomains =
      last === head
        ? []
        : last.tags.filter((t) => !MARKED_TAGS.test(t) && !FORMAL_TAGS.test(t) && !head.tags.includes(t));
    base -= tagPenalty(head.tags) + 0.5 * tagPenalty(lineDomains);
    if (head.comment !== undefined) {
      // A name's comment says what it names; cities and countries are what
      // a reader meets (Wien the capital, not Wien the river).
      if (query.pos === "PROPN" && PLACE_COMMENT.test(head.comment)) base += 1.5;
    } else if (head.narrowed) base -= 0.6;
    base -= 0.1 * Math.min(cand.order, 6);
    // A line of mostly colloquial or regional synonyms (Mensch; Heini;
    // Fuzzi; Typ [ugs.] :: chap) is a colloquial sense.
    const others = cand.line.heads.filter((h) => h !== head);
    if (
      others.length >= 2 &&
      others.filter((h) => h.tags.some((t) => COLLOQUIAL_TAGS.test(t) || REGIONAL_TAG.test(t))).length * 2 >=
        others.length
    )
      base -= 1;
    // Ding's main sense of a word carries the phrases and examples; rare
    // senses stand alone on a bare line.
    base += 0.5 * Math.log2(1 + examplesOf(cand.line, head.word, query.pos) + cand.line.verbForms.length / 3);
    // A line that gives the plural is a main entry (Staatsoberhaupt | Staatsoberhäupte).
    if (cand.line.plurals[cand.headIndex]) base += 0.3;
    if (query.pos === "NOUN" && query.gender) {
      if (head.gender === query.gender) base += 1;
      else if (head.isPlural) base -= 2;
    }
    cand.line.senses.forEach((sense, k) => {
      let gloss = sense.gloss;
      // A typo in the dictionary ("to to feed sth.") is no gloss.
      if (gloss.startsWith("to to ")) return;
      let score = base;
      if (query.pos === "VERB" && !gloss.startsWith("to ")) {
        // Ding gives verbs as "to …"; a non-"to" sense is a participle or phrase.
        gloss = `to ${gloss}`;
        score -= 1;
      }
      if (sense.narrowed) score -= 0.4;
      if (isCognate(head.word, gloss)) score += 1;
      score += -0.6 * Math.min(k, 6) - tagPenalty(sense.tags) + senseScore(gloss, query);
      const entry: ScoredSense = { gloss, tags: sense.tags, score, line: cand.line, head, senseIndex: k };
      const plural = cand.line.englishPlurals?.[k];
      if (plural && query.pos === "NOUN") entry.plural = plural;
      scored.push(entry);
    });
  }
  // A sense that several entries agree on is a central one (Führer: leader
  // on two lines, guidebook on one).
  const lines = new Map<string, Set<DingLine>>();
  for (const s of scored) {
    let set = lines.get(s.gloss);
    if (!set) lines.set(s.gloss, (set = new Set()));
    set.add(s.line);
  }
  for (const s of scored) s.score += 0.6 * Math.min((lines.get(s.gloss)?.size ?? 1) - 1, 3);
  if (query.family) liftFamilySenses(scored, query.family);
  scored.sort((a, b) => b.score - a.score);
  return scored;
}

/**
 * The word family says which sense is the main one, not that the others are
 * less likely: a family sense gains FAMILY_WEIGHT but passes the best only
 * just, so the former best stays close (and in view as the second sense).
 */
function liftFamilySenses(scored: ScoredSense[], family: readonly string[]): void {
  const top = Math.max(...scored.map((s) => s.score));
  for (const s of scored)
    if (sharesFamilyStem(s.gloss, family)) s.score = Math.max(s.score, Math.min(s.score + FAMILY_WEIGHT, top + 0.01));
}
