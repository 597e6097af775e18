/**
 * Words the form table lacks but German word formation derives regularly
 * from a word it has: the zu-infinitive of a separable verb
 * (umzubenennen → umbenennen), the forms of -ieren verbs, which are all
 * weak (korrespondierte → korrespondieren), the comparative and superlative
 * of an adjective (zuverlässigsten → zuverlässig), the verbal noun made
 * from an infinitive (das Töten → "killing"), the present participle
 * (anrückend → "approaching") and the feminine noun in -in
 * (Statthalterin → Statthalter); and words made from a number: decades
 * (die 1970er, in den 80er-Jahren) and ages (die 28-Jährige).
 */

import type { Lexicon } from "./index";

/** A lexeme of `pos` whose lemma is exactly `lemma` and that has a gloss. */
function glossedLexeme(lexicon: Lexicon, lemma: string, pos: readonly string[]): number | undefined {
  return lexicon
    .lookupForm(lemma)
    .find((i) => lexicon.lemma(i) === lemma && pos.includes(lexicon.pos(i)) && lexicon.gloss(i) !== null);
}

const VERB_POS = ["VERB", "AUX"];
const VOWELS = /[aeiou]/g;

/** "run" → "running", "make" → "making", "die" → "dying", "see" → "seeing". */
function ingOf(verb: string): string {
  if (verb.endsWith("ie")) return `${verb.slice(0, -2)}ying`;
  if (/[^e]e$/.test(verb) && verb !== "be") return `${verb.slice(0, -1)}ing`;
  // One syllable ending in a single vowel + consonant doubles it (stop, put); w, x, y never double.
  if (/^[^aeiou]*[aeiou][b-df-hj-np-tvz]$/.test(verb) && (verb.match(VOWELS)?.length ?? 0) === 1)
    return `${verb}${verb.slice(-1)}ing`;
  // British spelling doubles a final l after one vowel letter: travelling, fulfilling.
  if (/(?:^|[^aeiou])[aeiou]l$/.test(verb)) return `${verb}ling`;
  return `${verb}ing`;
}

/**
 * The -ing form of an English verb gloss, alternative by alternative: what
 * a German verbal noun or present participle means.
 *
 * @example
 * ingGloss("to kill, slay"); // → "killing, slaying"
 * ingGloss("to move up"); // → "moving up"
 */
export function ingGloss(gloss: string): string {
  return gloss
    .split(", ")
    .map((alt) => {
      const words = alt.replace(/^to /, "").split(" ");
      const head = words[0] ?? "";
      if (!/^[a-z]+$/.test(head)) return alt.replace(/^to /, "");
      return [ingOf(head), ...words.slice(1)].join(" ");
    })
    .join(", ");
}

/** "Töten" (a noun the table has, without a gloss) → "killing", from the verb töten. */
export function verbalNounGloss(lexicon: Lexicon, lemma: string): string | null {
  if (!/(?:en|ln|rn)$/.test(lemma)) return null;
  const verb = glossedLexeme(lexicon, lemma.toLowerCase(), VERB_POS);
  return verb === undefined ? null : ingGloss(lexicon.gloss(verb)!);
}

/** "anrückend" → "approaching", from the verb anrücken. */
export function presentParticipleGloss(lexicon: Lexicon, lemma: string): string | null {
  if (!lemma.endsWith("end") || lemma.length < 6) return null;
  const verb = glossedLexeme(lexicon, lemma.slice(0, -1), VERB_POS);
  return verb === undefined ? null : ingGloss(lexicon.gloss(verb)!);
}

/** "Oberbürgermeisterin" → the gloss of Oberbürgermeister: -in makes a masculine noun feminine. */
export function femaleNounGloss(lexicon: Lexicon, lemma: string): string | null {
  if (!lemma.endsWith("in") || lemma.length < 6) return null;
  const base = glossedLexeme(lexicon, lemma.slice(0, -2), ["NOUN"]);
  return base !== undefined && lexicon.gender(base) === "m" ? lexicon.gloss(base) : null;
}

export interface DerivedForm {
  /** The lexeme the form belongs to. */
  id: number;
  /** Set when the form is a noun of its own (Statthalterin), not a form of the lexeme. */
  noun?: { lemma: string; gender: "f"; plural: string };
}

const ADJ_ENDING = /(?:e|en|em|er|es)?$/;

/** The zu-infinitive of a separable verb: um|zu|benennen, wiedergut|zu|machen. */
function zuInfinitive(lexicon: Lexicon, lower: string): number | undefined {
  for (let at = lower.indexOf("zu", 2); at > 0; at = lower.indexOf("zu", at + 1)) {
    if (lower.length - at < 5) break;
    const verb = glossedLexeme(lexicon, lower.slice(0, at) + lower.slice(at + 2), VERB_POS);
    if (verb !== undefined) return verb;
  }
  return undefined;
}

/** korrespondierte, korrespondiert, domestiziert: -ieren verbs are weak and take no ge-. */
function ierenForm(lexicon: Lexicon, lower: string): number | undefined {
  const m = /^(.{3,}ier)(?:e|st|t|te|test|ten|tet|en|end)$/.exec(lower);
  return m ? glossedLexeme(lexicon, `${m[1]}en`, VERB_POS) : undefined;
}

/** zuverlässigsten, grundlegendste, fiktionaler: comparison forms of an adjective without a table. */
function comparisonForm(lexicon: Lexicon, lower: string): number | undefined {
  const stem = lower.replace(ADJ_ENDING, "");
  for (const degree of ["est", "st", "er"]) {
    if (!stem.endsWith(degree) || stem.length - degree.length < 4) continue;
    const adjective = glossedLexeme(lexicon, stem.slice(0, -degree.length), ["ADJ"]);
    if (adjective !== undefined) return adjective;
  }
  return undefined;
}

/**
 * The lexeme a form missing from the form table belongs to, by regular
 * German word formation; undefined when no rule derives it from a known,
 * glossed word.
 *
 * @example
 * derivedForm(lexicon, "umzubenennen"); // → { id: <umbenennen> }
 * derivedForm(lexicon, "Statthalterin"); // → { id: <Statthalter>, noun: { lemma: "Statthalterin", gender: "f", plural: "Statthalterinnen" } }
 */
export function derivedForm(lexicon: Lexicon, word: string): DerivedForm | undefined {
  const lower = word.toLowerCase();
  if (word === lower) {
    const id = zuInfinitive(lexicon, lower) ?? ierenForm(lexicon, lower) ?? comparisonForm(lexicon, lower);
    return id === undefined ? undefined : { id };
  }
  const female = /^(\p{Lu}\p{Ll}{3,})in(?:nen)?$/u.exec(word);
  if (!female) return undefined;
  const base = glossedLexeme(lexicon, female[1]!, ["NOUN"]);
  if (base === undefined || lexicon.gender(base) !== "m") return undefined;
  const lemma = `${female[1]}in`;
  return { id: base, noun: { lemma, gender: "f", plural: `${lemma}nen` } };
}

export interface NumberWord {
  lemma: string;
  pos: "ADJ" | "NOUN";
  gloss: string;
}

const DECADE = /^(\d{1,3}0)er[ns]?$/;
const AGE = /^(\d+)-([jJ])ährige[nmrs]?$/;

/** "1970er", "80ern": a decade in figures, which German does not decline. */
export function isDecade(word: string): boolean {
  return DECADE.test(word);
}

/**
 * "1970er" → the 1970s, "28-Jährige" → a 28-year-old; null for other words.
 *
 * @example
 * numberWord("1970ern"); // → { lemma: "1970er", pos: "ADJ", gloss: "1970s" }
 * numberWord("28-Jährige"); // → { lemma: "28-Jährige", pos: "NOUN", gloss: "28-year-old" }
 */
export function numberWord(word: string): NumberWord | null {
  const decade = DECADE.exec(word);
  if (decade) return { lemma: `${decade[1]}er`, pos: "ADJ", gloss: `${decade[1]}s` };
  const age = AGE.exec(word);
  if (age) {
    const noun = age[2] === "J";
    return {
      lemma: noun ? word.replace(/n$/, "") : `${age[1]}-jährig`,
      pos: noun ? "NOUN" : "ADJ",
      gloss: `${age[1]}-year-old`,
    };
  }
  return null;
}
