/**
 * Glosses of common adverbs and particles by the word they modify. German
 * uses one small word where English uses several, and which one is a
 * matter of grammar, not of the dictionary's ranking:
 * - degree: "zu" before a bare adjective is "too" (zu spät), "sehr" before
 *   an adjective "very" but with a verb "very much";
 * - comparatives: "noch größer" is "even bigger", "immer größer" "ever
 *   bigger", "immer mehr" "more and more";
 * - negation: "noch nicht" is "not yet", "nicht mehr" "no longer", "auch
 *   nicht" "not … either";
 * - numbers: "über 500" is "more than 500", "erst 1990" "only in / not
 *   until 1990";
 * - correlatives and conjunction-like uses: "so groß wie" is "as big as",
 *   "sowohl … als auch" "both … and", "auch wenn" "even if", "damit" before
 *   its verb ("Damit ist …") the adverb "with it", not the conjunction
 *   "so that";
 * - "selbst" after its noun or pronoun is "-self" (die Stadt selbst → itself),
 *   before it "even" (selbst Kinder).
 *
 * One gloss that fits the position beats the dictionary's list of senses,
 * so each rule gives at most two alternatives.
 */

import type { AnalyzedToken } from "../analyze";
import { CLAUSE_PUNCT } from "./adverbial";
/** Comparatives that are not the positive + "-er" (viel → mehr, gut → besser). */
const IRREGULAR_COMPARATIVES = new Set(["mehr", "weniger", "besser", "lieber", "eher", "höher", "näher", "weiter"]);
const NUMBER_WORDS = new Set(
  "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig fünfzig hundert tausend hunderte tausende dutzend dutzende million millionen milliarde milliarden".split(
    " ",
  ),
);
const NEGATIONS = new Set(["nicht", "nie", "niemals", "nichts", "niemand", "kaum"]);
/** Words after "erst" that make it temporal: "erst 1990", "erst seit", "erst als …". */
const TIME_OPENERS = new Set(
  "als wenn nachdem seit vor nach am im um ab gegen mit heute gestern jetzt nun später spät kurz danach dann in bei".split(
    " ",
  ),
);
/**
 * Reflexive intensifier after a subject pronoun: "er selbst" → himself.
 * After "es", "sie" or "ihr" it may as well belong to the subject ("Er hat
 * es selbst gesagt": himself), so those are left to the dictionary.
 */
const SELF_AFTER_PRONOUN: Record<string, string> = {
  ich: "myself",
  du: "yourself",
  er: "himself",
  wir: "ourselves",
  man: "oneself",
  sich: "oneself, itself",
};
const SELF_AFTER_NOUN: Record<string, string> = { m: "itself, himself", f: "itself, herself", n: "itself" };

const lower = (t: AnalyzedToken | undefined): string => (t && t.kind === "word" ? t.text.toLowerCase() : "");
const isWord = (t: AnalyzedToken | undefined): t is AnalyzedToken => t?.kind === "word";

function stripUmlauts(s: string): string {
  return s.replace(/ä/g, "a").replace(/ö/g, "o").replace(/ü/g, "u");
}

/**
 * A comparative adjective or adverb: "größer", "schnellere", "mehr".
 *
 * @example
 * isComparative({ text: "größer", lemma: "groß", pos: "ADJ", kind: "word", start: 0, end: 6 }); // true
 */
export function isComparative(t: AnalyzedToken | undefined): boolean {
  if (!isWord(t) || (t.pos !== "ADJ" && t.pos !== "ADV" && t.pos !== "DET")) return false;
  const form = t.text.toLowerCase();
  if (IRREGULAR_COMPARATIVES.has(form)) return true;
  if (!t.lemma || t.pos === "DET") return false;
  const lemma = stripUmlauts(t.lemma.toLowerCase()).replace(/e$/, "");
  const bare = stripUmlauts(form);
  return bare !== lemma && new RegExp(`^${lemma}e?r(?:e|en|em|er|es)?$`).test(bare);
}

function isNumber(t: AnalyzedToken | undefined): boolean {
  return !!t && (t.kind === "number" || t.pos === "NUM" || NUMBER_WORDS.has(lower(t)));
}

/** A bare (uninflected) adjective or adverb: "spät", "schnell", "viel"; not "großen". */
function isBareModifier(t: AnalyzedToken | undefined): boolean {
  if (!isWord(t) || (t.pos !== "ADJ" && t.pos !== "ADV" && !(t.pos === "DET" && lower(t) === "viel"))) return false;
  return !t.lemma || lower(t) === t.lemma.toLowerCase() || isComparative(t);
}

/** An adjective or adverb in any form: what "sehr" grades ("sehr große", "sehr viel"). */
function isModifier(t: AnalyzedToken | undefined): boolean {
  return isWord(t) && (t.pos === "ADJ" || t.pos === "ADV" || (t.pos === "DET" && /^(?:viel|wenig)/.test(lower(t))));
}

/** Index of the first token of i's clause. */
function clauseStart(tokens: readonly AnalyzedToken[], i: number): number {
  let s = i;
  while (s > 0 && !CLAUSE_PUNCT.test(tokens[s - 1]!.text)) s--;
  return s;
}

function clauseEnd(tokens: readonly AnalyzedToken[], i: number): number {
  let e = i + 1;
  while (e < tokens.length && !CLAUSE_PUNCT.test(tokens[e]!.text)) e++;
  return e;
}

const QUOTES = /^[„“”"»«‚‘’']$/;
const TIMES_OF_DAY = new Set(["morgen", "früh", "vormittag", "mittag", "nachmittag", "abend", "nacht"]);

/** No finite verb between i and its clause's end: a phrase joined to the last clause, not a clause of its own. */
function isCoordinatedPhrase(tokens: readonly AnalyzedToken[], i: number): boolean {
  return !tokens.slice(i + 1, clauseEnd(tokens, i)).some((t) => t.pos === "AUX" || t.pos === "VERB");
}

/** From `from` to the sentence's end only a name or noun phrase: the speaker after "so" in "…“, so Saqib." */
function isQuoteAttribution(tokens: readonly AnalyzedToken[], from: number): boolean {
  let names = 0;
  for (let j = from; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.kind === "punct") return names > 0 && j === tokens.length - 1;
    if (t.pos === "PROPN" || t.pos === "NOUN") names++;
    else if (t.pos !== "DET" && t.pos !== "ADJ") return false;
  }
  return names > 0;
}

/** The word stands first in its clause (after a coordinating "und"/"oder"/"aber" too). */
function isClauseInitial(tokens: readonly AnalyzedToken[], i: number): boolean {
  const s = clauseStart(tokens, i);
  return i === s || (i === s + 1 && ["und", "oder", "aber"].includes(lower(tokens[s])));
}

const isVerb = (t: AnalyzedToken | undefined): boolean => t?.pos === "VERB" || t?.pos === "AUX";

type Rule = (tokens: readonly AnalyzedToken[], i: number) => string | null;

const RULE_TABLE: Record<string, Rule> = {
  // "zu spät", "ein zu großes Haus"; not the preposition in "zu großen Teilen".
  // Never before a comparative: "zu stärkeren Reaktionen", "zu mehr Arbeit" are the preposition.
  zu: (tokens, i) =>
    (isBareModifier(tokens[i + 1]) && !isComparative(tokens[i + 1])) ||
    (tokens[i - 1]?.pos === "DET" && tokens[i + 1]?.pos === "ADJ")
      ? "too"
      : null,
  über: (tokens, i) => (isNumber(tokens[i + 1]) ? "more than, over" : null),
  unter: (tokens, i) => (isNumber(tokens[i + 1]) ? "under, fewer than" : null),
  rund: (tokens, i) => (isNumber(tokens[i + 1]) ? "around, about" : null),
  // Before a participle it may grade an adjective ("sehr gefasst") or the verb ("sehr gefreut").
  sehr: (tokens, i) =>
    isModifier(tokens[i + 1]) ? "very" : tokens[i + 1]?.pos === "VERB" ? "very (much)" : "very much, greatly",
  etwa: (tokens, i) => (lower(tokens[i - 1]) === "wie" ? "such as, for example" : null),
  noch: (tokens, i) => {
    const next = tokens[i + 1];
    if (isComparative(next)) return "even";
    if (NEGATIONS.has(lower(next)) || lower(next).startsWith("kein")) return "yet";
    if (lower(next) === "immer" || lower(tokens[i - 1]) === "immer") return "still";
    if (["einmal", "mal"].includes(lower(next))) return "again, once more";
    if (tokens.slice(clauseStart(tokens, i), i).some((t) => lower(t) === "weder")) return "nor";
    return "still";
  },
  immer: (tokens, i) => {
    const next = lower(tokens[i + 1]);
    if (next === "noch" || lower(tokens[i - 1]) === "noch") return "still";
    if (next === "mehr") return "more and more, increasingly";
    if (next === "weniger") return "less and less, fewer";
    if (isComparative(tokens[i + 1])) return "increasingly, ever";
    if (next === "wieder") return "again and again, repeatedly";
    return "always";
  },
  mehr: (tokens, i) => {
    if (lower(tokens[i - 1]) === "immer") return "more and more, increasingly";
    if (lower(tokens[i + 1]) === "und" && lower(tokens[i + 2]) === "mehr") return "more and more, increasingly";
    if (lower(tokens[i - 1]) === "und" && lower(tokens[i - 2]) === "mehr") return "more and more, increasingly";
    // "nicht mehr als", "nicht mehr Geld", "nicht mehr viele": the comparative
    // of viel; before an article it is temporal ("nicht mehr die alte").
    const next = tokens[i + 1];
    if (lower(next) === "als" || ["NOUN", "PROPN", "ADJ", "NUM"].includes(next?.pos ?? "")) return null;
    if (next?.pos === "DET" && /^(?:viel|wenig)/.test(lower(next))) return null;
    // "nicht mehr", "kein Geld mehr", "nie mehr": no longer.
    for (let j = i - 1; j >= clauseStart(tokens, i); j--) {
      const w = lower(tokens[j]);
      if (NEGATIONS.has(w) || (w.startsWith("kein") && tokens[j]!.pos === "DET")) return "no longer, anymore";
    }
    return null;
  },
  weniger: (tokens, i) => (lower(tokens[i - 1]) === "immer" ? "less and less, fewer" : "less, fewer"),
  erst: (tokens, i) => {
    const next = tokens[i + 1];
    if (["einmal", "mal"].includes(lower(next))) return "first (of all)";
    if (isNumber(next) || TIME_OPENERS.has(lower(next))) return "only, not until";
    if (isClauseInitial(tokens, i) && isVerb(next)) return "first";
    return null;
  },
  selbst: (tokens, i) => {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (lower(prev) === "von") return "by itself";
    if (lower(next) === "wenn" || lower(next) === "dann") return "even";
    if (isWord(prev) && !CLAUSE_PUNCT.test(prev.text)) {
      const self = prev.pos === "PRON" ? SELF_AFTER_PRONOUN[lower(prev)] : undefined;
      if (self) return self;
      // "Die Stadt selbst ist klein"; but before a clause-final verb it may
      // be the subject's: "Er hat den Brief selbst geschrieben" (himself).
      const nounPhraseFirst = tokens
        .slice(clauseStart(tokens, i), i)
        .every((t) => ["DET", "ADJ", "NOUN", "PROPN"].includes(t.pos ?? ""));
      if ((prev.pos === "NOUN" || prev.pos === "PROPN") && (nounPhraseFirst || !isVerb(next)))
        return SELF_AFTER_NOUN[prev.gender ?? "n"] ?? "itself";
    }
    if (isWord(next) && ["DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ"].includes(next.pos ?? "")) return "even";
    return null;
  },
  so: (tokens, i) => {
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    if (lower(next) === "oder" && lower(tokens[i + 2]) === "so") return "either way";
    if (lower(prev) === "oder" && lower(tokens[i - 2]) === "so") return "either way";
    // Reported speech in the news: "…“, so Saqib." (says Saqib).
    if (prev && (QUOTES.test(prev.text) || prev.text === ",") && isQuoteAttribution(tokens, i + 1))
      return "says, according to";
    // "doppelt so groß", "dreimal so viele": as.
    if (/^(?:\p{L}+mal|doppelt|halb)$/u.test(lower(prev))) return "as";
    if (isBareModifier(next) || lower(next) === "viele") {
      const rest = tokens.slice(i + 2, clauseEnd(tokens, i) + 3);
      return rest.some((t) => lower(t) === "wie") ? "as" : "so";
    }
    if (lower(next) === "dass") return "so";
    if (isClauseInitial(tokens, i) && isVerb(next)) return "so, thus";
    return null;
  },
  auch: (tokens, i) => {
    const prev = lower(tokens[i - 1]);
    const next = lower(tokens[i + 1]);
    if (prev === "als" && tokens.slice(0, i).some((t) => lower(t) === "sowohl")) return "as well as, both … and";
    if (prev === "wenn" || next === "wenn") return "even";
    if (NEGATIONS.has(next) || next.startsWith("kein")) return "either, neither";
    return null;
  },
  // "bis heute" (to this day), "heute Morgen" (this morning).
  heute: (tokens, i) =>
    lower(tokens[i - 1]) === "bis" ? "to this day, still" : TIMES_OF_DAY.has(lower(tokens[i + 1])) ? "this" : null,
  // "wieder zurück": back where it was.
  wieder: (tokens, i) => (lower(tokens[i + 1]) === "zurück" ? "back" : null),
  // After a comma and before no verb it joins like "aber": "…, jedoch mit eigener Regierung".
  jedoch: (tokens, i) =>
    tokens[i - 1]?.text === "," && isWord(tokens[i + 1]) && !isVerb(tokens[i + 1]) && isCoordinatedPhrase(tokens, i)
      ? "but, however"
      : null,
  damit: (tokens, i) => {
    // The conjunction opens a verb-final clause ("…, damit er kommt"); the
    // pronominal adverb stands before its verb ("Damit ist …") or inside the clause.
    if (isClauseInitial(tokens, i) && !isVerb(tokens[i + 1])) return null;
    return "with it, thereby";
  },
  wie: (tokens, i) => {
    const s = clauseStart(tokens, i);
    const last = tokens[tokens.length - 1];
    if (i === s && last?.text === "?") return "how";
    if (tokens.slice(s, i).some((t) => lower(t) === "so" || lower(t) === "genauso" || lower(t) === "ebenso"))
      return "as";
    return null;
  },
};
/** A Map, so that an English word in the text ("constructor") finds no Object.prototype member. */
const RULES: ReadonlyMap<string, Rule> = new Map(Object.entries(RULE_TABLE));

/**
 * Re-glosses the sentence's adverbs and particles whose sense their
 * position decides; tokens of a multiword expression keep its gloss.
 *
 * @example
 * glossAdverbsInPosition(tokens); // "Es ist noch größer." → noch: "even"
 */
export function glossAdverbsInPosition(tokens: AnalyzedToken[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word" || t.phrase) continue;
    const rule = RULES.get(t.text.toLowerCase());
    if (!rule) continue;
    // "Selbst" opening a sentence is still the particle, not the noun "das Selbst".
    if (t.pos === "NOUN" && i > 0) continue;
    const gloss = rule(tokens, i);
    if (gloss) t.gloss = gloss;
  }
}
