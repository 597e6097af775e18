/**
 * Word classes the clause pass needs to give noun phrases their role, from
 * a German grammar: nouns of time that stand as adverbial accusatives
 * ("jeden Tag", "die letzten Monate", "Anfang Oktober"), the auxiliaries
 * and modals that are no main verb of their clause, and the copulas.
 */

const MONTHS =
  "Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember " +
  "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag";

/** Nouns naming a stretch or point of time: in the accusative without a preposition they say when or how long. */
const TIME_NOUNS = new Set(
  (
    "Sekunde Minute Stunde Tag Woche Wochenende Monat Quartal Jahr Jahrzehnt Jahrhundert Jahrtausend " +
    "Morgen Vormittag Mittag Nachmittag Abend Nacht Frühling Frühjahr Sommer Herbst Winter Saison Semester " +
    "Mal Weile Zeit Zeitraum Moment Augenblick " +
    MONTHS
  ).split(" "),
);
const MONTH_NAMES = new Set(MONTHS.split(" "));

/** "Anfang Oktober", "Mitte der 70er Jahre", "Ende 2015": a part of a period, itself an adverbial accusative. */
const PERIOD_PARTS = new Set(["Anfang", "Beginn", "Mitte", "Ende"]);

/** Adverbs of the day before a part of the day ("heute Morgen", "gestern Abend"). */
const DAY_ADVERBS = new Set(["heute", "gestern", "morgen", "vorgestern", "übermorgen"]);

/** Determiners and adjectives that make a noun of time an adverbial ("jeden Tag", "letzte Woche", "den ganzen Abend"). */
const TIME_MODIFIERS = new Set(
  (
    "jeder dieser jener aller letzt nächst vergangen kommend ganz folgend selb vorig darauffolgend " +
    "übernächst vorletzt kommend laufend gesamt"
  ).split(" "),
);

const CARDINALS = new Set(
  "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig fünfzig hundert tausend".split(
    " ",
  ),
);

/** A cardinal above one in letters, whatever its capital ("Zwei Jahre später"). */
export function isCardinalWord(word: string | undefined): boolean {
  return word !== undefined && CARDINALS.has(word.toLowerCase());
}

export function isTimeNoun(lemma: string | undefined): boolean {
  return lemma !== undefined && TIME_NOUNS.has(lemma);
}
export function isMonthName(lemma: string | undefined): boolean {
  return lemma !== undefined && MONTH_NAMES.has(lemma);
}
export function isPeriodPart(lemma: string | undefined): boolean {
  return lemma !== undefined && PERIOD_PARTS.has(lemma);
}
export function isDayAdverb(word: string | undefined): boolean {
  return word !== undefined && DAY_ADVERBS.has(word.toLowerCase());
}
export function isTimeModifier(lemma: string | undefined): boolean {
  return lemma !== undefined && TIME_MODIFIERS.has(lemma.toLowerCase());
}

/** sein, werden, bleiben, heißen: their complement is a second nominative ("Er ist Lehrer", "Sie wird Ärztin"). */
export const COPULAS = new Set(["sein", "werden", "bleiben", "heißen"]);

/** Verbs that only carry tense, mood or voice for another verb of the clause. */
const AUXILIARIES = new Set(["sein", "werden", "haben", "können", "müssen", "dürfen", "sollen", "wollen", "mögen"]);

export function isAuxiliaryLemma(lemma: string): boolean {
  return AUXILIARIES.has(lemma);
}

/**
 * Intransitive verbs of existence, occurrence and appearance: after a clause-initial expletive es
 * their subject follows ("Es besteht die Möglichkeit", "Es fehlt das Geld", "Es folgte ein Streit").
 */
const PRESENTATIONAL_VERBS = new Set(
  (
    "bestehen existieren herrschen fehlen entstehen erscheinen folgen kommen geschehen passieren " +
    "stattfinden auftreten bleiben gelten drohen mangeln"
  ).split(" "),
);

export function isPresentationalVerb(lemma: string): boolean {
  return PRESENTATIONAL_VERBS.has(lemma);
}
