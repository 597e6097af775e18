/**
 * Lemma, part of speech and gloss of one word in context. Candidates come
 * from the form index; context decides between them: capitalisation
 * (nouns are capitalised, so a capital mid-sentence means noun or name),
 * the preceding article/preposition (then a noun or adjective follows,
 * not a finite verb), a preceding "zu" (infinitive), sentence position
 * (a capital there says nothing) and frequency as the tie-breaker.
 */

import { compoundGloss, modifierGloss, partGloss, splitCompound } from "./compounds";
import { variantAdjectiveGloss } from "./adjective-variants";
import {
  derivedForm,
  femaleNounGloss,
  isDecade,
  numberWord,
  presentParticipleGloss,
  verbalNounGloss,
} from "./derived-forms";
import { ENGLISH_TITLES, FUNCTION_WORDS, POLITE_FORMS } from "./function-words";
import { LEXEME_FLAGS, type Lexicon } from "./index";
import { nameLemma, readsAsName } from "./names";
import { SEPARABLE_PARTICLES } from "./separable-verbs";

export interface WordContext {
  /** First word of the sentence (or after an opening quote/colon). */
  isSentenceStart: boolean;
  /** POS already chosen for the previous word, null at sentence start. */
  prevPos: string | null;
  prevText: string | null;
  nextText: string | null;
  /** Capitalised words seen so far in the text (for genitive -s of names). */
  names: ReadonlySet<string>;
}

export interface WordAnalysis {
  lemma: string;
  pos: string;
  gloss: string | null;
  gender: "m" | "f" | "n" | null;
  plural: string | null;
  /** Chosen lexeme, null for guesses. */
  id: number | null;
  compound?: { parts: string[]; glosses: (string | null)[]; gloss: string | null; derived: true };
}

const NOUNISH_BEFORE = new Set(["DET", "ADP", "ADJ", "NUM"]);

/** Latin-1 and Latin Extended-A only (all German words): NFC leaves such a word as it is. */
const ASCII_OR_PRECOMPOSED = /^[\u0000-\u017f]*$/;

/** The first letter is upper case (ASCII fast path; the hot path of every word). */
export function isCapitalized(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(s);
}
function isAllCaps(s: string): boolean {
  // Most words have a lower-case ASCII second letter: no upper-cased copy needed to rule them out.
  const c = s.charCodeAt(1);
  if (c >= 97 && c <= 122) return false;
  return s.length > 1 && s === s.toUpperCase() && s !== s.toLowerCase();
}
function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function fromLexeme(lexicon: Lexicon, id: number, pos?: string): WordAnalysis {
  return {
    lemma: lexicon.lemma(id),
    pos: pos ?? lexicon.pos(id),
    gloss: lexicon.gloss(id),
    gender: lexicon.gender(id),
    plural: lexicon.plural(id),
    id,
  };
}

/** What scoreCandidate needs of the form and its context, the same for every candidate: worked out once per form. */
interface FormFacts {
  capital: boolean;
  allCaps: boolean;
  lower: string;
  /** After an article, preposition, inflected adjective or number: a noun or adjective follows. */
  nounish: boolean;
  /** hasVerbReading(form) and readsAsAdjective(lower), asked for on first need: the same for every candidate. */
  verbReading?: boolean;
  adjectiveReading?: boolean;
}

const YEAR = /^(?:1[0-9]{3}|20[0-9]{2})$/;
function isYear(text: string | null): boolean {
  return text !== null && YEAR.test(text);
}

function formFacts(lexicon: Lexicon, form: string, ctx: WordContext): FormFacts {
  const prev = ctx.prevPos;
  return {
    capital: isCapitalized(form),
    allCaps: isAllCaps(form),
    lower: form.toLowerCase(),
    nounish:
      prev !== null &&
      NOUNISH_BEFORE.has(prev) &&
      // "1832 verkaufte der Staat …": a year is an adverbial, not a count; a lower-case word after it is the verb.
      !(prev === "NUM" && isYear(ctx.prevText) && !isCapitalized(form)) &&
      !(prev === "ADJ" && isUninflectedAdjective(lexicon, ctx.prevText)) &&
      !(prev === "DET" && isStandalonePronoun(lexicon, form, ctx)),
    // Declared here so that every facts object has one shape.
    verbReading: undefined,
    adjectiveReading: undefined,
  };
}

function scoreCandidate(
  lexicon: Lexicon,
  id: number,
  form: string,
  exactCase: boolean,
  ctx: WordContext,
  facts: FormFacts,
): number {
  const pos = lexicon.pos(id);
  const flags = lexicon.flags(id);
  const { capital, nounish } = facts;
  let score = 0;
  const nominal = pos === "NOUN" || pos === "PROPN";
  if (capital && !ctx.isSentenceStart && !facts.allCaps) score += nominal ? 5 : -3;
  if (!capital && nominal) score -= 6;
  if (ctx.isSentenceStart && capital) score += exactCase ? 0.3 : 0;
  const prev = ctx.prevPos;
  if (nounish) {
    if (pos === "VERB" || pos === "AUX") score -= 1.5;
    if (pos === "ADJ" || nominal) score += 0.7;
  }
  if (ctx.prevText === "zu" && (pos === "VERB" || pos === "AUX")) score += 2;
  if (flags & LEXEME_FLAGS.participle) {
    // "die erzielten Ergebnisse" (adjective) vs "Putin besuchte Nordkorea" (verb).
    score += nounish ? 1.5 : -1.5;
  }
  if (pos === "ADJ" && lexicon.lemma(id) !== facts.lower && lexicon.lemma(id) !== form) {
    score += 0.1;
    // "Er besiegte die Armee", "Die Firma entwickelte eine Methode": an
    // inflected participle adjective stands before its noun; without an
    // article before it and a noun after it (or with its subject right
    // before it), the form is the verb's past tense.
    const adjective = lexicon.lemma(id);
    // A weak participle (besiegt) inflected as besiegte/besiegten is also the past tense.
    const pastTense = adjective.endsWith("t") && (form === `${adjective}e` || form === `${adjective}en`);
    if (pastTense && !nounish && !capital && (facts.verbReading ??= hasVerbReading(lexicon, form))) {
      const attributive = ctx.nextText !== null && readsAsAttributiveNext(lexicon, ctx.nextText);
      if (!attributive || (prev !== null && SUBJECT_BEFORE.has(prev))) score -= 1.5;
    }
  }
  const rank = lexicon.rank(id);
  if (rank > 0) score += 2 - Math.log10(rank) / 2;
  if (lexicon.lemma(id) === form && !(flags & LEXEME_FLAGS.participle)) score += 0.4;
  if (
    (pos === "ADJ" || pos === "ADV") &&
    lexicon.lemma(id) === form &&
    !/end$/.test(form) &&
    (facts.verbReading ??= hasVerbReading(lexicon, form)) &&
    !isLexicalisedParticiple(lexicon, id, form, ctx)
  ) {
    // "hat … angenommen": an uninflected past participle is the verb; a
    // present participle ("sei beunruhigend") is used as an adjective.
    score -= 2;
  }
  if (ctx.isSentenceStart && capital && ctx.nextText && isCapitalized(ctx.nextText) && pos === "ADJ") score += 1;
  // Alone in first place, right before the verb: "Morgen kommen sie zurück" is the adverb (a bare singular
  // noun rarely fills the first position); "Reisende müssen warten" the nominalised adjective (an
  // attributive adjective needs its noun after it).
  const standsAlone = pos === "ADV" || (nominal && (flags & LEXEME_FLAGS.adjectival) !== 0);
  const next = ctx.nextText;
  if (standsAlone && ctx.isSentenceStart && capital && next && !isCapitalized(next) && hasVerbReading(lexicon, next))
    score += 2;
  if (ctx.isSentenceStart && ctx.nextText && SUBJECT_PRONOUNS.has(ctx.nextText) && (pos === "VERB" || pos === "AUX")) {
    // "Melden Sie die Gäste an": verb-first before a subject pronoun.
    score += 3;
  }
  if (nominal && ctx.prevText && SINGULAR_NON_FEMININE_BEFORE.has(ctx.prevText) && lexicon.gender(id) === "f") {
    // "im Westen", "im Falle": im/am/zum/beim (… dem) and ins (das) take a
    // masculine or neuter singular, never die Weste(n) or die Falle.
    score -= 3;
  }
  // "passende Musen": the noun whose plural the form is (die Muse) before one it is only the dative plural of (das Mus).
  if (nominal && lexicon.plural(id) === form) score += 0.1;
  if (nominal && ctx.prevText && NEUTER_BEFORE.has(ctx.prevText) && lexicon.gender(id) === "m") {
    // "das Leihen", "ins Band": das (and ins … = in das) takes a neuter singular only.
    score -= 3;
  }
  if (
    nominal &&
    lexicon.lemma(id) === form &&
    !(COMPASS_POINTS.has(form) && ctx.prevPos !== "NUM") &&
    isPluralOfOther(lexicon, form, id, ctx.prevPos === "NUM")
  ) {
    // "Stunden" is the plural of Stunde far more often than das Stunden.
    score -= 1.5;
  }
  if (
    pos === "ADV" &&
    lexicon.lemma(id) === facts.lower &&
    !isPredicateParticiple(form, ctx) &&
    !(ctx.nextText && isCapitalized(ctx.nextText)) &&
    !(facts.adjectiveReading ??= readsAsAdjective(lexicon, facts.lower, ctx))
  ) {
    score += 0.8;
  }
  if (flags & LEXEME_FLAGS.dingOnly) score -= 0.7;
  // A participle's derived gloss is no evidence for the adjective reading.
  if (lexicon.gloss(id) !== null && !(flags & LEXEME_FLAGS.participleGloss)) score += 0.3;
  return score;
}

/** dem, des, das and contractions with dem/das: a masculine or neuter singular follows, never a feminine noun. */
const SINGULAR_NON_FEMININE_BEFORE = new Set([
  "im",
  "am",
  "vom",
  "zum",
  "beim",
  "dem",
  "des",
  "das",
  "ins",
  "ans",
  "aufs",
  "durchs",
  "fürs",
  "ums",
]);
/** das and its contractions: a neuter singular follows. */
const NEUTER_BEFORE = new Set(["das", "ins", "ans", "aufs", "durchs", "fürs", "ums"]);
/** "nach Westen", "den Westen": the compass point, not the plural of Weste (unless counted). */
const COMPASS_POINTS = new Set(["Norden", "Osten", "Süden", "Westen"]);

/** "…, sei beunruhigend.": a present participle closing a clause after sein is a predicate adjective. */
function isPredicateParticiple(form: string, ctx: WordContext): boolean {
  return ctx.prevPos === "AUX" && ctx.nextText === null && /end$/.test(form);
}

/**
 * Adjectives German also uses as particles or sentence adverbs, where the
 * adverb is a word of its own (STTS ADV, UD ADV): focus and time particles
 * ("erst morgen", "gerade eben", "gleich danach"), degree words ("ganz
 * gut", "recht groß"), modal particles ("das ist einfach so", "eigentlich
 * nicht", "wohl kaum") and comment adverbs ("natürlich", "wirklich",
 * "bestimmt"). Written from a German grammar, not from any treebank.
 */
const ADVERBIAL_ADJECTIVES = new Set(
  (
    "erst gerade eben gleich genau bloß rein meist " +
    "ganz recht ziemlich " +
    "einfach eigentlich wohl " +
    "natürlich wirklich tatsächlich bestimmt vermutlich wahrscheinlich sicherlich offenbar offensichtlich angeblich unbedingt selbstverständlich"
  ).split(" "),
);

/**
 * "Das Personal ist freundlich", "sie singt schön": an uninflected form
 * that is the lemma of a declinable adjective (one with an inflection
 * table, not only Ding's adjective label on an adverb like "sofort") is
 * that adjective, predicative or adverbial (UD ADJ, STTS ADJD), not Ding's
 * adverb entry with its "-ly" gloss. Words that are also adverbs in their
 * own right (ADVERBIAL_ADJECTIVES) stay adverbs, except as a predicate
 * closing the clause after a copula ("Das ist einfach.").
 */
function readsAsAdjective(lexicon: Lexicon, lower: string, ctx: WordContext): boolean {
  if (ADVERBIAL_ADJECTIVES.has(lower) && !(ctx.prevPos === "AUX" && ctx.nextText === null)) return false;
  return lexicon.lookupForm(lower).some((i) => isTableAdjective(lexicon, i) && lexicon.lemma(i) === lower);
}

/**
 * "wurde gut beraten", "ist sehr schnell geliefert": an uninflected
 * adjective (its lemma form) is predicative or adverbial, so unlike an
 * article or an inflected adjective it announces no noun.
 */
function isUninflectedAdjective(lexicon: Lexicon, text: string | null): boolean {
  if (!text) return false;
  return lexicon.lookupForm(text).some((i) => lexicon.pos(i) === "ADJ" && lexicon.lemma(i) === text);
}

const SUBJECT_PRONOUNS = new Set(["Sie", "sie", "du", "ihr", "Ihr", "wir", "er", "es", "ich", "man"]);

function isPluralOfOther(lexicon: Lexicon, form: string, self: number, counted: boolean): boolean {
  // "das Essen", "der Laden": a glossed noun far more frequent than the noun
  // it is the plural of (die Esse, die Lade) stays itself, unless counted
  // ("zwei Westen"). The rank counts the form, which the plural shares, so
  // only a wide margin counts (Steuern stays the plural of Steuer).
  const rank = lexicon.rank(self);
  const common = !counted && rank > 0 && lexicon.gloss(self) !== null;
  return lexicon
    .lookupForm(form)
    .some(
      (i) =>
        i !== self &&
        lexicon.pos(i) === "NOUN" &&
        lexicon.plural(i) === form &&
        !(common && (lexicon.rank(i) === 0 || lexicon.rank(i) > 3 * rank)),
    );
}

/** Parts of speech of a subject right before a finite verb ("Die Firma entwickelte …"). */
const SUBJECT_BEFORE = new Set(["NOUN", "PROPN", "PRON"]);

/** The next word continues a noun phrase: a capitalised noun or an adjective. */
function readsAsAttributiveNext(lexicon: Lexicon, next: string): boolean {
  if (isCapitalized(next)) return true;
  return lexicon.lookupForm(next).some((i) => lexicon.pos(i) === "ADJ");
}

/** Demonstratives that stand alone as pronouns ("Das bedeutet nichts"). */
const DEMONSTRATIVES = new Set(["der", "die", "das", "dies", "dieses", "diese", "dieser", "dem", "den"]);

/**
 * "Das bedeutet nichts": a demonstrative before a lower-case word with a
 * verb reading, and no adjective or noun after that word, is a pronoun, so
 * the word is no attributive adjective ("das bedeutete Ende" keeps it).
 */
function isStandalonePronoun(lexicon: Lexicon, form: string, ctx: WordContext): boolean {
  if (!ctx.prevText || !DEMONSTRATIVES.has(ctx.prevText) || isCapitalized(form)) return false;
  if (!hasVerbReading(lexicon, form)) return false;
  const next = ctx.nextText;
  if (!next) return true;
  if (isCapitalized(next)) return false;
  return !lexicon.lookupForm(next).some((i) => lexicon.pos(i) === "ADJ" || lexicon.pos(i) === "NOUN");
}

/** An adjective with a declension ending ("ganzes", "restriktive"), not its bare form. */
function isInflectedAdjective(lexicon: Lexicon, form: string): boolean {
  if (!/(?:e|em|en|er|es)$/.test(form)) return false;
  return lexicon.lookupForm(form).some((i) => lexicon.pos(i) === "ADJ" && lexicon.lemma(i) !== form);
}

function hasVerbReading(lexicon: Lexicon, form: string): boolean {
  return lexicon.lookupForm(form).some((i) => lexicon.pos(i) === "VERB" || lexicon.pos(i) === "AUX");
}

const VERB_MAKERS_AFTER = new Set([
  "sich",
  "mich",
  "dich",
  "uns",
  "euch",
  "worden",
  "werden",
  "wird",
  "wurde",
  "wurden",
]);
/**
 * "Das ist bekannt", "ein angemessener Preis", "sehr beliebt": a participle
 * that is a common adjective with a dictionary sense of its own, of a verb
 * that is not common (bekennen, anmessen, belieben), is that adjective.
 */
function isLexicalisedParticiple(lexicon: Lexicon, id: number, form: string, ctx: WordContext): boolean {
  if (lexicon.pos(id) !== "ADJ" || lexicon.rank(id) === 0 || lexicon.gloss(id) === null) return false;
  // "erfreut sich", "verpflichtet worden": a reflexive or a passive auxiliary after it makes it the verb.
  if (ctx.nextText !== null && VERB_MAKERS_AFTER.has(ctx.nextText)) return false;
  if (lexicon.flags(id) & LEXEME_FLAGS.participleGloss) return false;
  return lexicon
    .lookupForm(form)
    .every((i) => (lexicon.pos(i) !== "VERB" && lexicon.pos(i) !== "AUX") || lexicon.rank(i) === 0);
}

/** A capitalised word that may be a noun: a noun or name reading, or none at all (a compound). */
function isNounOrUnknown(lexicon: Lexicon, word: string): boolean {
  const ids = lexicon.lookupForm(word);
  return ids.length === 0 || ids.some((i) => lexicon.pos(i) === "NOUN" || lexicon.pos(i) === "PROPN");
}

/** The best-scoring candidate so far (a plain object, not a closure: this runs for every word). */
interface Best {
  id: number | null;
  score: number;
}

/** Scores the readings of `f` (a spelling of `form`) into `best`. */
function consider(
  lexicon: Lexicon,
  best: Best,
  f: string,
  form: string,
  exactCase: boolean,
  ctx: WordContext,
  facts: FormFacts,
): void {
  for (const id of lexicon.lookupForm(f)) {
    const s = scoreCandidate(lexicon, id, form, exactCase, ctx, facts);
    if (s > best.score) {
      best.score = s;
      best.id = id;
    }
  }
}

function bestCandidate(lexicon: Lexicon, form: string, ctx: WordContext): number | null {
  const found: Best = { id: null, score: -Infinity };
  const facts = formFacts(lexicon, form, ctx);
  const { lower, allCaps } = facts;
  consider(lexicon, found, form, form, true, ctx, facts);
  if (lower !== form && (ctx.isSentenceStart || allCaps)) consider(lexicon, found, lower, form, false, ctx, facts);
  if (allCaps) consider(lexicon, found, capitalize(lower), form, false, ctx, facts);
  if (found.id === null && /ss|ß/.test(form)) {
    // Old and Swiss spellings: Prozeß → Prozess, grosse → große.
    for (const variant of [form.replace(/ß/g, "ss"), form.replace(/ss/g, "ß")])
      if (variant !== form) consider(lexicon, found, variant, form, true, ctx, facts);
  }
  let best = found.id;
  let bestScore = found.score;
  const capitalMid = facts.capital && !ctx.isSentenceStart && !allCaps;
  if (capitalMid) {
    // "des Weißen Hauses", "des Nationalen Sicherheitsrates": a capitalised
    // inflected adjective before a noun is part of a name, still an adjective.
    if (ctx.nextText && isCapitalized(ctx.nextText) && /(?:e|en|em|er|es)$/.test(form)) {
      // After an article or preposition, before a noun ("im Fernen Osten"),
      // the adjective wins over a noun reading (die Ferne).
      const attributive = (ctx.prevPos === "DET" || ctx.prevPos === "ADP") && isNounOrUnknown(lexicon, ctx.nextText);
      const lowerFacts = formFacts(lexicon, lower, ctx);
      for (const id of lexicon.lookupForm(lower)) {
        if (lexicon.pos(id) !== "ADJ") continue;
        const s = scoreCandidate(lexicon, id, lower, true, ctx, lowerFacts) + (attributive ? 8 : 2);
        if (s > bestScore) {
          bestScore = s;
          best = id;
        }
      }
    }
    // A capital mid-sentence with only non-noun readings is a name (Miller).
    const chosen: number | null = best;
    if (chosen !== null && !["NOUN", "PROPN", "ADJ"].includes(lexicon.pos(chosen))) return null;
    if (chosen !== null && lexicon.pos(chosen) === "ADJ" && lexicon.lookupForm(lower).length === 0) return null;
  }
  return best;
}

/** A lexeme's gloss, else the gloss of another lexeme with the same lemma. */
function glossFor(lexicon: Lexicon, id: number): string | null {
  const own = lexicon.gloss(id);
  if (own) return own;
  const lemma = lexicon.lemma(id);
  for (const other of lexicon.lookupForm(lemma)) {
    const g = lexicon.gloss(other);
    if (g && lexicon.lemma(other) === lemma) return g;
  }
  if (lexicon.pos(id) === "NOUN") {
    // Nominalised adjectives: Ding lists "Beamter {m}", Morphy "Beamte".
    const adjective = lemma.toLowerCase().replace(/e[rn]?$/, "");
    for (const variant of [`${lemma}r`, lemma.replace(/r$/, ""), adjective]) {
      for (const other of lexicon.lookupForm(variant)) {
        const g = lexicon.gloss(other);
        if (g && lexicon.lemma(other) === variant) return g;
      }
    }
  }
  if (lexicon.pos(id) === "ADJ") {
    for (const variant of [`${lemma}e`, `${lemma}er`]) {
      for (const other of lexicon.lookupForm(variant)) {
        const g = lexicon.gloss(other);
        if (g && lexicon.lemma(other) === variant) return g;
      }
    }
  }
  if (lexicon.pos(id) === "VERB") {
    // A separable verb Ding lacks (weiterempfehlen): gloss of the base verb.
    for (let i = 2; i < lemma.length - 3; i++) {
      if (!SEPARABLE_PARTICLES.has(lemma.slice(0, i))) continue;
      const base = lemma.slice(i);
      const baseId = lexicon.lookupForm(base).find((o) => lexicon.lemma(o) === base && lexicon.gloss(o));
      if (baseId !== undefined) return lexicon.gloss(baseId);
    }
  }
  if (lexicon.pos(id) === "ADJ") {
    // Participle adjective without its own entry: gloss of the verb.
    for (const other of lexicon.lookupForm(lemma)) {
      const p = lexicon.pos(other);
      if ((p === "VERB" || p === "AUX") && lexicon.gloss(other)) return lexicon.gloss(other);
    }
    return presentParticipleGloss(lexicon, lemma);
  }
  if (lexicon.pos(id) === "NOUN") return verbalNounGloss(lexicon, lemma) ?? femaleNounGloss(lexicon, lemma);
  return null;
}

/** The gloss's irregular English plural when `form` is the noun's plural (Medien → "media"). */
function pluralGlossFor(lexicon: Lexicon, id: number, form: string): string | null {
  const plural = lexicon.plural(id);
  // "Sprecher" is singular and plural alike: only an unambiguous plural form counts.
  if (!plural || plural === lexicon.lemma(id) || (form !== plural && form !== `${plural}n`)) return null;
  // "dem Vorsitzenden" is singular: a nominalised adjective's -en form is as often singular as plural.
  if (lexicon.flags(id) & LEXEME_FLAGS.adjectival) return null;
  return lexicon.pluralGloss?.(id) ?? null;
}

/**
 * Compound analyses per lexicon and word (context plays no part in them,
 * and every occurrence of a compound splits it again otherwise). Callers
 * get their own top-level object; the compound info is never changed.
 */
const compoundCache = new WeakMap<Lexicon, Map<string, WordAnalysis | null>>();
function compoundAnalysis(lexicon: Lexicon, word: string): WordAnalysis | null {
  let cache = compoundCache.get(lexicon);
  if (!cache) compoundCache.set(lexicon, (cache = new Map()));
  let known = cache.get(word);
  if (known === undefined) {
    known = computeCompoundAnalysis(lexicon, word);
    if (cache.size < 50_000) cache.set(word, known);
  }
  return known && { ...known };
}
function computeCompoundAnalysis(lexicon: Lexicon, word: string): WordAnalysis | null {
  const noun = isCapitalized(word);
  const split = splitCompound(lexicon, word, (id) => {
    const p = lexicon.pos(id);
    return noun ? p === "NOUN" : p === "ADJ" || p === "VERB";
  });
  if (!split) return null;
  const head = split.headId;
  const headLemma = lexicon.lemma(head);
  const modifier = split.parts.slice(0, -1).join("");
  const lemma = modifier + (noun ? headLemma.charAt(0).toLowerCase() + headLemma.slice(1) : headLemma);
  // The whole compound is in the dictionary under its lemma, only this
  // inflected form was missing (Staatsoberhäupter → Staatsoberhaupt "head
  // of state"): the dictionary's gloss, not one built from the parts.
  const whole = lexicon
    .lookupForm(lemma)
    .find((i) => lexicon.lemma(i) === lemma && lexicon.pos(i) === lexicon.pos(head));
  if (whole !== undefined && glossFor(lexicon, whole))
    return { ...fromLexeme(lexicon, whole), gloss: glossFor(lexicon, whole) };
  const headForm = split.parts[split.parts.length - 1] ?? "";
  const headPlural = pluralGlossFor(lexicon, head, noun ? capitalize(headForm) : headForm);
  const glosses = split.ids.map((id, i) =>
    id === null
      ? null
      : i < split.ids.length - 1
        ? modifierGloss(
            lexicon,
            split.parts[i]!,
            lexicon.lemma(id),
            glossFor(lexicon, id),
            split.ids[i + 1] === null ? split.parts[i + 1] : "",
          )
        : (headPlural ?? partGloss(glossFor(lexicon, id))),
  );
  const gloss = compoundGloss(
    split.parts.map((part, i) => ({ part, gloss: glosses[i] ?? null })).filter((_, i) => split.ids[i] !== null),
  );
  const plural = lexicon.plural(head);
  return {
    lemma,
    pos: lexicon.pos(head),
    gloss: gloss ?? glossFor(lexicon, head),
    gender: lexicon.gender(head),
    plural: plural ? modifier + plural.charAt(0).toLowerCase() + plural.slice(1) : null,
    id: null,
    compound: { parts: split.parts, glosses, gloss, derived: true },
  };
}

/** A name the dictionary lacks: itself, no gloss (Göttingens → Göttingen). */
function nameAnalysis(word: string, head: string): WordAnalysis {
  return { lemma: nameLemma(word, head), pos: "PROPN", gloss: null, gender: null, plural: null, id: null };
}

function hyphenAnalysis(lexicon: Lexicon, word: string, ctx: WordContext): WordAnalysis | null {
  // Longest known suffix after a hyphen: Atom-U-Booten → Atom + U-Booten.
  for (let i = word.indexOf("-"); i > 0 && i < word.length - 1; i = word.indexOf("-", i + 1)) {
    const prefix = word.slice(0, i);
    const rest = word.slice(i + 1);
    const inner = analyzeContentWord(lexicon, rest, { ...ctx, isSentenceStart: false }, true);
    if (!inner || (inner.id === null && !inner.compound)) continue;
    const prefixId = bestCandidate(lexicon, prefix, { ...ctx, isSentenceStart: false });
    const prefixGloss =
      prefixId !== null
        ? modifierGloss(lexicon, prefix, lexicon.lemma(prefixId), glossFor(lexicon, prefixId))
        : /^\p{Lu}+$/u.test(prefix)
          ? prefix
          : null;
    const restGloss = partGloss(inner.gloss);
    const gloss = compoundGloss([
      { part: prefix, gloss: prefixGloss },
      { part: rest, gloss: restGloss },
    ]);
    return {
      ...inner,
      lemma: `${prefix}-${inner.lemma}`,
      plural: inner.plural ? `${prefix}-${inner.plural}` : null,
      gloss: gloss ?? inner.gloss,
      compound: { parts: [prefix, rest], glosses: [prefixGloss, restGloss], gloss, derived: true },
    };
  }
  return null;
}

const ADJ_ENDINGS = ["en", "em", "er", "es", "e"];
const TRUNCATION_LINKERS = ["", "s", "es", "n", "en"];

function truncatedAnalysis(lexicon: Lexicon, stem: string): WordAnalysis | null {
  for (const linker of TRUNCATION_LINKERS) {
    if (linker && !stem.endsWith(linker)) continue;
    const base = linker ? stem.slice(0, -linker.length) : stem;
    const id = lexicon.lookupForm(base).find((i) => lexicon.lemma(i) === base);
    if (id !== undefined) return { ...fromLexeme(lexicon, id), gloss: glossFor(lexicon, id) };
  }
  return null;
}

/**
 * "die Älteren", "ein Fremder": a capitalised inflected adjective after an article, with no noun
 * after it, is a nominalised adjective; its headword ends in -e (die Ältere), its gender comes
 * from the phrase (lib/core/grammar).
 */
function nominalisedAdjective(lexicon: Lexicon, word: string, ctx: WordContext): WordAnalysis | null {
  if (ctx.isSentenceStart || ctx.prevPos !== "DET" || (ctx.nextText && isCapitalized(ctx.nextText))) return null;
  const ending = /(?:en|em|er|es|e)$/.exec(word)?.[0];
  if (!ending) return null;
  const lower = word.toLowerCase();
  const adjective = lexicon.lookupForm(lower).find((i) => lexicon.pos(i) === "ADJ" && lexicon.lemma(i) !== lower);
  if (adjective === undefined) return null;
  return {
    lemma: `${word.slice(0, -ending.length)}e`,
    pos: "NOUN",
    gloss: glossFor(lexicon, adjective),
    gender: null,
    plural: null,
    id: null,
  };
}

function guessUnknown(lexicon: Lexicon, word: string, ctx: WordContext): WordAnalysis {
  if (isCapitalized(word) && (!ctx.isSentenceStart || lexicon.lookupForm(word.toLowerCase()).length === 0)) {
    // Genitive of a name: Putins → Putin, when Putin is known or was seen.
    let lemma = word;
    if (/[^s]s$/.test(word) && word.length > 3) {
      const base = word.slice(0, -1);
      if (ctx.names.has(base) || lexicon.lookupForm(base).length > 0) lemma = base;
    }
    const adjectival = nominalisedAdjective(lexicon, word, ctx);
    if (adjectival) return adjectival;
    const ids = lexicon.lookupForm(lemma);
    const id = ids[0];
    // "des Krieges": the base "Kriege" is an inflected form of a noun,
    // whose own lemma (Krieg) is the word's lemma.
    if (lemma !== word && id !== undefined) {
      return {
        ...fromLexeme(lexicon, id),
        lemma: lexicon.pos(id) === "NOUN" ? lexicon.lemma(id) : lemma,
        gloss: glossFor(lexicon, id),
      };
    }
    return { lemma, pos: "PROPN", gloss: null, gender: null, plural: null, id: null };
  }
  const lower = word.toLowerCase();
  for (const e of ADJ_ENDINGS) {
    if (!lower.endsWith(e) || lower.length - e.length < 3) continue;
    const stem = lower.slice(0, -e.length);
    const id = lexicon.lookupForm(stem).find((i) => lexicon.pos(i) === "ADJ");
    if (id !== undefined) return { ...fromLexeme(lexicon, id), gloss: glossFor(lexicon, id) };
  }
  return {
    lemma: isCapitalized(word) ? word : lower,
    pos: isCapitalized(word) ? "PROPN" : "X",
    gloss: null,
    gender: null,
    plural: null,
    id: null,
  };
}

/**
 * Comparative forms with a sense of their own: "weitere Sanktionen" are
 * further (additional) sanctions, not far ones. Keyed by adjective lemma.
 */
const COMPARATIVE_SENSES = new Map([
  ["weit", { stem: "weiter", gloss: "further" }],
  // "nächste Woche": the superlative of nah is next in time and order.
  ["nah", { stem: "nächst", gloss: "next" }],
]);

function comparativeGloss(lexicon: Lexicon, id: number, word: string): string | null {
  const sense = lexicon.pos(id) === "ADJ" ? COMPARATIVE_SENSES.get(lexicon.lemma(id)) : undefined;
  return sense && word.toLowerCase().startsWith(sense.stem) ? sense.gloss : null;
}

/** A declinable adjective (with an inflection table, not only Ding's label). */
function isTableAdjective(lexicon: Lexicon, id: number): boolean {
  return lexicon.pos(id) === "ADJ" && !(lexicon.flags(id) & LEXEME_FLAGS.dingOnly);
}

/**
 * "absolut lecker", "total nett", "gut beraten": an uninflected adjective
 * right before another adjective or participle modifies it. It stays an
 * adjective (UD ADJ), but English says "absolutely", so it takes the gloss
 * of Ding's adverb entry for the same word when there is one.
 */
function adverbialGloss(lexicon: Lexicon, id: number, word: string, ctx: WordContext): string | null {
  const lemma = lexicon.lemma(id);
  if (!isTableAdjective(lexicon, id) || lemma !== word.toLowerCase() || !ctx.nextText || isCapitalized(ctx.nextText))
    return null;
  if (
    !lexicon
      .lookupForm(ctx.nextText)
      .some((i) => isTableAdjective(lexicon, i) || (lexicon.flags(i) & LEXEME_FLAGS.participle) !== 0)
  )
    return null;
  const adverb = lexicon.lookupForm(lemma).find((i) => lexicon.pos(i) === "ADV" && lexicon.lemma(i) === lemma);
  return adverb !== undefined ? lexicon.gloss(adverb) : null;
}

/** A form the table lacks, derived from a known word (lexicon/derived-forms). */
function derivedAnalysis(lexicon: Lexicon, word: string, ctx: WordContext): WordAnalysis | null {
  const capital = isCapitalized(word);
  // "beim Chatten", "das Wählen": an infinitive after an article or preposition is a verbal noun.
  if (capital && (ctx.prevPos === "DET" || ctx.prevPos === "ADP")) {
    const gloss = verbalNounGloss(lexicon, word);
    if (gloss) return { lemma: word, pos: "NOUN", gloss, gender: "n", plural: null, id: null };
  }
  const d =
    derivedForm(lexicon, word) ??
    (capital && ctx.isSentenceStart ? derivedForm(lexicon, word.toLowerCase()) : undefined);
  if (!d) return null;
  if (d.noun)
    return {
      lemma: d.noun.lemma,
      pos: "NOUN",
      gloss: glossFor(lexicon, d.id),
      gender: d.noun.gender,
      plural: d.noun.plural,
      id: null,
    };
  return { ...fromLexeme(lexicon, d.id), gloss: glossFor(lexicon, d.id) };
}

function analyzeContentWord(lexicon: Lexicon, word: string, ctx: WordContext, noGuess = false): WordAnalysis | null {
  const id = bestCandidate(lexicon, word, ctx);
  if (id !== null) {
    const a = fromLexeme(lexicon, id);
    a.gloss =
      comparativeGloss(lexicon, id, word) ??
      adverbialGloss(lexicon, id, word, ctx) ??
      pluralGlossFor(lexicon, id, word) ??
      glossFor(lexicon, id);
    return a;
  }
  if (word.endsWith("-") && word.length > 3) {
    // "Staats- und Regierungschefs": the truncated first part of a compound.
    const t = truncatedAnalysis(lexicon, word.slice(0, -1));
    if (t) return t;
  }
  if (word.includes("-")) {
    const h = hyphenAnalysis(lexicon, word, ctx);
    if (h) return h;
  }
  const derived = derivedAnalysis(lexicon, word, ctx);
  if (derived) return derived;
  const c =
    compoundAnalysis(lexicon, word) ??
    (ctx.isSentenceStart ? compoundAnalysis(lexicon, capitalize(word.toLowerCase())) : null);
  // "tausende Stellen", "hunderte Fans": a lower-case spelling of a noun form (allowed for these
  // since 2006) rather than a compound split of it (tau|sende).
  // An adjective compound in lower case stays one ("die leibeigenen Bauern", not die Leibeigene).
  if (c && c.pos !== "ADJ" && !isCapitalized(word)) {
    const noun = bestCandidate(lexicon, capitalize(word), { ...ctx, isSentenceStart: false });
    const gloss = noun !== null && lexicon.pos(noun) === "NOUN" ? glossFor(lexicon, noun) : null;
    if (gloss) return { ...fromLexeme(lexicon, noun!), gloss };
  }
  // "in Göttingen", "Herr Feldkamp": a name, not Göttin|gen "goddess gene".
  const parts = c?.compound?.parts;
  if (parts && isCapitalized(word) && readsAsName(word, parts, ctx))
    return nameAnalysis(word, parts[parts.length - 1]!);
  if (c) return c;
  if (ctx.isSentenceStart && isCapitalized(word)) {
    const lowerC = compoundAnalysis(lexicon, word.toLowerCase());
    if (lowerC) return lowerC;
  }
  return noGuess ? null : guessUnknown(lexicon, word, ctx);
}

/**
 * Analyses one word token in its sentence context.
 *
 * @example
 * analyzeWord(lexicon, "Gesprächs", { isSentenceStart: false, prevPos: "ADJ", prevText: "persönlichen", nextText: "lud", names: new Set() });
 * // → { lemma: "Gespräch", pos: "NOUN", gloss: "conversation", gender: "n", plural: "Gespräche", id: … }
 */
export function analyzeWord(lexicon: Lexicon, word: string, ctx: WordContext): WordAnalysis {
  // Most words are ASCII or precomposed already: normalise only when needed.
  const composed = ASCII_OR_PRECOMPOSED.test(word) ? word : word.normalize("NFC");
  const form = composed.includes("’") ? composed.replace(/’/g, "'") : composed;
  const polite = !ctx.isSentenceStart ? POLITE_FORMS.get(form) : undefined;
  if (polite) return { ...polite, gender: null, plural: null, id: null };
  const title = ENGLISH_TITLES.get(form);
  if (title && ctx.nextText && isCapitalized(ctx.nextText))
    return { ...title, gender: title.gender ?? null, plural: null, id: null };
  const lower = form.toLowerCase();
  if (form === lower || ctx.isSentenceStart || isAllCaps(form) || lower.endsWith(".")) {
    const fw = FUNCTION_WORDS.get(lower);
    if (fw) {
      // "sein Leben", "sein ganzes Leben": before a noun or an inflected adjective, sein is the possessive.
      if (
        lower === "sein" &&
        !(ctx.nextText && (isCapitalized(ctx.nextText) || isInflectedAdjective(lexicon, ctx.nextText)))
      ) {
        const verb = lexicon.lookupForm("sein").find((i) => lexicon.pos(i) === "AUX");
        if (verb !== undefined) return fromLexeme(lexicon, verb);
      }
      if (lower === "zu" && ctx.nextText && !isCapitalized(ctx.nextText)) {
        const nextIsInfinitive = lexicon
          .lookupForm(ctx.nextText)
          .some((i) => (lexicon.pos(i) === "VERB" || lexicon.pos(i) === "AUX") && lexicon.lemma(i) === ctx.nextText);
        if (nextIsInfinitive) return { lemma: "zu", pos: "PART", gloss: "to", gender: null, plural: null, id: null };
      }
      return { lemma: fw.lemma, pos: fw.pos, gloss: fw.gloss, gender: fw.gender ?? null, plural: null, id: null };
    }
  }
  const n = form.charCodeAt(0) < 58 ? numberWord(form) : null;
  if (n && isDecade(form) && !(ctx.nextText && isCapitalized(ctx.nextText))) {
    // "in den 1970ern": a decade without its noun stands for die …er Jahre, a neuter plural.
    return { ...n, pos: "NOUN", gender: "n", plural: n.lemma, id: null };
  }
  if (n) return { ...n, gender: null, plural: null, id: null };
  // "z. B." is zum Beispiel; a "B." elsewhere is an initial.
  if (form === "B." && ctx.prevText === "z.")
    return { lemma: "Beispiel", pos: "NOUN", gloss: "example", gender: "n", plural: null, id: null };
  const analysis = analyzeContentWord(lexicon, form, ctx) ?? guessUnknown(lexicon, form, ctx);
  return analysis.gloss === null && form === lower ? withVariantGloss(lexicon, analysis) : analysis;
}

/** An adjective without a gloss (or an unknown word with an adjective's ending) glossed by its dictionary spelling. */
function withVariantGloss(lexicon: Lexicon, a: WordAnalysis): WordAnalysis {
  if (a.pos === "ADJ") {
    const gloss = variantAdjectiveGloss(lexicon, a.lemma);
    return gloss ? { ...a, gloss } : a;
  }
  if (a.pos !== "X") return a;
  for (const e of ["", ...ADJ_ENDINGS]) {
    if (!a.lemma.endsWith(e) || a.lemma.length - e.length < 5) continue;
    const stem = a.lemma.slice(0, a.lemma.length - e.length);
    const gloss = variantAdjectiveGloss(lexicon, stem);
    if (gloss) return { ...a, lemma: stem, pos: "ADJ", gloss };
  }
  return a;
}
