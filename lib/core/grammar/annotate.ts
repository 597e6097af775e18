/**
 * Morphology of every token in its sentence (`feats`, UD names and values).
 *
 * 1. Each word gets all readings its form allows: nouns and verbs from their
 *    inflection tables, articles, pronouns and adjective endings from the
 *    declension tables in ./agreement.
 * 2. Noun phrases (determiners, adjectives, noun) keep only the readings all
 *    their words share ("den" ∩ "Präsidenten" → accusative singular).
 * 3. A governing preposition narrows the case; a two-way preposition takes
 *    its case from the clause's verb of motion or position.
 * 4. In each clause the finite verb and the subject agree: one nominative
 *    per clause (two with sein/werden/bleiben), subject first when nothing
 *    else decides, the verb's person and number from its subject.
 * What context cannot decide stays as several values ("Nom,Acc").
 */

import type { AnalyzedToken } from "../analyze";
import { DEFINITE_ARTICLE, LEXEME_FLAGS, type Lexicon } from "../lexicon/index";
import { gradeStems } from "../lexicon/build-index";
import { isDecade, numberWord } from "../lexicon/derived-forms";
import {
  ACC,
  adjectiveMask,
  ALL,
  caseMask,
  casesOf,
  CONTRACTIONS,
  DAT,
  declensionAfter,
  determinerMask,
  GEN,
  genderMask,
  gendersOf,
  maskOf,
  NOM,
  numbersOf,
  PLUR,
  pronounReading,
  SING,
  type Case,
} from "./agreement";
import {
  COPULAS,
  isAuxiliaryLemma,
  isCardinalWord,
  isPresentationalVerb,
  isDayAdverb,
  isMonthName,
  isPeriodPart,
  isTimeModifier,
  isTimeNoun,
} from "./clause-roles";
import { takesDativeArgument, takesGenitiveObject } from "./genitive-dative-verbs";
import { casesAfterBis } from "./bis-after-von";
import { monthAfterDay } from "./month-after-day";
import { isDegreeZu, outsidePrepositionalPhrase } from "./outside-prepositional-phrase";
import { opensSubordinateClause } from "./preposition-or-conjunction";
import {
  existentialEs,
  infinitiveContinuations,
  INFINITIVE_AUXILIARIES,
  isAlsBeforeVerbSecond,
  isMeasureAccusative,
  opensWithSharedSubject,
} from "./clause-cases";
import { genitiveName } from "./names";
import { isNamePart } from "./name-parts";
import { attributiveParticipleEnding } from "./participle-attributes";
import { decodeParadigm } from "./paradigms";
import {
  caseAfterBis,
  governedCases,
  prepositionalObjectCase,
  takesDativeObject,
  twoWayCaseFor,
  TWO_WAY,
} from "./prepositions";
import { verbReadings, type VerbReading } from "./verbs";

export type Feats = Record<string, string>;

interface Slot {
  kind: "noun" | "propn" | "det" | "adj" | "pron";
  /** Readings of the word alone. */
  own: number;
  /** Readings in its phrase and clause. */
  mask: number;
  person?: "1" | "2" | "3";
  degree?: "Pos" | "Cmp" | "Sup";
  /** Adjective ending ("" = uninflected), undefined when no ending fits. */
  ending?: string;
  reflexive?: boolean;
  polite?: boolean;
  /** Gender known from the lexicon (nouns). */
  gender?: "m" | "f" | "n" | null;
  /** Nominalised adjective or participle (die Abgeordnete): declined like an adjective, gender from its phrase. */
  adjectival?: boolean;
  /** An ordinal in figures ("21."). */
  ordinal?: boolean;
  /** After ein, kein or a possessive (mixed declension). */
  afterEinWord?: boolean;
  /** A nominalised adjective without a noun that names a thing: "am besten", "unter anderem" (neuter). */
  thing?: boolean;
  /** The noun's gender comes from its determiner, not the dictionary ("eine Firewall"). */
  regendered?: boolean;
  /** The form belongs to one noun of the dictionary only (not Spielen: das Spielen, die Spiele). */
  onlyNoun?: boolean;
}

interface Phrase {
  start: number;
  end: number;
  members: number[];
  mask: number;
  governed: boolean;
  /** Has a determiner or inflected adjective (case is marked, not guessed). */
  marked: boolean;
  isPronoun: boolean;
}

const CLAUSE_BREAKS = new Set([",", ";", ":", "(", ")", "„", "“", '"', "»", "«", "–", "—", "‚", "‘", "[", "]"]);
const COORDINATORS = new Set(["und", "oder", "sowie", "sondern", "bzw.", "beziehungsweise"]);
const RELATIVES = new Set(["der", "welcher"]);
const ADJECTIVAL_DETERMINER = /^(ander|beid|ein)(e[mnrs]?)$/i;
const ARTICLE_LIKE = new Set(["der", "dieser", "jener", "jeder"]);
const ADJ_ENDINGS = ["", "e", "en", "em", "er", "es"];

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function lexemeOf(
  lexicon: Lexicon,
  token: AnalyzedToken,
  pos: string[],
  known: number | null | undefined,
): number | undefined {
  const lemma = token.lemma;
  if (known !== null && known !== undefined && lexicon.lemma(known) === lemma && pos.includes(lexicon.pos(known)))
    return known;
  if (!lemma) return undefined;
  for (const form of [token.text, token.text.toLowerCase(), lemma]) {
    const id = lexicon.lookupForm(form).find((i) => lexicon.lemma(i) === lemma && pos.includes(lexicon.pos(i)));
    if (id !== undefined) return id;
  }
  return undefined;
}

/** Case × number of each noun table cell (see paradigms.NOUN_CELLS). */
const NOUN_CELL_MASKS = Array.from({ length: 8 }, (_, i) => maskOf(`${"NGDA"[i % 4]}.*.${i < 4 ? "s" : "p"}`));

const nounCellCache = new Map<number, (string | null)[] | null>();
function nounCells(lexicon: Lexicon, id: number): (string | null)[] | null {
  let cells = nounCellCache.get(id);
  if (cells === undefined) {
    const pattern = lexicon.paradigm?.(id);
    cells = pattern ? decodeParadigm(lexicon.lemma(id), pattern) : null;
    // The cache is per process and the lexicon is read-only; bound it anyway.
    if (nounCellCache.size > 50_000) nounCellCache.clear();
    nounCellCache.set(id, cells);
  }
  return cells;
}

const NOM_SING = maskOf("N.*.s");
const DAT_SING = maskOf("D.*.s");
const GEN_SING = maskOf("G.*.s");
const DAT_PLUR = maskOf("D.*.p");

/** Case/number readings of a noun form from its table; 0 when the table does not have the form. */
function nounTableMask(lexicon: Lexicon, id: number, form: string, gender: number): number {
  const cells = nounCells(lexicon, id);
  if (!cells) return 0;
  let m = 0;
  for (let i = 0; i < cells.length; i++) if (cells[i] === form) m |= NOUN_CELL_MASKS[i] ?? 0;
  // Morphy lists the old dative -e (dem Hause); the bare form is the usual dative.
  if (m & NOM_SING && cells[2] === `${form}e`) m |= DAT_SING;
  return m ? m & gender : 0;
}

function nounMask(lexicon: Lexicon, token: AnalyzedToken, known: number | null | undefined): number {
  const gender = genderMask(token.gender ?? null);
  const id = lexemeOf(lexicon, token, ["NOUN"], known);
  if (id !== undefined) {
    const m = nounTableMask(lexicon, id, token.text, gender);
    if (m) return m;
  }
  const parts = token.compound?.parts;
  const head = parts?.[parts.length - 1];
  if (head) {
    const headForm = capitalize(head);
    for (const hid of lexicon.lookupForm(headForm)) {
      if (lexicon.pos(hid) !== "NOUN" || (token.gender && lexicon.gender(hid) !== token.gender)) continue;
      const m = nounTableMask(lexicon, hid, headForm, gender);
      if (m) return m;
    }
  }
  const byHead = headNounMask(lexicon, token.text);
  if (byHead && (!token.gender || byHead & gender)) return byHead & gender;
  // No table: singular if the form is the lemma, plural if it is the plural.
  const { text, lemma, plural } = token;
  let m = 0;
  // A feminine noun has no genitive -s: its lemma is every singular case.
  if (text === lemma) m |= token.gender === "f" ? SING : SING & ~GEN;
  if (lemma && (text === `${lemma}s` || text === `${lemma}es`)) m |= GEN_SING;
  if (plural && text === plural) m |= PLUR;
  if (plural && text === `${plural}n`) m |= DAT_PLUR;
  return (m || ALL) & gender;
}

const headCache = new Map<string, number>();
/**
 * "Grenzkontrollen", "Gebirgsbildungen": a compound the lexicon does not know
 * inflects like its last noun; the longest known noun form at its end gives
 * case, number and gender (0 when none).
 */
function headNounMask(lexicon: Lexicon, form: string): number {
  let m = headCache.get(form);
  if (m !== undefined) return m;
  m = 0;
  for (let k = 3; k <= form.length - 4 && !m; k++) {
    const head = capitalize(form.slice(k));
    // A noun whose nominative the form is first: Haar|rinde is die Rinde, not dem Rind(e).
    for (const id of lexicon.lookupForm(head)) {
      if (lexicon.pos(id) !== "NOUN" || lexicon.flags(id) & LEXEME_FLAGS.dingOnly) continue;
      const g = genderMask(lexicon.gender(id));
      const own = nounTableMask(lexicon, id, head, g) || (lexicon.plural(id) === head ? PLUR & g : 0);
      m ||= own;
      if (own & NOM) {
        m = own;
        break;
      }
    }
  }
  if (headCache.size > 50_000) headCache.clear();
  headCache.set(form, m);
  return m;
}

function propnMask(lexicon: Lexicon, tokens: AnalyzedToken[], i: number): number {
  const token = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const gender = genderMask(token.gender ?? null);
  const { text, lemma } = token;
  // "Leistungszulagen", "Besiedlungen": an unknown word read as a name whose end is a plural noun is that noun.
  const byHead = token.gender ? 0 : headNounMask(lexicon, text);
  if (byHead && (byHead & SING) === 0) return byHead;
  if (text.endsWith("'") && lemma && text === `${lemma}'`) return GEN & SING & gender;
  const genitive = genitiveName(lexicon, token);
  // "Obamas Sonderberaterin", "Bogarts jüngerer Bruder", "für Erdogans Kurs": a name in -s before a noun, no
  // article, is a genitive; "der Wechsel Barrosos": so is an unknown name with a genitive -s after a noun.
  // "in Disneys „Die Muppets“": a quoted title counts as the noun.
  const quotedTitle = next?.text === "„" && /^\p{Lu}/u.test(tokens[i + 2]?.text ?? "");
  const beforeNoun = next?.pos === "NOUN" || (next?.pos === "ADJ" && tokens[i + 2]?.pos === "NOUN") || quotedTitle;
  // "gegen Venus Williams", "mit Jan Peters": after a preposition that takes no genitive, a name in -s
  // with no noun after it is the object, and its -s part of the name.
  if (genitive && !beforeNoun && afterNonGenitivePreposition(tokens, i)) return SING & gender;
  // "die Anerkennung Albaniens": the dictionary knows the name without its -s.
  if (genitive === "sure") return GEN & SING & gender;
  const afterNoun = prev?.pos === "NOUN" || (prev?.pos === "PROPN" && isNominal(tokens[i - 2]));
  if (/[^s]s$/.test(text) && beforeNoun && prev?.pos !== "DET" && (prev?.pos !== "ADP" || genitive)) return GEN & SING;
  if (genitive && afterNoun) return GEN & SING;
  return SING & gender;
}

/** The name (of one or more words) that ends at `i` follows a preposition that does not take the genitive. */
function afterNonGenitivePreposition(tokens: AnalyzedToken[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && i - k < 4 && tokens[k]!.pos === "PROPN") k--;
  const prev = tokens[k];
  if (prev?.pos !== "ADP") return false;
  const lower = prev.text.toLowerCase();
  const cases = governedCases(CONTRACTIONS[lower]?.prep ?? lower);
  return cases !== null && !cases.includes("Gen");
}

/** Derivational suffixes that fix a noun's gender (die Bildung, das Mädchen, der Realismus). */
const GENDER_SUFFIXES: [RegExp, "m" | "f" | "n"][] = [
  [/(?:ung|heit|keit|schaft|ion|tät|ie|enz|anz|ur)$/, "f"],
  [/(?:chen|lein|ment|tum|um)$/, "n"],
  [/(?:ismus|ling|ist|eur|or)$/, "m"],
];

/**
 * The gender of a word the dictionary does not know but the tagger read as a name: from a
 * derivational suffix ("Atillerie", "Tribunat"), or, after an article or adjective, from the
 * noun it ends in ("im Sekundarbereich" → Bereich). Null when neither tells.
 */
function guessedGender(lexicon: Lexicon, form: string, prev: AnalyzedToken | undefined): "m" | "f" | "n" | null {
  if (form.length < 6 || !/^\p{Lu}\p{Ll}+$/u.test(form)) return null;
  for (const [suffix, g] of GENDER_SUFFIXES) if (suffix.test(form)) return g;
  // "zum Chatten", "beim Joggen": an unknown word in -en after a neuter singular article is an infinitive used as a noun.
  if (form.endsWith("en") && prev && NEUTER_SINGULAR_BEFORE.has(prev.text.toLowerCase())) return "n";
  const inPhrase =
    prev?.pos === "DET" ||
    prev?.pos === "ADJ" ||
    (prev !== undefined && CONTRACTIONS[prev.text.toLowerCase()] !== undefined);
  if (!inPhrase) return null;
  const genders = gendersOf(headNounMask(lexicon, form) & SING);
  return genders.length === 1 ? GENDER_LETTERS[genders[0]!] : null;
}

/** The lexicon's gender letter of a UD gender. */
const GENDER_LETTERS = { Masc: "m", Fem: "f", Neut: "n" } as const;

/** Articles and contractions that take only a masculine or neuter singular (dem, zum = zu dem, ins = in das). */
const NEUTER_SINGULAR_BEFORE = new Set([
  "das",
  "des",
  "dem",
  "zum",
  "beim",
  "vom",
  "im",
  "am",
  "ins",
  "ans",
  "aufs",
  "fürs",
]);

const adjectivalCache = new Map<number, boolean>();
/** Flagged by the lexicon (die Abgeordnete), or the strong lemma of one (Verbündeter beside Verbündete). */
function isAdjectivalNoun(lexicon: Lexicon, id: number): boolean {
  if (lexicon.flags(id) & LEXEME_FLAGS.adjectival) return true;
  const lemma = lexicon.lemma(id);
  if (!lemma.endsWith("er")) return false;
  let known = adjectivalCache.get(id);
  if (known === undefined) {
    const weak = lemma.slice(0, -1);
    known = lexicon
      .lookupForm(weak)
      .some(
        (o) =>
          lexicon.lemma(o) === weak && lexicon.pos(o) === "NOUN" && (lexicon.flags(o) & LEXEME_FLAGS.adjectival) !== 0,
      );
    if (adjectivalCache.size > 50_000) adjectivalCache.clear();
    adjectivalCache.set(id, known);
  }
  return known;
}

/**
 * The adjective ending of a nominalised adjective or participle ("Abgeordneten"
 * → "en"), null for other nouns: these decline like adjectives, so their
 * case, number and gender come from the determiner and the ending.
 */
function adjectivalEnding(lexicon: Lexicon, token: AnalyzedToken, known: number | null | undefined): string | null {
  const id = lexemeOf(lexicon, token, ["NOUN"], known);
  if (id === undefined) return guessedAdjectivalEnding(lexicon, token);
  if (!isAdjectivalNoun(lexicon, id)) return null;
  const stem = lexicon.lemma(id).replace(/er?$/, "");
  if (!token.text.startsWith(stem)) return null;
  const ending = token.text.slice(stem.length);
  return ADJ_ENDINGS.includes(ending) && ending !== "" ? ending : null;
}

/** "die Älteren": a noun the dictionary lacks, headword in -e, whose form is an inflected adjective (the lemmatizer's guess). */
function guessedAdjectivalEnding(lexicon: Lexicon, token: AnalyzedToken): string | null {
  const lemma = token.lemma;
  if (token.compound || !lemma?.endsWith("e") || !token.text.startsWith(lemma.slice(0, -1))) return null;
  const ending = token.text.slice(lemma.length - 1);
  if (!ADJ_ENDINGS.includes(ending) || ending === "") return null;
  const lower = token.text.toLowerCase();
  // "die 28-Jährige": an age in figures is an adjective too.
  if (numberWord(lower)?.pos === "ADJ") return ending;
  return lexicon.lookupForm(lower).some((i) => lexicon.pos(i) === "ADJ" && lexicon.lemma(i) !== lower) ? ending : null;
}

const POSSESSIVE = /^(mein|dein|sein|ihr|unser|eu(?:e)?r|kein)(?:e[mnrs]?)?$/i;

const gradeCache = new Map<string, string[]>();
function cachedGradeStems(lemma: string): string[] {
  let stems = gradeCache.get(lemma);
  if (!stems) {
    if (gradeCache.size > 50_000) gradeCache.clear();
    gradeCache.set(lemma, (stems = gradeStems(lemma)));
  }
  return stems;
}

/** Degree and ending of an adjective form ("größeren" → Cmp, "en"). */
/** The degree and ending of `lower` on one of `stems` (a plain function: a closure costs a name per call). */
function tryStems(
  lower: string,
  attributive: boolean,
  stems: string[],
  degree: "Pos" | "Cmp" | "Sup",
  withBare: boolean,
): { degree: "Pos" | "Cmp" | "Sup"; ending: string } | null {
  let bare: { degree: "Pos" | "Cmp" | "Sup"; ending: string } | null = null;
  for (const stem of stems) {
    if (!lower.startsWith(stem)) continue;
    const ending = lower.slice(stem.length);
    if (!ADJ_ENDINGS.includes(ending)) continue;
    // "vage Details": before a noun the ending reading (vag|e) wins over the bare lemma.
    if (ending === "" && attributive) bare = withBare ? { degree, ending } : null;
    else if (withBare || ending !== "") return { degree, ending };
  }
  return bare;
}

function adjectiveShape(
  lexicon: Lexicon,
  token: AnalyzedToken,
  attributive: boolean,
): { degree: "Pos" | "Cmp" | "Sup"; ending: string } | null {
  const lower = token.text.toLowerCase();
  const lemma = (token.lemma ?? lower).toLowerCase();
  const positive = [lemma];
  if (lemma.endsWith("e")) positive.push(lemma.slice(0, -1));
  // "grosse Auswahl": Swiss spelling (and keyboards without ß) write ss for ß.
  if (lemma.includes("ß") && lower.includes("ss")) positive.push(lemma.replace(/ß/g, "ss"));
  if (/[aeiouäöü].*e[lr]$/.test(lemma)) positive.push(lemma.slice(0, -2) + lemma.slice(-1));
  // "hohe Anteile", "bei hohem Druck": hoch drops its c before an ending (hoh-).
  if (lemma.endsWith("hoch")) positive.push(lemma.slice(0, -2) + "h");
  // "in letzter Zeit": a form the tagger took for a headword of its own (letzter) that another adjective
  // of the dictionary reads with an ending (letzt|er) is inflected before a noun.
  if (attributive && lemma === lower)
    for (const id of lexicon.lookupForm(lower)) {
      const other = lexicon.lemma(id);
      if (other !== lower && lexicon.pos(id) === "ADJ" && lower.startsWith(other)) positive.push(other);
    }
  const [comparative = "", ...superlatives] = cachedGradeStems(lemma);
  // "schneller" is a strong positive before a noun, else a comparative.
  const order: [string[], "Pos" | "Cmp" | "Sup", boolean][] = attributive
    ? [
        [positive, "Pos", true],
        [[comparative], "Cmp", true],
        [superlatives, "Sup", false],
      ]
    : [
        [[comparative], "Cmp", true],
        [superlatives, "Sup", false],
        [positive, "Pos", true],
      ];
  for (const [stems, degree, bare] of order) {
    const r = tryStems(lower, attributive, stems, degree, bare);
    if (r) return r;
  }
  return null;
}

/** The form is a form of one noun of the dictionary only. */
function isOnlyNounOfForm(lexicon: Lexicon, form: string): boolean {
  let nouns = 0;
  for (const id of lexicon.lookupForm(form)) if (lexicon.pos(id) === "NOUN") nouns++;
  return nouns === 1;
}

/** A noun or name (what an attributive word stands before). */
function isNominal(t: AnalyzedToken | undefined): boolean {
  return t?.kind === "word" && (t.pos === "NOUN" || t.pos === "PROPN");
}

/**
 * "allgemeiner und freier Wahlen", "ein rauer, unfreundlicher Ton": an adjective coordinated with the
 * adjectives before a noun is attributive too (a strong ending, not a comparative). A few words ahead
 * at most: adjectives, adverbs of degree, commas and und/oder, then the noun.
 */
function isCoordinatedAttributive(tokens: AnalyzedToken[], i: number): boolean {
  const next = tokens[i + 1]?.text ?? "";
  if (next !== "," && next !== "und" && next !== "oder") return false;
  for (let k = i + 2; k < tokens.length && k <= i + 6; k++) {
    const t = tokens[k]!;
    if (isNominal(t)) return tokens[k - 1]!.pos === "ADJ";
    if (t.pos !== "ADJ" && t.pos !== "ADV" && t.text !== "," && t.text !== "und" && t.text !== "oder") return false;
  }
  return false;
}

function isVerb(t: AnalyzedToken | undefined): boolean {
  return t?.kind === "word" && (t.pos === "VERB" || t.pos === "AUX");
}

function slotFor(lexicon: Lexicon, tokens: AnalyzedToken[], i: number, known: number | null | undefined): Slot | null {
  const t = tokens[i]!;
  // "am 21. Oktober": an ordinal in figures declines like an adjective; its phrase gives the case.
  if (t.kind === "number" && t.text.endsWith(".")) return { kind: "adj", own: 0, mask: 0, ordinal: true };
  if (t.kind !== "word") return null;
  // "Günter de Bruyn", "der Golden Gate Park": a word inside a name has no case of its own; it takes the name's.
  if (t.pos !== "PROPN" && isNamePart(lexicon, tokens, i)) return { kind: "propn", own: 0, mask: 0, gender: null };
  const next = tokens[i + 1];
  // "die Mutter zweier Kinder", "zweier großer Städte": zwei and drei have a genitive in -er, declined
  // like a strong adjective.
  if ((t.text === "zweier" || t.text === "dreier") && (isNominal(next) || next?.pos === "ADJ"))
    return { kind: "adj", own: 0, mask: 0, ending: "er" };
  // "einem am Montag veröffentlichten Urteil": a participle the tagger read as a verb, inside a noun phrase.
  const participle = t.pos === "VERB" ? attributiveParticipleEnding(tokens, i) : null;
  if (participle) return { kind: "adj", own: 0, mask: 0, degree: "Pos", ending: participle };
  switch (t.pos) {
    case "NOUN": {
      // "Zwei Jahre später": a capitalised numeral at the start of a sentence is no noun of its own.
      if (isCardinalWord(t.text)) return null;
      const ending = adjectivalEnding(lexicon, t, known);
      if (ending !== null) return { kind: "noun", own: 0, mask: 0, gender: null, adjectival: true, ending };
      const own = nounMask(lexicon, t, known);
      const slot: Slot = { kind: "noun", own, mask: own, gender: t.gender ?? null };
      if (isOnlyNounOfForm(lexicon, t.text)) slot.onlyNoun = true;
      return slot;
    }
    case "PROPN": {
      const own = propnMask(lexicon, tokens, i);
      const guess = t.gender ? null : guessedGender(lexicon, t.text, tokens[i - 1]);
      if (guess && own & SING && (own & PLUR) === 0)
        return { kind: "propn", own: own & genderMask(guess), mask: own & genderMask(guess), gender: guess };
      return { kind: "propn", own, mask: own, gender: t.gender ?? null };
    }
    case "DET": {
      // "einem anderen System", "die anderen Länder": ander- declines like an adjective after a determiner.
      // "die beiden Dramatiker", "dieser einen Frau": beid- and ein- after an article decline like adjectives too.
      const prevPos = tokens[i - 1]?.pos;
      const ander = ADJECTIVAL_DETERMINER.exec(t.text);
      const ending = ander?.[2]?.toLowerCase();
      // "ihrer vielen Posts", "die wenigen Gäste", "seinen wenigen Freunden": viel- and wenig- after any
      // determiner or possessive, too.
      const afterPossessive = prevPos === "PRON" && POSSESSIVE.test(tokens[i - 1]!.text);
      const quantity = /^(?:viel|wenig)(e[mnrs]?)$/i.exec(t.text)?.[1]?.toLowerCase();
      if (
        quantity !== undefined &&
        (prevPos === "DET" || afterPossessive) &&
        (next?.pos === "NOUN" || next?.pos === "ADJ")
      )
        return { kind: "adj", own: 0, mask: 0, ending: quantity };
      if (ander && ending !== undefined && (prevPos === "DET" || prevPos === "ADP")) {
        const stem = ander[1]!.toLowerCase();
        const afterArticle = prevPos === "DET" && ARTICLE_LIKE.has(tokens[i - 1]!.lemma ?? "");
        const beforeNoun = next?.pos === "NOUN" || next?.pos === "ADJ";
        if (stem === "ander" || (afterArticle && (stem === "beid" || (stem === "ein" && beforeNoun)))) {
          const slot: Slot = { kind: "adj", own: 0, mask: 0, ending };
          // "unter anderem": right after a preposition, with no noun to follow, "other things".
          if (stem === "ander" && prevPos === "ADP" && !isNominal(next)) slot.thing = true;
          return slot;
        }
      }
      // "ein wenig" (a little): a neuter indefinite pronoun like ein bisschen.
      if (t.text.toLowerCase() === "wenig" && tokens[i - 1]?.text.toLowerCase() === "ein") {
        const own = maskOf("NA.n.s");
        return { kind: "pron", own, mask: own };
      }
      const own = determinerMask(t.text, t.lemma ?? "", false);
      if (t.lemma === "Ihr") return { kind: "det", own: determinerMask(t.text, "ihr", false), mask: ALL, polite: true };
      return own ? { kind: "det", own, mask: own } : null;
    }
    case "PRON": {
      if (t.lemma === "Sie") {
        const own = maskOf(t.text === "Ihnen" ? "D.*.p" : "NA.*.p");
        return { kind: "pron", own, mask: own, person: "3", polite: true };
      }
      const possessive = POSSESSIVE.exec(t.text);
      // "ihrer unnachahmlich dümmlichen Art": an adverb may stand between the possessive and its adjective.
      // "einem ihrer vielen Posts": before viel- or wenig-, which decline like adjectives there.
      const beforePhrase =
        (next?.pos === "ADV" && tokens[i + 2]?.pos === "ADJ") ||
        (next?.pos === "DET" && /^(?:viel|wenig)e[mnrs]?$/i.test(next.text));
      if (possessive && (next?.pos === "NOUN" || next?.pos === "ADJ" || beforePhrase)) {
        const own = determinerMask(t.text, possessive[1]!.toLowerCase().replace("eur", "euer"), false);
        if (own) return { kind: "det", own, mask: own };
      }
      const p = pronounReading(t.text);
      if (p) return { kind: "pron", own: p.mask, mask: p.mask, person: p.person, reflexive: p.reflexive };
      const own = determinerMask(t.text, t.lemma ?? "", true);
      return own ? { kind: "pron", own, mask: own } : null;
    }
    case "ADJ": {
      // "der 1960er Jahre": a decade in figures is not declined; its phrase gives the case.
      if (isDecade(t.text)) return { kind: "adj", own: 0, mask: 0, ordinal: true, degree: "Pos" };
      const attributive =
        (next?.kind === "word" && (next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "ADJ")) ||
        isCoordinatedAttributive(tokens, i);
      const shape = adjectiveShape(lexicon, t, attributive);
      if (!shape) return { kind: "adj", own: 0, mask: 0, degree: "Pos" };
      const slot: Slot = { kind: "adj", own: 0, mask: 0, degree: shape.degree, ending: shape.ending };
      // "am besten", "am häufigsten": the superlative after am (an dem) is a neuter nominalisation.
      if (shape.degree === "Sup" && !isNominal(next) && tokens[i - 1]?.text.toLowerCase() === "am") slot.thing = true;
      return slot;
    }
    case "X": {
      // "im selben Jahr", "einem fünfköpfigen Regierungsrat": an unknown lower-case word with an
      // adjective ending before a noun is an attributive adjective; its ending still marks the case.
      const ending = /^\p{Ll}.+?(em|en|er|es|e)$/u.exec(t.text)?.[1];
      const beforeNoun = isNominal(next);
      const prevPos = tokens[i - 1]?.pos;
      // "hat vornehmlich numismatische Bedeutung": after an adverb too, unless the form may be a past
      // tense (-te, -ten: "dann googelte Mama Rezepte").
      const inPhrase =
        prevPos === "DET" ||
        prevPos === "ADP" ||
        prevPos === "ADJ" ||
        (prevPos === "ADV" && !/ten?$/.test(t.text) && next?.pos === "NOUN");
      // "die tiefgreifendste seit …": after an article, with no noun after it, the adjective stands for the noun.
      const elided = prevPos === "DET" && !beforeNoun;
      return ending && ((beforeNoun && inPhrase) || elided)
        ? { kind: "adj", own: 0, mask: 0, degree: "Pos", ending }
        : null;
    }
    default:
      return null;
  }
}

function isInflectedAdj(slot: Slot | null | undefined): boolean {
  return slot?.kind === "adj" && (slot.ordinal === true || (slot.ending !== undefined && slot.ending !== ""));
}

/** A cardinal that counts more than one ("zwei", "3"; not "1", "ein", nor an ordinal "3."). */
function isPluralCount(text: string): boolean {
  return !/^(?:1|ein|eins|einer?)$/i.test(text) && !text.endsWith(".");
}

/**
 * A noun phrase right after the comparison particle wie or als ("als Sprecher", "Städte wie Peking");
 * not after one that opens a clause with its own finite verb ("wie die Polizei mitteilte", "als
 * eine Entenarmee das Internet eroberte"), listed in `subordinators`.
 */
function isComparison(tokens: AnalyzedToken[], p: Phrase, subordinators: ReadonlySet<number>): boolean {
  const prev = tokens[p.start - 1]?.text.toLowerCase();
  return !p.isPronoun && (prev === "als" || prev === "wie") && !subordinators.has(p.start - 1);
}

const PARTITIVE_HEAD =
  /^(?:eine[mnrs]?|keine[mnrs]?|jede[mnrs]?|viele[n]?|wenige[n]?|einige[n]?|manche[n]?|welche[mnrs]?|niemand(?:en)?|jemand(?:en)?)$/i;
const PARTITIVE_DETERMINER = /^(?:der|die|dieser|diese|jener|jene|meiner|deiner|seiner|ihrer|unserer|eurer)$/i;

/** A phrase of der, dieser or a possessive in the genitive plural after eines, viele, niemand …: the whole a part is of. */
function isPartitive(tokens: AnalyzedToken[], p: Phrase): boolean {
  return (
    !p.isPronoun &&
    PARTITIVE_HEAD.test(tokens[p.start - 1]?.text ?? "") &&
    PARTITIVE_DETERMINER.test(tokens[p.start]!.text) &&
    (p.mask & GEN & PLUR) !== 0
  );
}

/**
 * The readings all members share, the noun first: its table and gender are the firmest evidence. Where
 * an article agrees with the noun in gender and number but in no case, the table lacks a form ("in dem
 * Gefängnis", "des Isthmus"): the article's case holds.
 */
function intersectMembers(slots: (Slot | null)[], members: number[]): number {
  // Members by rank, in their order within a rank: a stable sort by rank without the copy (this runs for every phrase).
  let mask = ALL;
  for (let r = 0; r <= 3; r++) {
    for (const m of members) {
      const slot = slots[m]!;
      if (rank(slot) !== r) continue;
      const own = slot.own;
      if (slot.kind === "det" && own && (mask & own) === 0 && (genderNumberOf(mask) & own) !== 0)
        mask = genderNumberOf(mask);
      if (own && (mask & own) !== 0) mask &= own;
    }
  }
  return mask;
}

/** The number cells of a mask, in every case and gender. */
function numberMask(mask: number): number {
  return (mask & SING ? SING : 0) | (mask & PLUR ? PLUR : 0);
}

/** Marks that open a quotation or bracket: a word after them starts a stretch, as at a sentence start. */
const OPENING_MARKS = new Set(["„", "»", "‚", "("]);

/**
 * The phrase opens with an inflected adjective, or a nominalised participle ("der auf uns Wartenden"):
 * the head of an extended attribute whose article or preposition stands further back.
 */
function opensWithInflectedAdjective(q: Phrase, slots: (Slot | null)[]): boolean {
  const first = slots[q.start];
  return !q.isPronoun && ((first?.kind === "adj" && isInflectedAdj(first)) || first?.adjectival === true);
}

/**
 * "die in den Medien kursierenden Termine", "von dem durch die Abwertung verursachten Aufschwung": an
 * article separated from its adjective and noun by the adjective's own complement. A lone der/die/das
 * (not after a comma, where it is a relative pronoun) followed by a preposition, adverb or number
 * joins the next phrase that opens with an inflected adjective right after a noun, number or adverb
 * in the same stretch of the clause; the adjectives take weak endings. Returns the phrases in order.
 */
function attachDistantArticles(tokens: AnalyzedToken[], slots: (Slot | null)[], phrases: Phrase[]): Phrase[] {
  let changed = false;
  for (let pi = 0; pi < phrases.length; pi++) {
    const lone = phrases[pi]!;
    const det = lone.start;
    const t = tokens[det]!;
    const before = tokens[det - 1];
    const after = tokens[det + 1];
    // "eines der am tiefsten angelegten Systeme": after a partitive head the tagger may call it a pronoun.
    const kind = slots[det]?.kind;
    const article = kind === "det" || (kind === "pron" && PARTITIVE_HEAD.test(before?.text ?? ""));
    // "an eine dieser in Deutschland nicht anerkannten Hochschulen": dieser and jener as well.
    if (!lone.isPronoun || !article || !(t.lemma === "der" || t.lemma === "dieser" || t.lemma === "jener")) continue;
    // "Die 1925 gegründeten Spiele …", "aufgrund „der von der Bank gezeigten …": at the start of the
    // sentence or after an opening quotation mark it is no relative pronoun either.
    if ((before && before.kind === "punct" && !OPENING_MARKS.has(before.text)) || !after) continue;
    if (!(after.pos === "ADP" || after.pos === "ADV" || after.kind === "number" || after.pos === "NUM")) continue;
    for (let qi = pi + 1; qi < phrases.length; qi++) {
      const q = phrases[qi]!;
      if (q.start - det > 14) break;
      const prev = tokens[q.start - 1]!;
      const opensWithAdjective = opensWithInflectedAdjective(q, slots);
      // The complement ends in a noun, number, adverb or pronoun ("auf uns"), or in "am tiefsten" or an
      // uninflected adjective ("eines der am tiefsten angelegten Systeme").
      const prevSlot = slots[q.start - 1];
      const afterComplement =
        prev.pos === "NOUN" ||
        prev.pos === "PROPN" ||
        prev.pos === "ADV" ||
        prev.pos === "PRON" ||
        prev.text === "nicht" ||
        prev.text === "zu" ||
        prev.kind === "number" ||
        (prev.pos === "ADJ" && (prevSlot?.thing === true || !isInflectedAdj(prevSlot)));
      if (!opensWithAdjective || !afterComplement) continue;
      let blocked = false;
      // A hyphen inside the complement ("als Jedermann-Festspiele") does not end it.
      for (let k = det + 1; k < q.start; k++)
        if ((tokens[k]!.kind === "punct" && tokens[k]!.text !== "-") || isVerb(tokens[k])) blocked = true;
      if (blocked) break;
      const article = determinerMask(t.text, t.lemma, false);
      for (const m of q.members) {
        const slot = slots[m]!;
        if (slot.kind === "adj" || slot.adjectival) slot.own = adjectiveMask(slot.ending ?? "", "weak");
      }
      slots[det]!.own = article;
      const members = [det, ...q.members];
      const mask = intersectMembers(slots, members);
      if ((mask & article) === 0) break;
      q.members = members;
      q.start = det;
      q.mask = mask;
      q.marked = true;
      phrases.splice(pi, 1);
      pi--;
      changed = true;
      break;
    }
  }
  return changed ? phrases.sort((a, b) => a.start - b.start) : phrases;
}

/**
 * A phrase right after a noun, where it may be that noun's genitive attribute: after a noun or name,
 * after a percent sign ("62 % der Wähler") or a noun in quotation marks ("„Kulthöhe“ der Bronzezeit").
 * Not after a bare name ("wohnte Elliott der Feier bei": a name takes no genitive attribute without
 * its article), nor after a name in the genitive before its own noun ("in Frau Pughs rechter Lunge").
 */
function isAfterNoun(tokens: AnalyzedToken[], slots: (Slot | null)[], p: Phrase, before: Phrase | undefined): boolean {
  const prev = tokens[p.start - 1];
  if (prev?.text === "%") return true;
  if (prev?.kind === "punct" && CLOSING_MARKS.has(prev.text)) return isNominal(tokens[p.start - 2]);
  // "Artikel 5 des Gesetzes", "die Agenda 21 der Konferenz": a noun with its number.
  if (prev?.kind === "number" && !prev.text.endsWith(".")) return tokens[p.start - 2]?.pos === "NOUN";
  if (!isNominal(prev)) return false;
  const name = before && !before.isPronoun && !before.marked ? slots[before.end] : undefined;
  if (!name) return true;
  if (isGenitiveOnly(name) && slots[p.start]?.kind === "adj") return false;
  if (name.kind !== "propn") return true;
  // "die Rede Obamas der letzten Woche": a genitive name and then the attribute of the same noun.
  return isGenitiveOnly(name) && slots[p.start]?.kind === "det";
}

/** Quotation marks that close a quote when they follow a word ("„Tempel“ der Göttin", '"Wachhunden" der Börse'). */
const CLOSING_MARKS = new Set(["“", "«", "‘", "”", "''", '"']);

interface GenitiveDativeCue {
  /** A verb of the clause takes a dative object. */
  dativeVerb: boolean;
  /** The clause has a phrase, not after a noun nor governed, that is dative or genitive only by form. */
  dativeObject: boolean;
  /** A verb or adjective of the clause takes a genitive object not yet found. */
  genitiveObject: boolean;
  /** The first verb of the clause (its end + 1 when it has none). */
  firstVerb: number;
}

/** What the verbs and adjectives of each clause tell about its genitive and dative phrases. */
function genitiveDativeCues(
  tokens: AnalyzedToken[],
  slots: (Slot | null)[],
  clauses: Clause[],
  phrases: Phrase[],
  clauseOf: Int32Array,
): GenitiveDativeCue[] {
  const cues = clauses.map((c) => {
    let dativeVerb = false;
    let genitive = false;
    let reflexiveGenitive = false;
    let reflexive = false;
    let firstVerb = c.to + 1;
    let hasEs = false;
    for (let k = c.from; k <= c.to && !hasEs; k++) hasEs = tokens[k]!.text.toLowerCase() === "es";
    for (let k = c.from; k <= c.to; k++) {
      const t = tokens[k]!;
      if (slots[k]?.reflexive || t.text === "sich") reflexive = true;
      if (!isVerb(t) && t.pos !== "ADJ") continue;
      const lemmas = [t.lemma ?? "", t.phrase?.lemma ?? ""];
      if (isVerb(t)) {
        firstVerb = Math.min(firstVerb, k);
        // "es gibt" is existential, with no dative.
        if (lemmas.some(takesDativeArgument) && !(t.lemma === "geben" && hasEs)) dativeVerb = true;
      }
      if (lemmas.some((l) => takesGenitiveObject(l, t.pos ?? "", false))) genitive = true;
      else if (isVerb(t) && lemmas.some((l) => takesGenitiveObject(l, t.pos ?? "", true))) reflexiveGenitive = true;
    }
    const genitiveObject = genitive || (reflexive && reflexiveGenitive);
    return { dativeVerb, dativeObject: false, genitiveObject, firstVerb };
  });
  for (const p of phrases) {
    if (p.governed || isNominal(tokens[p.start - 1]) || (p.mask & ~(DAT | GEN)) !== 0 || (p.mask & DAT) === 0) continue;
    cues[clauseOf[p.start] ?? 0]!.dativeObject = true;
  }
  return cues;
}

/**
 * "von durch die Gemeinde reisenden Menschen", "mit in der Stadt lebenden Familien": a preposition
 * right before another one governs the phrase that opens with an inflected adjective after the
 * inner preposition's complement (the adjective's own complement stands between). Marks it governed.
 */
function governAcrossAttributes(tokens: AnalyzedToken[], slots: (Slot | null)[], phrases: Phrase[]): void {
  let qi = 0;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.pos !== "ADP" || tokens[i + 1]!.pos !== "ADP") continue;
    const cases = governedCases(tokens[i]!.text);
    if (!cases || CONTRACTIONS[tokens[i]!.text.toLowerCase()] !== undefined) continue;
    while (qi < phrases.length && phrases[qi]!.start <= i + 1) qi++;
    for (let k = qi; k < phrases.length; k++) {
      const q = phrases[k]!;
      if (q.start - i > 14) break;
      const opensWithAdjective = opensWithInflectedAdjective(q, slots);
      if (!opensWithAdjective || !isNominal(tokens[q.start - 1])) continue;
      let blocked = false;
      for (let m = i + 2; m < q.start; m++) if (tokens[m]!.kind === "punct" || isVerb(tokens[m])) blocked = true;
      if (blocked) break;
      if ((q.mask & casesMask(cases)) === 0) break;
      q.governed = true;
      restrict(q, casesMask(cases));
      break;
    }
  }
}

/** A noun form in -s on its lemma ("Blocks" of Block). */
function isPluralInS(t: AnalyzedToken): boolean {
  return t.pos === "NOUN" && t.text === `${t.lemma}s`;
}

/** The gender cells of a mask, in every case and number. */
function genderOnly(mask: number): number {
  let m = 0;
  for (const g of gendersOf(mask)) m |= genderMask(GENDER_LETTERS[g]);
  return m;
}

function isGenitiveOnly(slot: Slot): boolean {
  return slot.own !== 0 && (slot.own & ~GEN) === 0;
}

/** Groups words into noun phrases and intersects their readings. */
function findPhrases(tokens: AnalyzedToken[], slots: (Slot | null)[]): Phrase[] {
  const phrases: Phrase[] = [];
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    const s = slots[i];
    if (!s) {
      i++;
      continue;
    }
    if (s.kind === "pron") {
      phrases.push({ start: i, end: i, members: [i], mask: s.own, governed: false, marked: true, isPronoun: true });
      i++;
      continue;
    }
    if (s.kind === "adj" && !isInflectedAdj(s)) {
      i++;
      continue;
    }
    if (s.thing) {
      // "die am weitesten verbreitete Form": am besten is a phrase of its own, not part of the next noun's.
      const contracted = i > 0 && CONTRACTIONS[tokens[i - 1]!.text.toLowerCase()] !== undefined;
      s.own = adjectiveMask(s.ending ?? "", contracted ? "weak" : "strong");
      phrases.push({ start: i, end: i, members: [i], mask: s.own, governed: false, marked: true, isPronoun: false });
      i++;
      continue;
    }
    const members: number[] = [];
    let j = i;
    let det: string | null = null;
    // "zwei Gelehrte", "3 Minister": a cardinal before the phrase counts too.
    const before = tokens[i - 1];
    // "ein paar Blocks": a few, plural.
    const aFew = before?.text.toLowerCase() === "paar" && tokens[i - 2]?.text.toLowerCase() === "ein";
    let plural =
      before?.kind === "number" || before?.pos === "NUM"
        ? isPluralCount(before.text)
        : isCardinalWord(before?.text) || aFew;
    while (j < n && slots[j]?.kind === "det") {
      members.push(j);
      det = tokens[j]!.lemma ?? null;
      j++;
      // "alle diese", "beide seine": two determiners only after alle/beide ("die der Smog" is two phrases),
      // and only when they agree ("vor allem eine Aktivität" is an idiom and a phrase).
      if (det !== "alle" && det !== "beide") break;
      if (slots[j]?.kind === "det" && (slots[j]!.own & slots[j - 1]!.own) === 0) break;
    }
    for (;;) {
      const t = tokens[j];
      if (!t) break;
      if (isInflectedAdj(slots[j])) {
        members.push(j);
        j++;
        continue;
      }
      // "unseren etwas störanfälligen Odi": etwas before an adjective is an adverb of degree.
      const degree = t.pos === "ADV" || t.pos === "ADJ" || t.text === "etwas";
      if (t.kind === "word" && degree && (isInflectedAdj(slots[j + 1]) || isInflectedAdj(slots[j + 2]))) {
        j++;
        continue;
      }
      if (t.kind === "number" || t.pos === "NUM" || (t.pos === "ADJ" && isDecade(t.text))) {
        if (isPluralCount(t.text)) plural = true;
        if (slots[j]?.ordinal) members.push(j);
        j++;
        continue;
      }
      if ((t.text === "," || COORDINATORS.has(t.text)) && members.length > 0 && isInflectedAdj(slots[j + 1])) {
        const last = slots[members[members.length - 1]!];
        if (last?.kind === "adj") {
          j++;
          continue;
        }
      }
      break;
    }
    let hasHead = false;
    // "der Demografie- und Bevölkerungsdaten", "Bundes- und Länderregierungen": a truncated first part
    // is no noun of its own; the noun after the coordinator heads the phrase.
    const truncated = slots[j]?.kind === "noun" && tokens[j]!.text.endsWith("-");
    const nextHead = slots[j + 2]?.kind;
    if (truncated && COORDINATORS.has(tokens[j + 1]?.text ?? "") && (nextHead === "noun" || nextHead === "propn")) {
      slots[j]!.own = 0;
      members.push(j);
      j += 2;
    }
    if (j < n && (slots[j]?.kind === "noun" || slots[j]?.kind === "propn")) {
      // A name the dictionary gives no gender (Davis, Bush): a known one (Mittelmeerraum) ends its phrase.
      const isName = slots[j]!.kind === "propn" && !slots[j]!.gender;
      members.push(j);
      j++;
      hasHead = true;
      // "die Rede Barack Obamas": a name in the genitive after the noun is a phrase of its own; before a
      // noun ("Frau Clintons Beziehungen") the noun is the name's title.
      let nameEnd = j;
      while (nameEnd < n && slots[nameEnd]?.kind === "propn") nameEnd++;
      const genitiveAfter =
        nameEnd > j &&
        slots[j - 1]!.kind === "noun" &&
        isGenitiveOnly(slots[nameEnd - 1]!) &&
        !(tokens[nameEnd]?.pos === "NOUN" || (tokens[nameEnd]?.pos === "ADJ" && tokens[nameEnd + 1]?.pos === "NOUN"));
      // "im September Kamchatka": a name after a noun of time is no apposition of it.
      const afterTime = slots[j - 1]!.kind === "noun" && isTimeNoun(tokens[j - 1]!.lemma);
      while (j < n && slots[j]?.kind === "propn" && !genitiveAfter && !afterTime) members.push(j++);
      // "der Davis Cup", "im Bush House", "an ihrer High School": a name before a noun inside a marked
      // phrase is one name whose last word is the head.
      const contracted = i > 0 ? CONTRACTIONS[tokens[i - 1]!.text.toLowerCase()] : undefined;
      const contraction = contracted ? maskOf(contracted.mask) : undefined;
      const isMarked = det !== null || members.some((m) => slots[m]!.kind === "adj") || contraction !== undefined;
      const next = slots[j];
      if (
        isName &&
        isMarked &&
        next?.kind === "noun" &&
        !next.adjectival &&
        members.every((m) => slots[m]!.kind !== "det" || (slots[m]!.own & next.own) !== 0) &&
        (contraction === undefined || (contraction & next.own) !== 0)
      ) {
        members.push(j++);
        while (j < n && slots[j]?.kind === "propn") members.push(j++);
      }
    }
    // "…, an dem Industrieländer sich treffen": an article that fits the noun after it in no number is
    // a relative pronoun of its own.
    const first = slots[members[0]!];
    const head = slots[members[members.length - 1]!];
    if (
      hasHead &&
      members.length === 2 &&
      first?.kind === "det" &&
      tokens[members[0]!]!.lemma === "der" &&
      head?.kind === "noun" &&
      head.own &&
      ((numberMask(head.own) & numberMask(first.own)) === 0 ||
        // "…, der Einfühlungsvermögen zeigte": after a comma, an article that fits the noun only as a
        // genitive (no genitive opens a clause) is a relative pronoun.
        (tokens[members[0]! - 1]?.text === "," && head.own & first.own && (head.own & first.own & ~GEN) === 0))
    ) {
      const m = members.shift()!;
      const own = determinerMask(tokens[m]!.text, "der", true) || first.own;
      first.own = own;
      phrases.push({ start: m, end: m, members: [m], mask: own, governed: false, marked: true, isPronoun: true });
      det = null;
    }
    if (!hasHead && !members.some((m) => slots[m]?.kind === "adj")) {
      // Determiners standing alone are pronouns ("das ist", "die, die …").
      for (const m of members) {
        const t = tokens[m]!;
        // "hat ihr gestattet": a lone ihr is the personal pronoun (ihr = you, or to her), not a possessive.
        const personal = t.text.toLowerCase() === "ihr" ? pronounReading("ihr")?.mask : undefined;
        const own = personal ?? (determinerMask(t.text, t.lemma ?? "", true) || slots[m]!.own);
        if (personal) slots[m]!.kind = "pron";
        slots[m]!.own = own;
        phrases.push({ start: m, end: m, members: [m], mask: own, governed: false, marked: true, isPronoun: true });
      }
      i = Math.max(j, i + 1);
      continue;
    }
    // "im exklusiven Club", "zur australischen Platte": a contraction holds the article (in dem), so weak endings follow.
    const contracted = !det && i > 0 && CONTRACTIONS[tokens[i - 1]!.text.toLowerCase()] !== undefined;
    const declension = contracted ? "weak" : declensionAfter(det);
    for (const m of members) {
      const slot = slots[m]!;
      if (slot.kind === "adj" || slot.adjectival) slot.own = adjectiveMask(slot.ending ?? "", declension);
      if (slot.adjectival) slot.afterEinWord = declension === "mixed";
    }
    let mask = intersectMembers(slots, members);
    if (hasHead) mask = regenderHead(tokens, slots, members, mask);
    if (plural && mask & PLUR) mask &= PLUR;
    // "ein paar Blocks", "zwei Laptops": counted, a form in -s that the table has only as the genitive
    // singular is the plural in -s many nouns take beside their own.
    else if (plural && hasHead && (mask & ~GEN_SING) === 0 && isPluralInS(tokens[j - 1]!))
      mask = PLUR & genderOnly(mask);
    const marked = members.some((m) => slots[m]!.kind === "det" || slots[m]!.kind === "adj" || slots[m]!.adjectival);
    phrases.push({ start: members[0] ?? i, end: j - 1, members, mask, governed: false, marked, isPronoun: false });
    i = Math.max(j, i + 1);
  }
  return phrases;
}

/** The case × number cells of a mask, in every gender. */
function genderFree(mask: number): number {
  let m = 0;
  for (const cell of CASE_NUMBER_CELLS) if (mask & cell) m |= cell;
  return m;
}
const CASE_NUMBER_CELLS = ["N", "G", "D", "A"].flatMap((c) => ["s", "p"].map((nb) => maskOf(`${c}.*.${nb}`)));

/**
 * "eine Firewall", "der Einzige": when the determiner does not agree with the
 * dictionary's gender of the noun in the singular but does with the noun's case
 * and number, the dictionary has the other gender of a word used with both (or a
 * nominalised adjective it lists as a neuter): the determiner's gender is the one.
 * Returns the phrase's mask (unchanged when there is no such conflict).
 */
function regenderHead(tokens: AnalyzedToken[], slots: (Slot | null)[], members: number[], mask: number): number {
  const headIndex = members[members.length - 1]!;
  const head = slots[headIndex]!;
  if (head.kind !== "noun" || !head.onlyNoun || !head.gender || head.adjectival || !head.own || head.own & PLUR)
    return mask;
  const dets = members.filter((m) => slots[m]!.kind === "det");
  // "dieser einen Frau": a determiner after another is no article of its own.
  if (dets.length !== 1 || tokens[dets[0]! - 1]?.pos === "DET") return mask;
  const det = slots[dets[0]!]!.own;
  if (!det || det & mask) return mask;
  let relaxed = genderFree(head.own) & det;
  for (const m of members) {
    const own = slots[m]!.own;
    if (m !== headIndex && own && relaxed & own) relaxed &= own;
  }
  const genders = gendersOf(relaxed);
  if (genders.length !== 1) return mask;
  head.gender = GENDER_LETTERS[genders[0]!];
  head.own = relaxed;
  head.regendered = true;
  return relaxed;
}

/** The cases of a mask, in every gender and number. */
function genderNumberFree(mask: number): number {
  return casesOf(mask).reduce((m, c) => m | caseMask(c), 0);
}

/** Gender × number cells of a mask, in every case. */
const GENDER_NUMBER_CELLS = ["m", "f", "n"].flatMap((g) => ["s", "p"].map((nb) => maskOf(`*.${g}.${nb}`)));
function genderNumberOf(mask: number): number {
  let m = 0;
  for (const cell of GENDER_NUMBER_CELLS) if (mask & cell) m |= cell;
  return m;
}
/**
 * "Zwei Australier, die …", "die Haltestelle, die 2004 eröffnet wurde": a
 * relative pronoun (der/welcher after a comma, or after a preposition after
 * a comma) takes gender and number from the noun before the comma; its
 * case comes from its own clause.
 */
function agreeWithAntecedents(tokens: AnalyzedToken[], slots: (Slot | null)[], phrases: Phrase[]): void {
  const byEnd = new Map<number, Phrase>();
  for (const p of phrases) if (!p.isPronoun) byEnd.set(p.end, p);
  for (const p of phrases) {
    if (!p.isPronoun) continue;
    const lemma = tokens[p.start]!.lemma;
    if (lemma !== "der" && lemma !== "welcher") continue;
    let comma = p.start - 1;
    if (tokens[comma]?.pos === "ADP") comma--;
    if (tokens[comma]?.text !== ",") continue;
    const antecedent = byEnd.get(comma - 1);
    const head = antecedent ? slots[antecedent.end] : undefined;
    if (!antecedent || (head?.kind !== "noun" && head?.kind !== "propn")) continue;
    const agreement = genderNumberOf(antecedent.mask);
    const slot = slots[p.start]!;
    if (slot.own & agreement) slot.own &= agreement;
    restrict(p, agreement);
  }
}

/**
 * Words that may stand between a preposition and a noun phrase it governs: numbers, adverbs, further
 * determiners and adjectives the phrase did not take in ("nach einem anderen System", "in ungefähr 4
 * Minuten", "in ihrer unnachahmlich dümmlichen Art") and a genitive before the noun ("von Carangis
 * Leben", "in deren Mitte").
 */
function isInsidePrepositionalPhrase(t: AnalyzedToken, slot: Slot | null | undefined, mask: number): boolean {
  if (t.kind === "number") return true;
  // "in „Sabrina“": an opening quotation mark.
  if (t.kind === "punct") return t.text === "„" || t.text === "»" || t.text === "‚";
  if (t.kind !== "word") return false;
  // A lone der/welcher there is a relative pronoun ("mit der … die Anhänger"), which ends the phrase; so
  // does a determiner that cannot go with the phrase ("vor allem eine Aktivität").
  if (t.pos === "DET") return t.lemma !== "der" && t.lemma !== "welcher" && (!slot?.own || (slot.own & mask) !== 0);
  if (t.pos === "NUM" || t.pos === "ADV" || t.pos === "ADJ" || t.pos === "X") return true;
  return (
    (t.pos === "PROPN" || t.pos === "PRON") &&
    slot !== null &&
    slot !== undefined &&
    slot.own !== 0 &&
    (slot.own & ~GEN) === 0
  );
}

/**
 * "bei den Australian Open", "von den Kahlina", "in den Top 40": a name the dictionary does not know has
 * only a guessed number and gender, while the preposition's case is grammar. For a phrase of an article
 * and such names, the article's readings in the preposition's cases (den after bei: dative plural; after
 * in: accusative singular or dative plural), else 0.
 */
function articleReadings(tokens: AnalyzedToken[], slots: (Slot | null)[], p: Phrase, m: number): number {
  if (p.isPronoun) return 0;
  let article = 0;
  for (const i of p.members) {
    const slot = slots[i]!;
    if (slot.kind === "det") article = slot.own & m;
    else if (slot.kind !== "propn" || tokens[i]!.gender) return 0;
  }
  return article;
}

function rank(slot: Slot): number {
  return slot.kind === "noun" ? 0 : slot.kind === "det" ? 1 : slot.kind === "adj" ? 2 : 3;
}

function casesMask(cases: Case[]): number {
  return cases.reduce((m, c) => m | caseMask(c), 0);
}

function restrict(p: Phrase, m: number): void {
  if ((p.mask & m) !== 0) p.mask &= m;
}

interface Clause {
  from: number;
  to: number;
  /** Split off at a coordinator ("… und wartet"): may share the previous clause's subject. */
  continues?: boolean;
}

function clausesOf(tokens: AnalyzedToken[]): Clause[] {
  const out: Clause[] = [];
  let from = 0;
  tokens.forEach((t, i) => {
    if (t.kind === "punct" && CLAUSE_BREAKS.has(t.text)) {
      if (i > from) out.push({ from, to: i - 1 });
      from = i + 1;
    }
  });
  if (from < tokens.length) out.push({ from, to: tokens.length - 1 });
  return out;
}

/** "„Wir kommen“, sagte sie": a verb after quoted words reports them and has its subject after it. */
const QUOTES = new Set(["“", "”", '"', "»", "«", "‘", "'", "''"]);
const CLAUSE_COORDINATORS = new Set(["und", "oder", "aber", "sondern", "doch", "denn"]);

/**
 * "hört hin und wartet", "… Dollar und die Zahl liegt bei …": coordinated
 * main clauses share no comma; each has its own finite verb (and the first
 * one's subject when it has none).
 */
/** Some reading of the verb at k is finite and not imperative. */
function hasFiniteReading(verbs: (VerbReading[] | null)[], k: number): boolean {
  return !!verbs[k]?.some((r) => r.verbForm === "Fin" && r.mood !== "Imp");
}

function splitCoordinated(clauses: Clause[], tokens: AnalyzedToken[], verbs: (VerbReading[] | null)[]): Clause[] {
  const out: Clause[] = [];
  for (const c of clauses) {
    let from = c.from;
    let hasFinite = false;
    let hasAux = false;
    let verbCount = 0;
    let takesInfinitive = false;
    for (let k = c.from; k <= c.to; k++) {
      if (verbs[k]?.length) verbCount++;
      if (verbCount === 1 && hasFiniteReading(verbs, k))
        takesInfinitive = INFINITIVE_AUXILIARIES.has(tokens[k]!.lemma ?? "");
      if (hasFiniteReading(verbs, k)) hasFinite = true;
      if (hasFiniteReading(verbs, k) && tokens[k]!.pos === "AUX") hasAux = true;
      if (!hasFinite || !CLAUSE_COORDINATORS.has(tokens[k]!.text)) continue;
      let next = k + 1;
      // "weil es dort Arbeit gibt und die Miete günstig und fair ist": right after a verb-last finite verb the
      // coordinator ends its clause even when another one stands before the next verb.
      const afterVerb = hasFiniteReading(verbs, k - 1);
      while (
        next <= c.to &&
        (afterVerb || !CLAUSE_COORDINATORS.has(tokens[next]!.text)) &&
        !hasFiniteReading(verbs, next)
      )
        next++;
      // "wurde … oder Nebel verdeckt": after an auxiliary, a form that may be a participle closes its clause;
      // "würde das die Arbeit leichter und schneller machen": so does an infinitive after a lone werden or modal.
      const closesAux = verbs[next]?.some(
        (r) => r.verbForm === "Part" || (verbCount === 1 && takesInfinitive && r.verbForm === "Inf"),
      );
      if (next > c.to || !hasFiniteReading(verbs, next) || (hasAux && closesAux)) continue;
      out.push({ from, to: k, ...(from !== c.from ? { continues: true } : {}) });
      from = k + 1;
      hasFinite = false;
      hasAux = false;
      verbCount = 0;
      takesInfinitive = false;
    }
    out.push({ from, to: c.to, ...(from !== c.from ? { continues: true } : {}) });
  }
  return out;
}

/** The lemma whose verb decides a two-way preposition: the particle verb if linked, else the main verb. */
function clauseVerbLemmas(tokens: AnalyzedToken[], c: Clause): string[] {
  const out: string[] = [];
  for (let k = c.from; k <= c.to; k++) {
    const t = tokens[k]!;
    if (!isVerb(t)) continue;
    // "geraten in" (a verb with its preposition) counts by the verb; "einladen" (lud … ein) as a whole.
    const phrase = t.phrase?.lemma;
    out.push(phrase && !phrase.includes(" ") ? phrase : (t.lemma ?? ""));
  }
  // Main verbs before auxiliaries (hat … gestellt: stellen decides): what a stable sort on that test gives, without the sort.
  const auxiliaries = out.filter((l) => COPULAS.has(l) || l === "haben");
  if (auxiliaries.length === 0 || auxiliaries.length === out.length) return out;
  return [...out.filter((l) => !(COPULAS.has(l) || l === "haben")), ...auxiliaries];
}

function isAccusativeOnly(g: Phrase[]): boolean {
  return g.every((p) => p.mask !== 0 && (p.mask & ~ACC) === 0);
}

/** A verb of the clause takes a dative object, by its own lemma or its particle verb's. */
function clauseTakesDative(tokens: AnalyzedToken[], c: Clause): boolean {
  for (let k = c.from; k <= c.to; k++) {
    const t = tokens[k]!;
    if (isVerb(t) && (takesDativeObject(t.lemma ?? "") || takesDativeObject(t.phrase?.lemma ?? ""))) return true;
  }
  return false;
}

/**
 * "…, bei dem Rian Johnson Regie führte", "…, in die Anleger Milliarden investieren": after a comma, a
 * preposition and der/die/das open a relative clause when that clause ends on its finite verb with words
 * between (a prepositional phrase in front of a main clause is followed by the verb: "…, in die Stadt
 * fuhr er"), or right before the verb when the preposition cannot govern the phrase ("…, in der Kinder
 * spielen"). The article is then the relative pronoun, and the names or nouns after it are a phrase of
 * their own in the relative clause. Splits the phrase and returns the new one, else null.
 */
function splitRelativeAfterPreposition(
  tokens: AnalyzedToken[],
  slots: (Slot | null)[],
  verbs: (VerbReading[] | null)[],
  c: Clause,
  p: Phrase,
  k: number,
  governed: number,
): Phrase | null {
  if (tokens[k - 1]?.text !== "," || k !== p.start - 1 || p.members.length < 2 || p.isPronoun) return null;
  const first = tokens[p.start]!;
  if (first.lemma !== "der" || slots[p.start]?.kind !== "det" || !/^d(?:er|ie|as|em|en)$/i.test(first.text))
    return null;
  const rest = p.members.slice(1);
  if (!rest.every((m) => slots[m]!.kind === "noun" || slots[m]!.kind === "propn")) return null;
  let last = c.to;
  while (last > p.end && tokens[last]!.kind === "punct") last--;
  // "…, in der Kinder spielen": a phrase the preposition cannot govern may stand right before the verb.
  const verbNext = (p.mask & governed) === 0 && last === p.end + 1;
  if (!verbNext && (last <= p.end + 1 || hasFiniteReading(verbs, p.end + 1))) return null;
  if (!hasFiniteReading(verbs, last)) return null;
  if (tokens[last - 1]?.text === "zu") return null;
  const own = determinerMask(first.text, "der", true) || slots[p.start]!.own;
  slots[p.start]!.own = own;
  const q: Phrase = {
    start: rest[0]!,
    end: p.end,
    members: rest,
    mask: intersectMembers(slots, rest),
    governed: false,
    marked: false,
    isPronoun: false,
  };
  p.members = [p.start];
  p.end = p.start;
  p.mask = own;
  p.isPronoun = true;
  return q;
}

function twoWayCase(lemmas: string[]): "Acc" | "Dat" | null {
  for (const lemma of lemmas) {
    const direct = twoWayCaseFor(lemma);
    if (direct) return direct;
  }
  return null;
}

// Helpers of analyzeGrammar's clause pass, plain functions: a closure costs a name per call.
function canBe(g: Phrase[], m: number): boolean {
  return g.every((p) => (p.mask & m) !== 0);
}
/** The group agrees in number and person with a finite verb of these readings. */
function agrees(
  g: Phrase[],
  tokens: AnalyzedToken[],
  slots: (Slot | null)[],
  verbNumbers: ReadonlySet<string | undefined>,
  verbPersons: ReadonlySet<string | undefined>,
): boolean {
  const plural = g.length > 1 && tokens[g[0]!.end + 1]?.text === "und";
  const numbers = plural ? ["Plur"] : numbersOf(g[0]!.mask & NOM);
  // "ihr" in the nominative is the 2nd person plural.
  const fallback = tokens[g[0]!.start]!.text.toLowerCase() === "ihr" ? "2" : "3";
  const person = g[0]!.isPronoun ? (slots[g[0]!.start]?.person ?? fallback) : "3";
  return numbers.some((nb) => verbNumbers.has(nb)) && verbPersons.has(person);
}

/**
 * What the verbs of a clause make of its noun phrases: "copula" (only sein, werden, bleiben, heißen
 * with auxiliaries: two nominatives), "passive" (werden + participle, or sein + participle: a
 * subject and no direct object) or "active".
 */
function clauseKindOf(
  tokens: AnalyzedToken[],
  verbs: (VerbReading[] | null)[],
  vIdx: number[],
): "copula" | "passive" | "active" {
  let hasWerden = false;
  let hasSein = false;
  let hasHaben = false;
  let hasCopula = false;
  let hasMain = false;
  let mainsAreParticiples = true;
  let mainsMayBeInfinitives = false;
  for (const k of vIdx) {
    const t = tokens[k]!;
    // "ist nicht der Fall": an idiom with sein ("der Fall sein") is still the copula; a particle verb
    // ("nimmt … an": annehmen) is the verb.
    const phrase = t.phrase?.lemma;
    const lemma = (phrase && !phrase.includes(" ") ? phrase : t.lemma) ?? "";
    if (lemma === "werden") hasWerden = true;
    else if (lemma === "sein") hasSein = true;
    else if (lemma === "haben") hasHaben = true;
    if (COPULAS.has(lemma)) hasCopula = true;
    if (isAuxiliaryLemma(lemma) || COPULAS.has(lemma)) continue;
    hasMain = true;
    const readings = verbs[k]!;
    if (!readings.some((r) => r.verbForm === "Part" && r.tense === "Past")) mainsAreParticiples = false;
    if (readings.some((r) => r.verbForm === "Inf")) mainsMayBeInfinitives = true;
  }
  if (!hasMain) return hasCopula && !hasHaben ? "copula" : "active";
  if (hasHaben || !mainsAreParticiples) return "active";
  // "wird verlassen" is a passive or a future ("wird das Haus verlassen"); "ist verlassen" only a passive.
  if (hasSein || (hasWerden && !mainsMayBeInfinitives)) return "passive";
  return "active";
}

/**
 * The reading of an adverbial accusative of time, 0 for other phrases: a noun of time with jeder,
 * dieser, letzt-, ganz- … ("jeden Tag", "die letzten Monate"), after a cardinal ("vier Jahre") or
 * heute/gestern ("heute Morgen", singular), and Anfang/Mitte/Ende of a period ("Anfang Oktober",
 * "Mitte der 70er Jahre", both singular).
 */
function temporalMask(tokens: AnalyzedToken[], slots: (Slot | null)[], p: Phrase): number {
  const head = tokens[p.end]!;
  if (slots[p.end]?.kind !== "noun") return 0;
  const bare = p.members.length === 1;
  const next = tokens[p.end + 1];
  const prev = tokens[p.start - 1];
  if (isPeriodPart(head.lemma))
    return bare && (next?.kind === "number" || isMonthName(next?.lemma) || next?.lemma === "der") ? ACC_SING : 0;
  if (!isTimeNoun(head.lemma)) return 0;
  if (isMonthName(head.lemma)) return bare && isPeriodPart(prev?.lemma) ? ACC_SING : 0;
  if (bare && isDayAdverb(prev?.text)) return ACC_SING;
  // "vier Jahre", "Zwei Jahre später" (a capitalised numeral at the start may be tagged as a noun).
  const counted = prev?.kind === "number" || prev?.pos === "NUM" || isCardinalWord(prev?.text);
  if (bare && counted && p.mask & PLUR) return ACC;
  for (const m of p.members) if (m !== p.end && isTimeModifier(tokens[m]!.lemma)) return ACC;
  return 0;
}
const ACC_SING = maskOf("A.*.s");

/**
 * The subject among the phrases that agree with the finite verb: the first, as German puts the
 * subject first unless something marks the object, but the interrogative "was" only when no other
 * phrase agrees ("Was sagt die Polizei?"). A bare noun is no worse a subject than a marked one once
 * adverbials of time are set aside.
 */
function pickSubject(agreeing: Phrase[][], tokens: AnalyzedToken[], slots: (Slot | null)[]): Phrase[] | undefined {
  return agreeing.find((g) => !isInterrogativeWas(tokens, g[0]!) && !isAdjectiveOnly(slots, g[0]!)) ?? agreeing[0];
}
/** "Als nächstes rückte Philipp vor": an adjective with neither article nor noun is rarely the subject. */
function isAdjectiveOnly(slots: (Slot | null)[], p: Phrase): boolean {
  return p.members.every((m) => slots[m]?.kind === "adj");
}
function isInterrogativeWas(tokens: AnalyzedToken[], p: Phrase): boolean {
  return p.isPronoun && tokens[p.start]!.text.toLowerCase() === "was";
}

/**
 * "Es besteht die Möglichkeit", "Es herrschte Krieg": a clause-initial es before an intransitive verb
 * of existence or occurrence only fills the first position; the phrase after the verb is the subject,
 * and es, too, is nominative.
 */
function isPresentationalEs(tokens: AnalyzedToken[], c: Clause, finite: number): boolean {
  // "„Es herrscht Krieg", "Aber es fehlt das Geld": an opening quotation mark or a coordinator takes no place.
  let from = tokens[c.from]!.kind === "word" ? c.from : c.from + 1;
  if (tokens[from]?.pos === "CCONJ") from++;
  if (finite !== from + 1 || tokens[from]!.text.toLowerCase() !== "es") return false;
  const verb = tokens[finite]!;
  // "Es kommt eine neue Frage hinzu": a particle verb of a presentational verb is one too.
  return isPresentationalVerb(verb.phrase?.lemma ?? verb.lemma ?? "") || isPresentationalVerb(verb.lemma ?? "");
}

function hasZu(tokens: AnalyzedToken[], c: Clause): boolean {
  for (let k = c.from; k <= c.to; k++) if (tokens[k]!.text === "zu") return true;
  return false;
}

/**
 * The relative pronoun (der, die, das opening the clause) and the personal pronoun (sie, es) right after
 * it, when both may be nominative or accusative and both agree with the verb; else none.
 */
function openRelativePair(
  tokens: AnalyzedToken[],
  c: Clause,
  nomOrAcc: Phrase[][],
  agreesWithVerb: (g: Phrase[]) => boolean,
): Phrase[][] {
  const relative = nomOrAcc.find((g) => g[0]!.start === c.from && g[0]!.isPronoun);
  const personal = nomOrAcc.find((g) => g[0]!.start === c.from + 1 && g[0]!.isPronoun);
  if (!relative || !personal || relative.length > 1 || personal.length > 1) return [];
  // "…, was sie berühmt macht" (was is the subject) or "…, was es kostet" (es is).
  const opener = tokens[c.from]!;
  if (
    (opener.lemma !== "der" && opener.text.toLowerCase() !== "was") ||
    !/^(?:sie|es)$/i.test(tokens[c.from + 1]!.text)
  )
    return [];
  return agreesWithVerb(relative) && agreesWithVerb(personal) ? [relative, personal] : [];
}

/**
 * "Einige Lieder hatten sie gemeinsam geschrieben", "Das Buch las sie": a phrase in first place, the
 * finite verb, then sie or es, all agreeing: subject and object in either order, as the pronoun may
 * follow the verb either way. Not a name in first place ("Anna sah es"), nor the es of "es gibt"
 * (already the subject). Returns both, or none.
 */
function openFrontedPair(
  tokens: AnalyzedToken[],
  slots: (Slot | null)[],
  c: Clause,
  finite: number,
  nomOrAcc: Phrase[][],
  subject: Phrase[],
  agreesWithVerb: (g: Phrase[]) => boolean,
): Phrase[][] {
  if (nomOrAcc.length !== 2) return [];
  const [fronted, pronoun] = nomOrAcc as [Phrase[], Phrase[]];
  const last = fronted[fronted.length - 1]!;
  const p = pronoun[0]!;
  if (fronted[0]!.start !== c.from || fronted[0]!.isPronoun || last.end + 1 !== finite) return [];
  if (slots[last.end]?.kind === "propn" || pronoun.length > 1 || !p.isPronoun || p.start !== finite + 1) return [];
  if (!/^(?:sie|es)$/i.test(tokens[p.start]!.text) || subject === pronoun) return [];
  return agreesWithVerb(fronted) && agreesWithVerb(pronoun) ? [fronted, pronoun] : [];
}

const NO_OBJECT = 1;
const OBJECT = 2;

/**
 * A phrase with no article or ending of its own that stands before the finite verb beside the subject:
 * German puts one phrase before the verb of a main clause, so this one belongs to it and may share its
 * nominative as well as being an object.
 */
function isPrefieldRemnant(g: Phrase[], finite: number): boolean {
  return g[0]!.start < finite && g.every((p) => !p.marked);
}

/** Both masks allow the same cases. */
function sameCases(a: number, b: number): boolean {
  return casesOf(a).join() === casesOf(b).join();
}

/** Keeps `keep` readings when some remain; returns whether it narrowed. */
function filterReadings(list: VerbReading[], keep: (r: VerbReading) => boolean): VerbReading[] {
  const kept = list.filter(keep);
  return kept.length > 0 ? kept : list;
}

/**
 * Morphological features of every token of one sentence, in context.
 *
 * @example
 * const feats = analyzeGrammar(tokens, lexicon); // tokens of "Putin nimmt die Einladung an."
 * feats[3]; // { Case: "Acc", Gender: "Fem", Number: "Sing" }
 */
export function analyzeGrammar(
  tokens: AnalyzedToken[],
  lexicon: Lexicon,
  ids: readonly (number | null)[] = [],
): (Feats | undefined)[] {
  const n = tokens.length;
  const slots = tokens.map((_, i) => slotFor(lexicon, tokens, i, ids[i]));
  const verbs: (VerbReading[] | null)[] = tokens.map((t, i) => {
    if (!isVerb(t) || slots[i]?.kind === "adj") return null;
    const id = lexemeOf(lexicon, t, ["VERB", "AUX"], ids[i]);
    if (id === undefined) return null;
    const readings = verbReadings(lexicon, id, t.text);
    // "zu errichten": after zu only the infinitive.
    return tokens[i - 1]?.text === "zu" ? filterReadings(readings, (r) => r.verbForm === "Inf") : readings;
  });
  const phrases = attachDistantArticles(tokens, slots, findPhrases(tokens, slots));
  agreeWithAntecedents(tokens, slots, phrases);
  governAcrossAttributes(tokens, slots, phrases);
  const phraseAt = new Map<number, Phrase>();
  for (const p of phrases) phraseAt.set(p.start, p);

  const clauses = splitCoordinated(clausesOf(tokens), tokens, verbs);
  // "…, wie die Polizei mitteilte", "…, als eine Entenarmee das Internet eroberte": als/wie opening a clause with a finite verb.
  const subordinators = new Set<number>();
  for (const c of clauses) {
    const first = tokens[c.from]!.text.toLowerCase();
    if (first !== "als" && first !== "wie") continue;
    if (first === "als" && isAlsBeforeVerbSecond(tokens, c.from, c.to, (k) => hasFiniteReading(verbs, k))) continue;
    for (let k = c.from + 1; k <= c.to; k++) if (hasFiniteReading(verbs, k)) subordinators.add(c.from);
  }
  // "…, während die Kinder spielen": während, seit, bis opening a clause that ends on its finite verb.
  const finiteAt = (k: number) => hasFiniteReading(verbs, k);
  for (const c of clauses)
    if (opensSubordinateClause(tokens, c.from, c.to, phraseAt.get(c.from + 1)?.end, finiteAt))
      subordinators.add(c.from);
  const clauseOf = new Int32Array(n);
  clauses.forEach((c, ci) => {
    for (let k = c.from; k <= c.to; k++) clauseOf[k] = ci;
  });
  // Clauses whose verb takes a dative object and no accusative one (helfen, danken, folgen …).
  const dativeVerbClause = clauses.map((c) => clauseTakesDative(tokens, c));

  // Prepositions (and contractions: im = in dem).
  const relativePhrases: Phrase[] = [];
  const prepositionOfPhraseEndingAt = new Map<number, number>();
  for (const p of phrases) {
    // "eines der …", "in einem ihrer Posts", "niemand der Wartenden": a part of a whole, the genitive plural.
    if (isPartitive(tokens, p)) {
      p.mask &= GEN & PLUR;
      p.governed = true;
      continue;
    }
    // "um 1000 v. Chr.": vor/nach Christus.
    const abbreviation = tokens[p.start - 1]?.text;
    if ((abbreviation === "v." || abbreviation === "n.") && tokens[p.start]?.text === "Chr.") {
      p.governed = true;
      restrict(p, DAT);
      continue;
    }
    let k = p.start - 1;
    while (
      k > 0 &&
      p.start - k <= 6 &&
      (isInsidePrepositionalPhrase(tokens[k]!, slots[k], p.mask) || isDegreeZu(tokens, k))
    )
      k--;
    // "von über 16 Milliarden", "Über 330 Mitglieder sind …": über before a number is "more than", no preposition.
    if (tokens[k]?.text.toLowerCase() === "über" && tokens[k + 1]?.kind === "number") k--;
    // "Bis zu sechs Millionen Bürger", "mit bis zu 100 Gästen": bis zu before a number is "up to".
    const upTo = tokens[k]?.text.toLowerCase() === "zu" && tokens[k - 1]?.text.toLowerCase() === "bis";
    if (upTo && (tokens[k + 1]?.kind === "number" || tokens[k + 1]?.pos === "NUM")) k -= 2;
    // "von durch die Stadt reisenden Menschen", "mit in Berlin lebenden Künstlern": a participle's own
    // prepositional phrase stands inside the phrase the first preposition governs.
    if (tokens[k]?.pos !== "ADP" && slots[p.start]?.kind === "adj") {
      const inner = prepositionOfPhraseEndingAt.get(p.start - 1);
      if (inner !== undefined && inner > 0 && tokens[inner - 1]!.pos === "ADP") k = inner - 1;
    }
    const prev = tokens[k];
    if (!prev || prev.kind !== "word" || prev.pos !== "ADP") continue;
    if (subordinators.has(k) || outsidePrepositionalPhrase(tokens, k, p.start, p.end, slots[p.start]?.kind)) continue;
    const lower = prev.text.toLowerCase();
    const contraction = CONTRACTIONS[lower];
    const prep = contraction?.prep ?? lower;
    const own = casesAfterBis(tokens, k) ?? governedCases(prep);
    if (!own) continue;
    // "in und um Köln", "vor und nach dem Spiel": two prepositions share the phrase; it may be in either's case.
    const sharing = COORDINATORS.has(tokens[k - 1]?.text ?? "") ? governedCases(tokens[k - 2]?.text ?? "") : null;
    const cases = sharing ? [...new Set([...own, ...sharing])] : own;
    const relativeClause = splitRelativeAfterPreposition(
      tokens,
      slots,
      verbs,
      clauses[clauseOf[p.start] ?? 0]!,
      p,
      k,
      casesMask(cases),
    );
    if (relativeClause) {
      relativePhrases.push(relativeClause);
      phraseAt.set(relativeClause.start, relativeClause);
    }
    // "die am weitesten verbreitete Form": a contraction holds its article, so a phrase that cannot take
    // that article is not its object.
    if (contraction && k < p.start - 1 && (maskOf(contraction.mask) & p.mask) === 0) continue;
    p.governed = true;
    prepositionOfPhraseEndingAt.set(p.end, k);
    if (contraction) restrict(p, maskOf(contraction.mask));
    const byArticle = articleReadings(tokens, slots, p, casesMask(cases));
    if (byArticle && (cases.length > 1 || (p.mask & byArticle) === 0)) p.mask |= byArticle;
    // "nach Paragraph 129", "in Artikel 5": a bare noun before the number it labels does not decline.
    const label = !p.marked && p.members.length === 1 && tokens[p.end + 1]?.kind === "number";
    if (label && (p.mask & casesMask(cases)) === 0) p.mask = genderNumberOf(p.mask) & casesMask(cases);
    restrict(p, casesMask(cases));
    if (TWO_WAY.has(prep) && casesOf(p.mask).length > 1) {
      // "in Belgrad", "in British Columbia": a direction to a bare name takes nach, so in + name is a place.
      if (prep === "in" && !p.marked && slots[p.start]?.kind === "propn") restrict(p, DAT);
      const object = caseAfterBis(tokens, k) ?? prepositionalObjectCase(tokens, k);
      // "in ungefähr 4 Minuten", "vor zwei Wochen": in and vor before a span of time say when (dative).
      const when = (prep === "in" || prep === "vor") && isTimeNoun(tokens[p.end]!.lemma) ? "Dat" : undefined;
      const decided =
        object !== undefined
          ? object
          : (when ?? twoWayCase(clauseVerbLemmas(tokens, clauses[clauseOf[p.start] ?? 0]!)));
      if (decided) restrict(p, caseMask(decided));
      else if (!p.marked && slots[p.start]?.kind === "propn") restrict(p, DAT);
    }
    // wegen/trotz/während: the genitive is the standard case.
    if (cases.includes("Gen") && casesOf(p.mask).length > 1) restrict(p, GEN);
  }

  // The phrases split off relative pronouns, in their place (once, not per split).
  if (relativePhrases.length > 0) {
    phrases.push(...relativePhrases);
    phrases.sort((a, b) => a.start - b.start);
  }

  // "von Wolken oder Nebel", "zwischen November und Juni": a phrase coordinated with a governed one shares
  // its case; so does a bare one coordinated with a phrase of one case ("dem Reich und Russland").
  const governedByEnd = new Map<number, Phrase>();
  for (const p of phrases) {
    const before = governedByEnd.get(p.start - 2);
    const shared = before ? genderNumberFree(before.mask) : 0;
    const coordinated = COORDINATORS.has(tokens[p.start - 1]?.text ?? "");
    if (!p.governed && !p.isPronoun && p.mask & shared && coordinated && (before!.governed || !p.marked)) {
      p.governed = true;
      // "der Blick über den Hafen und die Elbmündung ist …": a marked phrase right before the finite verb
      // may close the subject instead (the Vorfeld is one phrase); it keeps the nominative too.
      const beforeVerb = p.marked && hasFiniteReading(verbs, p.end + 1);
      restrict(p, beforeVerb ? shared | (p.mask & NOM) : shared);
    }
    const oneCase = !p.isPronoun && p.marked && casesOf(p.mask).length === 1;
    if (p.governed || oneCase) governedByEnd.set(p.end, p);
  }

  // Genitive attributes and the cases a bare phrase does not take.
  const cues = genitiveDativeCues(tokens, slots, clauses, phrases, clauseOf);
  const phraseEndingAt = new Map<number, Phrase>();
  for (const p of phrases) phraseEndingAt.set(p.end, p);
  // Phrases made genitive attributes, by their last word.
  const attributes = new Map<number, Phrase>();
  for (const p of phrases) {
    if (p.governed) continue;
    const prev = tokens[p.start - 1];
    const cue = cues[clauseOf[p.start] ?? 0]!;
    const firstKind = slots[p.start]?.kind;
    // "die Quelle der Erheiterung", "Probleme nationaler Sicherheit": an article or a strong adjective after a noun.
    const leadsWithEnding = firstKind === "det" || (firstKind === "adj" && !slots[p.start]!.ordinal);
    const canBeGenitive = (p.mask & GEN) !== 0 && !p.isPronoun;
    if (leadsWithEnding && canBeGenitive && isAfterNoun(tokens, slots, p, phraseEndingAt.get(p.start - 1))) {
      // "sagte die Opposition der Zeitung": after a verb with a dative object that has none yet, a
      // genitive-or-dative phrase with an article may be either (of the paper, or told the paper); a
      // bare adjective phrase is an attribute ("ein System umfassender sozialer Sicherung").
      const open =
        cue.dativeVerb && !cue.dativeObject && firstKind === "det" && (p.mask & DAT) !== 0 && p.start > cue.firstVerb;
      p.mask &= open ? GEN | DAT : GEN;
      attributes.set(p.end, p);
      continue;
    }
    // "der mazedonischen und der persischen Oberschicht": coordinated with a genitive attribute.
    const coordinated = COORDINATORS.has(prev?.text ?? "") ? attributes.get(p.start - 2) : undefined;
    // "der Verkäufer und Inhaber": a bare noun coordinated with one shares its article.
    const sharesArticle = !p.marked && slots[coordinated?.start ?? -1]?.kind === "det";
    if (coordinated && (leadsWithEnding || sharesArticle) && canBeGenitive && (coordinated.mask & ~GEN) === 0) {
      p.mask &= GEN;
      attributes.set(p.end, p);
      continue;
    }
    // "wurde der versuchten Tötung angeklagt", "ist sich der Gefahr bewusst": the genitive object.
    if (cue.genitiveObject && p.marked && canBeGenitive) {
      cue.genitiveObject = false;
      p.mask &= GEN;
      continue;
    }
    if (p.mask & ~GEN) restrict(p, ~GEN & ALL);
    // A bare noun or name (no article, no ending) is rarely a dative object, except of a verb that
    // takes only a dative ("Ich half Bob", "Sie dankte Kollegen").
    if (!p.marked && p.mask & ~DAT && !isComparison(tokens, p, subordinators) && !dativeVerbClause[clauseOf[p.start]!])
      restrict(p, ~DAT & ALL);
  }

  // Clause by clause: finite verb, subject, objects.
  let inherited: { person: "1" | "2" | "3"; numbers: readonly string[]; relative: boolean } | undefined;
  let subordinate = false;
  // No verb yet in the sentence, and a phrase that may be its subject: "Der Verleger, ein Freund, ließ …".
  let verbSeen = false;
  let subjectBefore = false;
  const question = tokens[n - 1]?.text === "?";
  const objectOf = new Int8Array(clauses.length);
  const { continuation, waiting } = infinitiveContinuations(tokens, clauses, (k) =>
    verbs[k]?.length
      ? { inf: verbs[k]!.some((r) => r.verbForm === "Inf"), fin: verbs[k]!.some((r) => r.verbForm === "Fin") }
      : null,
  );
  clauses.forEach((c, ci) => {
    const coordinatedVerb = opensWithSharedSubject(tokens, c.from, (k) => hasFiniteReading(verbs, k));
    if (!c.continues && !coordinatedVerb) inherited = undefined;
    if (!c.continues) subordinate = tokens[c.from]!.pos === "SCONJ";
    const vIdx: number[] = [];
    for (let k = c.from; k <= c.to; k++) if (verbs[k]?.length) vIdx.push(k);
    const onlyFin = vIdx.filter((k) => verbs[k]!.every((r) => r.verbForm === "Fin"));
    let finite: number | undefined =
      onlyFin.find((k) => tokens[k]!.pos === "AUX") ??
      onlyFin[0] ??
      vIdx.find((k) => hasFiniteReading(verbs, k) && tokens[k]!.pos === "AUX") ??
      vIdx.find((k) => hasFiniteReading(verbs, k));
    if (finite !== undefined && !hasFiniteReading(verbs, finite)) finite = undefined;
    // "…, neue Straßen am Fluss anlegen und …": a further infinitive of a werden or modal before it.
    if (continuation[ci]) finite = undefined;
    for (const k of vIdx) {
      if (k === finite) {
        verbs[k] = filterReadings(verbs[k]!, (r) => r.verbForm === "Fin");
        verbs[k] = filterReadings(verbs[k]!, (r) => r.mood !== "Imp");
      } else if (!onlyFin.includes(k) || finite !== undefined) {
        verbs[k] = filterReadings(verbs[k]!, (r) => r.verbForm !== "Fin");
      }
    }
    const kind = waiting[ci] ? "active" : clauseKindOf(tokens, verbs, vIdx);
    const infinitival = finite === undefined && vIdx.length > 0 && (hasZu(tokens, c) || continuation[ci]!);
    const isCopula = finite !== undefined && kind === "copula";

    const inClause = phrases.filter(
      (p) => clauseOf[p.start] === ci && !p.governed && !isComparison(tokens, p, subordinators),
    );
    // Coordinated phrases ("der Präsident und seine Frau") share a case.
    let groups: Phrase[][] = [];
    for (const p of inClause) {
      const last = groups[groups.length - 1];
      const prevP = last?.[last.length - 1];
      if (prevP && p.start === prevP.end + 2 && COORDINATORS.has(tokens[prevP.end + 1]!.text)) last!.push(p);
      else groups.push([p]);
    }
    // "jeden Tag", "die letzten Monate", "Anfang Oktober": an adverbial accusative of time is no
    // argument of the verb, as long as another phrase can be the subject.
    const temporal = new Map<Phrase[], number>();
    for (const g of groups) {
      // "drei Meter hoch", "ihr Leben lang", "ein wenig": so is one of measure.
      const p = g[0]!;
      const measure = g.length === 1 && isMeasureAccusative(tokens, p.start, p.end) ? ACC : 0;
      const mask = g.length === 1 && canBe(g, ACC) ? temporalMask(tokens, slots, p) || measure : 0;
      if (mask !== 0) temporal.set(g, mask);
    }
    if (temporal.size > 0 && groups.some((g) => !temporal.has(g) && canBe(g, NOM))) {
      for (const [g, mask] of temporal) restrict(g[0]!, mask);
      groups = groups.filter((g) => !temporal.has(g));
    }
    const nomOrAcc = groups.filter((g) => canBe(g, NOM) && canBe(g, ACC));
    // Direct objects by their own form ("den Plan", "ihn"), before word order assigns any.
    let accusatives = groups.filter(isAccusativeOnly);
    const verbNumbers = finite !== undefined ? new Set(verbs[finite]!.map((r) => r.number)) : new Set<string>();
    const verbPersons = finite !== undefined ? new Set(verbs[finite]!.map((r) => r.person)) : new Set<string>();
    // "jedes Wunder und jeder Bezirk": one nominative-only member makes its coordinated group the subject.
    let subject: Phrase[] | undefined = groups.find((g) => canBe(g, NOM) && g.some((p) => (p.mask & ~NOM) === 0));
    if (subject) for (const p of subject) restrict(p, NOM);
    // "Es gibt keinen Zug mehr", "Einen Garten gibt es nicht": es is the subject of geben, what exists its object.
    if (!subject && finite !== undefined && !isCopula) {
      const es = existentialEs(tokens, c.from, c.to, finite);
      subject = es < 0 ? undefined : groups.find((g) => g.length === 1 && g[0]!.isPronoun && g[0]!.start === es);
    }
    if (isCopula || (finite !== undefined && (kind === "passive" || isPresentationalEs(tokens, c, finite)))) {
      // Two nominatives after a copula; a passive or sein + participle has a subject and no direct object.
      for (const g of nomOrAcc) for (const p of g) restrict(p, NOM);
      // The verb still agrees with one of them: the first that can.
      subject ??= pickSubject(
        nomOrAcc.filter((g) => agrees(g, tokens, slots, verbNumbers, verbPersons)),
        tokens,
        slots,
      );
    } else if (finite !== undefined) {
      // No phrase agrees with the verb (a tagging or clause error somewhere): no guess.
      let noneAgrees = false;
      // "… und nahm damit denjenigen die Hürde", "die sich auflöst und ein Getränk erzeugt": a coordinated
      // clause opening with its verb, or a relative clause's second verb, shares the first clause's subject.
      // "…, aber würde auch Kunst belegen": so does one that opens with a coordinator and its verb after
      // a comma; "Der Verleger, ein alter Freund, ließ ihn warten": and a clause opening with its verb
      // after phrases with no verb of their own (or a bracket: "Die Ministerin (SPD) kritisierte …"), in a statement.
      const afterVerblessSubject =
        finite === c.from &&
        (tokens[c.from - 1]?.text === "," || tokens[c.from - 1]?.text === ")") &&
        !QUOTES.has(tokens[c.from - 2]?.text ?? "") &&
        !verbSeen &&
        subjectBefore &&
        !question;
      const sharesSubject =
        !subject &&
        ((coordinatedVerb && finite === c.from + 1) ||
          afterVerblessSubject ||
          (c.continues === true &&
            inherited !== undefined &&
            (finite === c.from || (inherited.relative && !inClause.some((p) => p.start > finite!)))));
      if (sharesSubject) subject = undefined;
      else if (!subject) {
        // "Curio, der … seine Amtsperiode beendet hatte": a phrase that may be nominative or dative
        // (der, ihr) is a candidate too, and the first one is still the subject.
        const agreeing = groups.filter((g) => canBe(g, NOM) && agrees(g, tokens, slots, verbNumbers, verbPersons));
        noneAgrees = agreeing.length === 0;
        // "…, ich bin aufgeblieben und habe die Umfragen verfolgt": a coordinated clause whose
        // phrases do not agree with its verb has the previous clause's subject.
        subject = pickSubject(agreeing, tokens, slots) ?? (c.continues && inherited ? undefined : nomOrAcc[0]);
      }
      // "…, die sie verdiente": a relative pronoun and a personal pronoun that both agree with the
      // verb are subject and object in either order; word order does not tell.
      const open = openRelativePair(tokens, c, nomOrAcc, (g) => agrees(g, tokens, slots, verbNumbers, verbPersons));
      // "…, dass der Zug oft ausfalle und die Reise verzögere": a verb-last clause coordinated with a
      // subordinate clause may share its subject (its one phrase is then the object) or have its own
      // ("… und die Preise steigen"); when the first clause's subject agrees with the verb too, either.
      const verbLast = finite !== c.from && tokens[c.from]!.pos !== "SCONJ" && !inClause.some((p) => p.start > finite!);
      const shared = inherited;
      const sharedAgrees =
        shared !== undefined &&
        verbs[finite]!.some((r) => r.person === shared.person && shared.numbers.includes(r.number ?? ""));
      const one = nomOrAcc.length === 1 ? nomOrAcc[0] : undefined;
      if (c.continues && subordinate && verbLast && sharedAgrees && one !== undefined && subject === one)
        open.push(one);
      // "Einige Lieder hatten sie gemeinsam geschrieben": a fronted phrase and sie or es right after the verb.
      if (open.length === 0 && subject !== undefined)
        open.push(
          ...openFrontedPair(tokens, slots, c, finite, nomOrAcc, subject, (g) =>
            agrees(g, tokens, slots, verbNumbers, verbPersons),
          ),
        );
      // "Der über vier Kilometer lange Golden Gate Park bietet …": a second phrase before the verb of a
      // main clause is part of the first one (a name, an apposition), whose case word order cannot give.
      if (subject !== undefined && c.from === 0)
        for (const g of nomOrAcc)
          if (
            g !== subject &&
            !open.includes(g) &&
            isPrefieldRemnant(g, finite) &&
            agrees(g, tokens, slots, verbNumbers, verbPersons)
          )
            open.push(g);
      if (!noneAgrees) {
        // "Ich half Bob": beside the subject, the object of a dative-only verb is the dative.
        const object = dativeVerbClause[ci] ? DAT | ACC : ACC;
        for (const g of nomOrAcc)
          for (const p of g) restrict(p, open.includes(g) ? NOM | ACC : g === subject ? NOM : object);
        if (subject && !open.includes(subject)) for (const p of subject) restrict(p, NOM);
      }
    } else if (infinitival) {
      for (const g of nomOrAcc) for (const p of g) restrict(p, ACC);
    } else if (vIdx.length === 0) {
      // No verb in the whole sentence (a headline, "…, das erlaubte Maximum."): mostly nominative. A
      // fragment between commas of a sentence whose verb is elsewhere is an apposition ("Bob, eine
      // ständige Quelle …") or a list item: it takes the case of the phrase before its comma when that
      // is decided, else the clause outside decides and it stays open.
      const inLargerClause = c.from > 0 && verbs.some((v) => v?.length);
      const before = phrases.find((q) => q.end === c.from - 2 && !q.isPronoun);
      const shared = before && tokens[c.from - 1]?.text === "," ? genderNumberFree(before.mask) : 0;
      if (!inLargerClause) for (const g of nomOrAcc) for (const p of g) restrict(p, NOM);
      else if (shared && nomOrAcc[0]?.[0]?.start === c.from && casesOf(shared).length === 1)
        // "Es gibt noch Bob, eine ständige Quelle der Freude": after an accusative, a loose apposition
        // whose form allows it is written in the nominative as often as in the agreeing accusative.
        for (const p of nomOrAcc[0]) restrict(p, shared & ACC ? shared | NOM : shared);
    }
    // "den Präsidenten", "sich": an object that may be accusative or dative is far more often the direct
    // object, in a finite clause or a zu-infinitive ("…, den Vornamen zu verwenden").
    if ((finite !== undefined && !isCopula) || infinitival) {
      // "gibt uns das Buch", "hat sich das Bein gebrochen": beside a direct object it is the indirect one.
      // "wurde uns geschenkt", "ist ihm gefolgt": a passive, or a perfect with sein, has no direct object.
      const dative = dativeVerbClause[ci] || (finite !== undefined && kind === "passive") ? DAT : ACC;
      // A zu-infinitive has no subject: every nominative-or-accusative phrase in it is an object.
      if (infinitival) accusatives = groups.filter(isAccusativeOnly);
      for (const g of groups) {
        if (g === subject || !canBe(g, ACC) || !canBe(g, DAT)) continue;
        // "hat uns einen Brief geschrieben", "gönnt sich eine Pause": so is the object word order made right after it.
        const next = phraseAt.get(g[g.length - 1]!.end + 1);
        // Not inside an attribute ("keine sich drehenden Räder"), nor before a name, which after a pronoun is
        // as often the subject ("hätte sich Anna gefreut").
        const objectAfter =
          next !== undefined &&
          !next.governed &&
          next.mask !== 0 &&
          (next.mask & ~ACC) === 0 &&
          slots[next.end]?.kind !== "propn" &&
          slots[g[0]!.start - 1]?.kind !== "det";
        const besideObject = objectAfter || accusatives.some((o) => o !== g);
        for (const p of g) restrict(p, besideObject ? DAT : dative);
      }
    }

    // The finite verb agrees with its subject (or the previous clause's, when it has none).
    if (finite !== undefined) {
      const subj = subject?.[0];
      const own = subj?.isPronoun ? slots[subj.start]?.person : undefined;
      const person = own ?? (!subject && (c.continues || coordinatedVerb) ? inherited?.person : undefined);
      let list = verbs[finite]!;
      if (person) list = filterReadings(list, (r) => r.person === person);
      else list = filterReadings(list, (r) => r.person === "3");
      let subjectNumbers: readonly string[] = [];
      if (subject) {
        const plural = subject.length > 1 && tokens[subject[0]!.end + 1]?.text === "und";
        subjectNumbers = plural ? ["Plur"] : numbersOf(subject[0]!.mask & NOM);
      } else if ((c.continues || coordinatedVerb) && inherited) subjectNumbers = inherited.numbers;
      if (subjectNumbers.length === 1) list = filterReadings(list, (r) => r.number === subjectNumbers[0]);
      const relative =
        subj?.isPronoun === true && subj.start === c.from && RELATIVES.has(tokens[subj.start]!.lemma ?? "");
      inherited = {
        person: person ?? "3",
        numbers: subjectNumbers,
        relative: relative || (!subject && !!inherited?.relative),
      };
      list = filterReadings(list, (r) => r.mood === "Ind");
      verbs[finite] = list;
      // "sie lädt" → she; "sie laden" → they.
      const numbers = new Set(list.map((r) => r.number));
      if (subj && numbers.size === 1 && subject!.length === 1) restrict(subj, numbers.has("Plur") ? PLUR : SING);
    }
    // For the phrases after als/wie below: whether the clause has a verb, and a direct object.
    if (finite !== undefined || infinitival)
      objectOf[ci] = groups.some((g) => g !== subject && isAccusativeOnly(g)) ? OBJECT : NO_OBJECT;
    if (vIdx.length > 0) verbSeen = true;
    else if (groups.some((g) => canBe(g, NOM))) subjectBefore = true;
  });

  // "in Städten wie Peking": a phrase after wie/als takes the case of the phrase it compares with when
  // that stands right before; else it is no argument of the verb ("fungiert als Sprecher", "sieht ihn
  // als Herrscher") and keeps nominative or accusative, whichever its reference is. After a dative or a
  // genitive an als-phrase may still name the subject or object instead ("sie verkleiden sich an diesem
  // Tag als Piraten", "mit seiner Rolle als Vermittler" is the possessor's): it keeps all three.
  const nonPronounByEnd = new Map<number, Phrase>();
  for (const q of phrases) if (!q.isPronoun) nonPronounByEnd.set(q.end, q);
  for (const p of phrases) {
    if (p.governed || !isComparison(tokens, p, subordinators)) continue;
    const before = nonPronounByEnd.get(p.start - 2);
    const shared = before && casesOf(before.mask).length === 1 ? genderNumberFree(before.mask) : 0;
    const obliqueAls = tokens[p.start - 1]!.text.toLowerCase() === "als" && (shared & (NOM | ACC)) === 0;
    if (shared && p.mask & shared) restrict(p, obliqueAls ? shared | NOM | ACC : shared);
    // "Er arbeitet als Lehrer", "wurde als Ursache genannt": in a clause with no direct object it can only
    // refer to the subject.
    else restrict(p, objectOf[clauseOf[p.start]!] === NO_OBJECT ? NOM : NOM | ACC);
  }

  // "mit Technologielobbyisten", "Vertreter von Uber": a count noun without an article is
  // rarely singular; where its form could be either, the plural is the reading.
  for (const p of phrases) {
    const head = slots[p.end];
    const hasDeterminer = p.members.some((m) => slots[m]!.kind === "det");
    if (!p.isPronoun && !hasDeterminer && head?.kind === "noun" && p.mask & PLUR && p.mask & SING) p.mask &= PLUR;
  }

  // Back to the words.
  const phraseByEnd = new Map<number, Phrase>();
  for (const p of phrases) phraseByEnd.set(p.end, p);
  // The cases each phrase may take as a close apposition (a name of several phrases passes them on).
  const appositionOf = new Map<Phrase, number>();
  for (const p of phrases) {
    const before = phraseByEnd.get(p.start - 1) ?? commaApposed(tokens, slots, p, phraseByEnd);
    const apposition = closeApposition(tokens, slots, p, before, before ? (appositionOf.get(before) ?? 0) : 0);
    if (apposition) appositionOf.set(p, apposition);
    for (const m of p.members) {
      const slot = slots[m]!;
      slot.mask = slot.own && (slot.own & p.mask) !== 0 ? slot.own & p.mask : p.mask;
      // "dem Geheimdienst GCHQ", "in der Hauptstadt Belgrad": a name in close apposition to a common
      // noun does not decline; it may take the phrase's case or stand in the nominative.
      if (slot.kind === "propn" && p.members.some((o) => o < m && slots[o]!.kind === "noun"))
        slot.mask |= genderNumberOf(slot.mask) & NOM;
      // "beim Radiosender BBC", "aus dem Bereich Militärtechnologie": a bare noun right after a noun may
      // be its apposition (the noun's case, or the nominative) as well as an argument of its own.
      if (apposition) slot.mask |= genderNumberOf(slot.mask) & apposition;
      // "am 10. März": the month after a day number does not decline (see month-after-day.ts).
      if (monthAfterDay(tokens, m)) slot.mask |= genderNumberOf(slot.mask) & (NOM | ACC);
      // "der Beschäftigten": a nominalised adjective that may be plural names a group far more often; but
      // where the singular is another case ("den Vorsitzenden": accusative singular or dative plural), the
      // case stays open.
      if (slot.adjectival && slot.mask & PLUR && slot.mask & SING && sameCases(slot.mask & PLUR, slot.mask)) {
        slot.mask &= PLUR;
        for (const o of p.members) if (slots[o]!.mask & PLUR) slots[o]!.mask &= PLUR;
      }
    }
  }
  const feats = tokens.map((t, i) => {
    const v = verbs[i];
    if (v && v.length > 0) return verbFeats(v);
    const slot = slots[i];
    if (!slot) return undefined;
    const f = nominalFeats(slot, t);
    if (slot.regendered && slot.gender) {
      t.gender = slot.gender;
      t.article = DEFINITE_ARTICLE[slot.gender];
    }
    if (slot.adjectival) {
      // der/die Verbündete, das Gute: the headword names a person by both articles (the grammar line
      // gives this form's), a thing by the neuter; never the dictionary's neuter default for a person.
      const isThing = f?.Number === "Sing" && f.Gender === "Neut";
      t.gender = isThing ? "n" : f?.Number === "Sing" && f.Gender === "Fem" ? "f" : "m";
      t.article = isThing ? "das" : "der/die";
      // One headword for the word whichever of its lemmas the tagger chose: die Verbündete, not Verbündeter.
      if (t.lemma?.endsWith("er")) t.lemma = t.lemma.slice(0, -1);
    }
    return f;
  });
  quantifierCases(tokens, feats);
  return feats;
}

/**
 * The cases a bare noun (no article, no adjective) right after another phrase's noun may take as its
 * close apposition: that phrase's case and the nominative; 0 when it is no such noun.
 */
function closeApposition(
  tokens: AnalyzedToken[],
  slots: (Slot | null)[],
  p: Phrase,
  before: Phrase | undefined,
  beforeApposition: number,
): number {
  if (!before || before.isPronoun || p.isPronoun || p.marked) return 0;
  // "von Kapitän Sir John Smith", "beim Sender BBC World": a bare noun or name followed by names only.
  if (
    p.members.length > 1 &&
    (slots[p.start]!.kind !== "noun" || p.members.slice(1).some((m) => slots[m]!.kind !== "propn"))
  )
    return 0;
  // "die Regierung Israels": a genitive by its own form is no apposition, nor has one.
  if ((p.mask & ~GEN) === 0 || (!before.marked && (before.mask & ~GEN) === 0)) return 0;
  const head = slots[before.end];
  // "mit Jason Segel", "Kanzler Hans Winterberg": a capitalised noun after a name the dictionary does not
  // know is the name's last word, in the name's cases (the apposition's too, when the name is one).
  const genitiveName = (before.mask & ~GEN) === 0;
  // Not after an article's phrase ("dem Präsidenten Obama Geld" is two objects) unless the dictionary knows
  // the noun only as a compound ("dem Direktor Jan Steinhaus"). Nor a plural ("Erdogan Pläne").
  const nameOnly = before.members.length === 1 || !before.marked || tokens[p.start]!.compound !== undefined;
  const singular = (slots[p.start]!.own & SING) !== 0;
  if (head?.kind === "propn" && !head.gender && tokens[p.start]!.pos === "NOUN" && p.members.length === 1) {
    if (!nameOnly || !singular) return 0;
    const nameAfterNoun = before.members.some((m) => m < before.end && slots[m]!.kind === "noun");
    return genitiveName ? 0 : genderNumberFree(before.mask) | beforeApposition | (nameAfterNoun ? NOM : 0);
  }
  // "Anfang Oktober" is one adverbial of time, no apposition.
  if (head?.kind !== "noun" || !isNominal(tokens[p.start]) || isPeriodPart(tokens[before.end]!.lemma)) return 0;
  return NOM | genderNumberFree(before.mask);
}

/**
 * "traf seine Frau, Elaine, während …": a bare name between commas right after a noun is its loose
 * apposition, in the noun's case or the nominative like a close one; returns that noun's phrase.
 */
function commaApposed(
  tokens: AnalyzedToken[],
  slots: (Slot | null)[],
  p: Phrase,
  phraseByEnd: ReadonlyMap<number, Phrase>,
): Phrase | undefined {
  if (tokens[p.start - 1]?.text !== "," || !p.members.every((m) => slots[m]!.kind === "propn")) return undefined;
  const after = tokens[p.end + 1];
  if (after && after.text !== "," && after.text !== "." && after.text !== ")") return undefined;
  const before = phraseByEnd.get(p.start - 2);
  return before && slots[before.end]?.kind === "noun" ? before : undefined;
}

/** Quantifiers that do not decline: "ein paar Blocks", "viel Wirbel", "mehr Fragen", "zu wenig Geld". */
const INDECLINABLE_QUANTIFIERS = new Set(["paar", "viel", "wenig", "mehr", "weniger", "genug"]);

/** "in ganz Europa", "halb Berlin": ganz and halb stay uninflected before a place name without an article. */
const NAME_QUANTIFIERS = new Set(["ganz", "halb"]);

/** An indeclinable quantifier before a noun (ganz, halb before a name) has the case of the noun's phrase. */
function quantifierCases(tokens: AnalyzedToken[], feats: (Feats | undefined)[]): void {
  for (let i = 0; i < tokens.length - 1; i++) {
    const lower = tokens[i]!.text.toLowerCase();
    if (NAME_QUANTIFIERS.has(lower)) {
      const c = tokens[i + 1]!.pos === "PROPN" && !feats[i]?.Case ? feats[i + 1]?.Case : undefined;
      if (c) feats[i] = { ...feats[i], Case: c };
      continue;
    }
    if (!INDECLINABLE_QUANTIFIERS.has(lower) || feats[i]?.Case) continue;
    if (lower === "paar" && tokens[i - 1]?.text.toLowerCase() !== "ein") continue;
    let k = i + 1;
    while (k < tokens.length && k - i <= 3 && tokens[k]!.pos === "ADJ") k++;
    const c = isNominal(tokens[k]) ? feats[k]?.Case : undefined;
    if (c) feats[i] = { ...feats[i], Case: c };
  }
}

const CASE_ORDER: Case[] = ["Nom", "Acc", "Dat", "Gen"];

function put(f: Feats, k: string, v: string | undefined): void {
  if (v) f[k] = v;
}

/** The distinct values of one field of the readings, in order, joined with "," (undefined when none). */
function joinField(
  readings: VerbReading[],
  key: "mood" | "number" | "person" | "tense" | "verbForm",
): string | undefined {
  let out: string | undefined;
  for (let i = 0; i < readings.length; i++) {
    const v = readings[i]![key];
    if (v === undefined) continue;
    let seen = false;
    for (let k = 0; k < i && !seen; k++) seen = readings[k]![key] === v;
    if (!seen) out = out === undefined ? v : `${out},${v}`;
  }
  return out;
}

function verbFeats(readings: VerbReading[]): Feats {
  const f: Feats = {};
  put(f, "Mood", joinField(readings, "mood"));
  put(f, "Number", joinField(readings, "number"));
  put(f, "Person", joinField(readings, "person"));
  put(f, "Tense", joinField(readings, "tense"));
  put(f, "VerbForm", joinField(readings, "verbForm"));
  return f;
}

function nominalFeats(slot: Slot, token: AnalyzedToken): Feats | undefined {
  const f: Feats = {};
  if (slot.kind === "adj" && !slot.ordinal && (slot.ending === undefined || slot.ending === "" || !slot.mask)) {
    return slot.degree ? { Degree: slot.degree } : undefined;
  }
  const mask = slot.mask || slot.own;
  if (!mask) return undefined;
  const cases = casesOf(mask);
  if (cases.length) f.Case = CASE_ORDER.filter((c) => cases.includes(c)).join(",");
  if (slot.kind === "adj" && slot.degree) f.Degree = slot.degree;
  const numbers = numbersOf(mask);
  const plural = numbers.length === 1 && numbers[0] === "Plur";
  let genders =
    slot.kind === "noun" && slot.gender ? [{ m: "Masc", f: "Fem", n: "Neut" }[slot.gender]] : gendersOf(mask);
  // "die Abgeordneten", "Beschäftigte": a plural nominalised adjective names people, masculine as the generic form.
  // "den Vorsitzenden" (accusative singular or dative plural): masculine in either reading.
  if (slot.adjectival && (plural || (numbers.includes("Plur") && genders.includes("Masc")))) genders = ["Masc"];
  // "mit einem Deutschen": counted with ein/kein, a nominalised adjective is a person, not a thing (das Deutsche).
  if (slot.adjectival && slot.afterEinWord && genders.includes("Masc")) genders = genders.filter((g) => g !== "Neut");
  // "unter anderem" is other things, "mit anderen" other people.
  if (slot.thing && !numbers.includes("Plur")) genders = ["Neut"];
  // "zum Vorsitzenden" is a person (present participle), "im Dänischen" a language (adjective in -isch).
  if (slot.adjectival && genders.length === 2 && genders.includes("Masc") && genders.includes("Neut")) {
    if (/ende$/.test(token.lemma ?? "")) genders = ["Masc"];
    else if (/ische$/.test(token.lemma ?? "")) genders = ["Neut"];
  }
  const showGender =
    slot.kind === "noun" ||
    slot.kind === "adj" ||
    (slot.kind === "propn" && genders.length === 1) ||
    (!plural && genders.length < 3);
  if (showGender && genders.length < 3 && !slot.reflexive) f.Gender = genders.join(",");
  else if (slot.kind === "noun" && genders.length) f.Gender = genders.join(",");
  if (numbers.length && !slot.reflexive) f.Number = numbers.join(",");
  if (slot.kind === "pron") {
    let person = slot.person;
    if (!person && token.text.toLowerCase() === "ihr") person = cases.length === 1 && cases[0] === "Dat" ? "3" : "2";
    if (person) f.Person = person;
    if (slot.polite) f.Polite = "Form";
    if (slot.reflexive) f.Reflex = "Yes";
  }
  return f;
}
