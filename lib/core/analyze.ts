/**
 * The German analysis engine: clean → paragraphs → sentences → tokens →
 * lemma, part of speech, gloss, separable verbs and compounds.
 * Pure TypeScript (no Next.js, no database); see DESIGN.md "Analysis
 * interface" for the JSON this produces.
 */

import { addGrammar } from "./grammar/add-grammar";
import { glossPronounsByCase } from "./gloss/pronoun-case";
import { glossAdverbsInPosition } from "./gloss/adverb-position";
import { glossInContext, type TextDomains } from "./gloss/gloss-in-context";
import { DEFINITE_ARTICLE, type Lexicon } from "./lexicon/index";
import { analyzeWord, isCapitalized } from "./lexicon/lemmatize";
import { SEPARABLE_PARTICLES } from "./lexicon/separable-verbs";
import { markAdverbialDa } from "./lexicon/adverbial-da";
import { markStandaloneDeterminers } from "./lexicon/standalone-determiners";
import { linkFixedPhrases, linkVerbPhrases } from "./phrases/match";
import { cleanText, type CleanedText } from "./text/clean";
import { splitSentences } from "./text/split-sentences";
import type { RawToken } from "./text/tokenize";

export type { Lexicon } from "./lexicon/index";

export type TokenKind = "word" | "number" | "punct" | "symbol";
export interface Phrase {
  lemma: string;
  tokenIndexes: number[];
  gloss: string | null;
}
export interface CompoundInfo {
  parts: string[];
  glosses: (string | null)[];
  gloss: string | null;
  derived: true;
}
export interface AnalyzedToken {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  lemma?: string;
  /** UD UPOS tag. */
  pos?: string;
  /** Short learner gloss ("to take", "invitation"). */
  gloss?: string | null;
  gender?: "m" | "f" | "n" | null;
  /** der, die, das; "der/die" for a noun made from an adjective that names a person (der/die Abgeordnete). */
  article?: "der" | "die" | "das" | "der/die" | null;
  plural?: string | null;
  compound?: CompoundInfo;
  /** Separable verb etc.; the same content on every member token. */
  phrase?: Phrase;
  /** Morphology in context, UD names and values; ambiguity as "Nom,Acc" (see lib/core/grammar). */
  feats?: Record<string, string>;
}
export interface AnalyzedSentence {
  /** Exactly `input.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph (0-based, boilerplate excluded; the title is 0). */
  paragraph: number;
  translation: string | null;
  tokens: AnalyzedToken[];
}
export interface AnalyzedText {
  title: string | null;
  sentences: AnalyzedSentence[];
}

/** Tokens after which the next word starts a sentence-like unit. */
const START_PUNCT = new Set(["„", "“", '"', "``", "»", "«", ":", "(", "-", "–", "—", "‚", "'"]);
const OPENING_PUNCT = new Set(["„", "``", "(", "[", "‚"]);
/** Tokens that may follow a separable particle at the end of its clause. */
const CLAUSE_END_WORDS = new Set(["und", "oder", "aber", "sowie", "sondern", "denn"]);
/**
 * Particles that are never prepositions and so may stand before a phrase
 * moved behind the clause's end ("kehrte er zurück nach Kirriemuir",
 * "lief weg von zu Hause"): a preposition after them opens that phrase.
 */
const DIRECTIONAL_PARTICLES = new Set([
  "zurück",
  "vorbei",
  "weg",
  "fort",
  "heim",
  "hinaus",
  "heraus",
  "hinein",
  "herein",
  "hinauf",
  "herauf",
  "hinunter",
  "herunter",
  "hinüber",
  "herüber",
  "entgegen",
  "voran",
  "voraus",
  "herbei",
  "hervor",
  "empor",
  "nieder",
]);
/** Particles that are also prepositions are tagged ADP (UD German convention). */
const PREPOSITION_PARTICLES = new Set([
  "ab",
  "an",
  "auf",
  "aus",
  "bei",
  "mit",
  "nach",
  "vor",
  "zu",
  "um",
  "durch",
  "gegenüber",
  "entlang",
]);

/** "3." → "3rd" (German ordinals are written with a period). */
function ordinalGloss(n: string): string {
  const last2 = n.slice(-2);
  const suffix =
    last2 === "11" || last2 === "12" || last2 === "13"
      ? "th"
      : (({ "1": "st", "2": "nd", "3": "rd" } as Record<string, string>)[n.slice(-1)] ?? "th");
  return n + suffix;
}

/** Tags per punctuation text: a text has a few dozen distinct ones, and the Unicode test runs per token otherwise. */
const punctPosCache = new Map<string, string>();
function punctPos(text: string): string {
  let pos = punctPosCache.get(text);
  if (pos === undefined) {
    pos = /^[\p{P}]+$/u.test(text) ? "PUNCT" : "SYM";
    if (punctPosCache.size < 10_000) punctPosCache.set(text, pos);
  }
  return pos;
}

/**
 * A token with every field it may get declared up front, in the order they are
 * set (JSON.stringify leaves the undefined ones out): every token then has
 * one shape, which keeps the later passes' property reads monomorphic, and
 * no property store is grown field by field.
 */
function newToken(t: RawToken): AnalyzedToken {
  return {
    text: t.text,
    start: t.start,
    end: t.end,
    kind: t.kind,
    lemma: undefined,
    pos: undefined,
    gloss: undefined,
    gender: undefined,
    article: undefined,
    plural: undefined,
    compound: undefined,
    phrase: undefined,
    feats: undefined,
  };
}

function analyzeTokens(raw: RawToken[], lexicon: Lexicon, names: Set<string>, domains: TextDomains): AnalyzedToken[] {
  const out: AnalyzedToken[] = [];
  /** Lexeme chosen for each token: for the sense in context and the grammar (null: none or a guess). */
  const ids: (number | null)[] = [];
  let prevPos: string | null = null;
  let prevText: string | null = null;
  let sentenceStart = true;
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    const token = newToken(t);
    if (t.kind === "word") {
      const next = raw[i + 1];
      const a = analyzeWord(lexicon, t.text, {
        isSentenceStart: sentenceStart,
        prevPos,
        prevText,
        nextText: next && next.kind === "word" ? next.text : null,
        names,
      });
      ids[i] = a.id;
      token.lemma = a.lemma;
      token.pos = a.pos;
      token.gloss = a.gloss;
      if (a.pos === "NOUN" || a.pos === "PROPN") {
        token.gender = a.gender;
        token.article = a.gender ? DEFINITE_ARTICLE[a.gender] : null;
        token.plural = a.plural;
      }
      if (a.compound) token.compound = a.compound;
      if (isCapitalized(t.text)) names.add(t.text);
      prevPos = a.pos;
      prevText = t.text.toLowerCase();
      sentenceStart = false;
    } else if (t.kind === "number") {
      token.lemma = t.text;
      token.pos = t.text.endsWith(".") ? "ADJ" : "NUM";
      token.gloss = t.text.endsWith(".") ? ordinalGloss(t.text.slice(0, -1)) : null;
      prevPos = token.pos;
      prevText = t.text;
      sentenceStart = false;
    } else {
      token.lemma = t.text;
      token.pos = t.kind === "punct" ? punctPos(t.text) : "SYM";
      token.gloss = null;
      if (START_PUNCT.has(t.text))
        sentenceStart = sentenceStart || t.text === ":" || i === 0 || out.every((o) => o.kind !== "word");
      if (t.text === "," || t.text === ";") prevPos = null;
    }
    out.push(token);
  }
  markAdverbialDa(out);
  // Fixed phrases first ("nach wie vor" keeps its "vor"), verbal expressions
  // last, so that they can take in a separated verb ("hängt … von … ab").
  if (lexicon.phrases) linkFixedPhrases(out, lexicon.phrases);
  linkSeparableVerbs(out, lexicon, ids);
  linkParticlesBeforeVerb(out, lexicon);
  if (lexicon.phrases) linkVerbPhrases(out, lexicon.phrases, (form) => otherVerbLemmas(lexicon, form));
  markStandaloneDeterminers(out);
  glossInContext(out, ids, lexicon, domains);
  glossAdverbsInPosition(out);
  addGrammar(out, lexicon, ids);
  glossPronounsByCase(out);
  return out;
}

/**
 * Links a finite verb with its particle at the end of the clause
 * ("nimmt … an" → annehmen). Searches backwards from each clause-final
 * particle to the nearest verb for which particle + lemma is a separable
 * verb, without crossing a comma, semicolon or colon (a new clause).
 */
function linkSeparableVerbs(tokens: AnalyzedToken[], lexicon: Lexicon, ids: (number | null)[]): void {
  for (let j = 1; j < tokens.length; j++) {
    const p = tokens[j]!;
    if (p.kind !== "word" || !SEPARABLE_PARTICLES.has(p.text) || p.phrase) continue;
    if (!isParticlePosition(tokens, j)) continue;
    // First within the clause; then, if nothing matched, across commas
    // (an inserted clause: "wählt der Gast, wenn er möchte, seinen Wein aus").
    for (const crossCommas of [false, true]) {
      if (linkParticle(tokens, lexicon, ids, j, crossCommas)) break;
    }
  }
}

/** Place words that "von … aus" frames as a starting point ("von hier aus", "von zu Hause aus"). */
const STARTING_POINTS = new Set(["hier", "dort", "da", "daheim", "oben", "unten", "innen", "außen", "weitem", "Hause"]);

/** "arbeitet von zu Hause aus", "sieht man von hier aus": aus closes the circumposition von … aus. */
function closesVonAus(tokens: AnalyzedToken[], j: number): boolean {
  if (tokens[j]!.text !== "aus" || !STARTING_POINTS.has(tokens[j - 1]?.text ?? "")) return false;
  const von = tokens[j - 2]?.text === "zu" ? j - 3 : j - 2;
  return tokens[von]?.text.toLowerCase() === "von";
}

/**
 * Whether the word at `j` stands where a separated particle does: at the end
 * of its clause; before an extraposed zu-infinitive ("hörte auf zu
 * blinken": a preposition is never followed by "zu" + verb); or, for a
 * particle that is never a preposition, before a prepositional phrase that
 * runs to the clause's end without a verb ("kehrte zurück nach Hause").
 */
function isParticlePosition(tokens: AnalyzedToken[], j: number): boolean {
  const p = tokens[j]!;
  const next = tokens[j + 1];
  if (closesVonAus(tokens, j)) return false;
  if (!next) return true;
  if (next.kind === "punct") return !OPENING_PUNCT.has(next.text) && (p.text !== "zu" || /^[.,;:!?]$/.test(next.text));
  if (next.kind !== "word") return false;
  if (CLAUSE_END_WORDS.has(next.text)) return true;
  if (next.text === "zu")
    return p.text !== "zu" && tokens[j + 2]?.pos === "VERB" && /^\p{Ll}/u.test(tokens[j + 2]!.text);
  if (next.pos !== "ADP" || !DIRECTIONAL_PARTICLES.has(p.text)) return false;
  for (let k = j + 2; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === "punct" && t.text !== "-" && t.text !== "–") return !OPENING_PUNCT.has(t.text);
    if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "SCONJ" || t.pos === "CCONJ") return false;
  }
  return true;
}

/** The lemmas of the verbs (not auxiliaries) a form may belong to: "gefallen" → gefallen, fallen. */
function otherVerbLemmas(lexicon: Lexicon, form: string): string[] {
  const out: string[] = [];
  for (const id of lexicon.lookupForm(form.toLowerCase())) {
    const lemma = lexicon.lemma(id);
    if (lexicon.pos(id) === "VERB" && !out.includes(lemma)) out.push(lemma);
  }
  return out;
}

/** Prepositions that open an infinitive clause: "um zu arbeiten" is not umarbeiten. */
const INFINITIVE_CONJUNCTIONS = new Set(["um", "ohne", "statt", "anstatt"]);

/**
 * Links a particle written apart right before its verb ("zusammen zu
 * arbeiten", "zurück bekommen", common in informal writing) when particle +
 * lemma is a separable verb. A preposition never stands directly before a
 * verb, so the particle cannot be one; "zu" before an infinitive is the
 * infinitive marker and "um zu" opens a purpose clause, so neither is taken.
 */
function linkParticlesBeforeVerb(tokens: AnalyzedToken[], lexicon: Lexicon): void {
  for (let j = 0; j + 1 < tokens.length; j++) {
    const p = tokens[j]!;
    if (p.kind !== "word" || p.phrase) continue;
    const particle = p.text.toLowerCase();
    if (particle === "zu" || !SEPARABLE_PARTICLES.has(particle) || closesVonAus(tokens, j)) continue;
    let v = j + 1;
    if (tokens[v]?.text === "zu") {
      if (INFINITIVE_CONJUNCTIONS.has(particle)) continue;
      v++;
    }
    const verb = tokens[v];
    if (!verb || verb.kind !== "word" || verb.pos !== "VERB" || verb.phrase || !verb.lemma) continue;
    if (!/^\p{Ll}/u.test(verb.text)) continue;
    const id = findSeparableVerb(lexicon, particle, verb.lemma);
    if (id === undefined) continue;
    const phrase: Phrase = { lemma: particle + verb.lemma, tokenIndexes: [j, v], gloss: lexicon.gloss(id) };
    verb.phrase = phrase;
    p.phrase = { ...phrase, tokenIndexes: [j, v] };
    p.lemma = particle;
    p.gloss = phrase.gloss;
    p.pos = PREPOSITION_PARTICLES.has(particle) ? "ADP" : "ADV";
  }
}

/** The lexeme of the separable verb `particle` + the verb's lemma, if the lexicon has one. */
function findSeparableVerb(lexicon: Lexicon, particle: string, lemma: string): number | undefined {
  const joined = particle + lemma;
  return lexicon.lookupForm(joined).find((i) => lexicon.lemma(i) === joined && lexicon.pos(i) === "VERB");
}

function linkParticle(
  tokens: AnalyzedToken[],
  lexicon: Lexicon,
  ids: (number | null)[],
  j: number,
  crossCommas: boolean,
): boolean {
  const p = tokens[j]!;
  {
    for (let v = j - 1; v >= 0; v--) {
      const verb = tokens[v]!;
      if (verb.kind === "punct" && (verb.text === ";" || verb.text === ":" || (!crossCommas && verb.text === ",")))
        break;
      if (verb.kind !== "word" || (verb.pos !== "VERB" && verb.pos !== "AUX") || verb.phrase || !verb.lemma) continue;
      let id = findSeparableVerb(lexicon, p.text, verb.lemma);
      if (id === undefined) {
        // The particle decides between the form's verbs: "gehört … dazu" is gehören, not the participle of hören.
        for (const other of lexicon.lookupForm(verb.text.toLowerCase())) {
          const lemma = lexicon.lemma(other);
          if (lemma === verb.lemma || lexicon.pos(other) !== verb.pos) continue;
          id = findSeparableVerb(lexicon, p.text, lemma);
          if (id === undefined) continue;
          verb.lemma = lemma;
          verb.gloss = lexicon.gloss(other);
          ids[v] = other;
          break;
        }
        if (id === undefined) continue;
      }
      const joined = p.text + verb.lemma;
      const phrase: Phrase = { lemma: joined, tokenIndexes: [v, j], gloss: lexicon.gloss(id) };
      verb.phrase = phrase;
      p.phrase = { ...phrase, tokenIndexes: [v, j] };
      p.lemma = p.text;
      // Hovering the particle should explain the whole verb.
      p.gloss = phrase.gloss;
      p.pos = PREPOSITION_PARTICLES.has(p.text) ? "ADP" : "ADV";
      return true;
    }
  }
  return false;
}

/**
 * Analyses a text sentence by sentence, lazily (for large inputs).
 *
 * @example
 * for (const s of analyzeSentences("Er nimmt die Einladung an.", lexicon)) s.tokens[1]?.phrase?.lemma; // "annehmen"
 */
export function analyzeSentences(input: string, lexicon: Lexicon): Generator<AnalyzedSentence> {
  return analyzeCleaned(input, cleanText(input), lexicon);
}

function* analyzeCleaned(input: string, cleaned: CleanedText, lexicon: Lexicon): Generator<AnalyzedSentence> {
  const names = new Set<string>();
  const domains: TextDomains = new Map();
  let paragraph = 0;
  for (const para of cleaned.paragraphs) {
    for (const raw of splitSentences(input, para)) {
      const first = raw[0]!;
      const last = raw[raw.length - 1]!;
      yield {
        text: input.slice(first.start, last.end),
        start: first.start,
        end: last.end,
        paragraph,
        translation: null,
        tokens: analyzeTokens(raw, lexicon, names, domains),
      };
    }
    paragraph++;
  }
}

/**
 * Analyses a German text: every sentence once, boilerplate dropped,
 * offsets are JS string indices into the exact `input`.
 *
 * @example
 * const { sentences } = analyzeText("Putin nimmt die Einladung an.", loadLexicon());
 * sentences[0]?.tokens[1]; // { text: "nimmt", lemma: "nehmen", pos: "VERB", gloss: "to take",
 *                          //   phrase: { lemma: "annehmen", tokenIndexes: [1, 4], gloss: "to accept" }, … }
 */
export function analyzeText(input: string, lexicon: Lexicon): AnalyzedText {
  const cleaned = cleanText(input);
  return { title: cleaned.title, sentences: [...analyzeCleaned(input, cleaned, lexicon)] };
}
