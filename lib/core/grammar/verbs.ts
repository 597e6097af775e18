/**
 * Readings of a verb form from its lexeme's inflection table: every cell
 * the form fills (laden = infinitive, 1st/3rd plural present indicative or
 * subjunctive I), narrowed later by the clause.
 */

import type { Lexicon } from "../lexicon/index";
import { LEXEME_FLAGS } from "../lexicon/index";
import { SEPARABLE_PARTICLES } from "../lexicon/separable-verbs";
import { decodeParadigm, FINITE_BLOCKS, VERB_CELL, VERB_CELL_COUNT } from "./paradigms";

export interface VerbReading {
  verbForm: "Fin" | "Inf" | "Part";
  tense?: "Pres" | "Past";
  mood?: "Ind" | "Sub" | "Imp";
  person?: "1" | "2" | "3";
  number?: "Sing" | "Plur";
}

/** Decoded tables per lexicon and lexeme: every verb token would decode its table again otherwise. */
const decoded = new WeakMap<Lexicon, Map<number, (string | null)[] | null>>();

/** The verb's forms (the cells of its table), null when it has no table. */
export function verbForms(lexicon: Lexicon, id: number): (string | null)[] | null {
  let cache = decoded.get(lexicon);
  if (!cache) decoded.set(lexicon, (cache = new Map()));
  let forms = cache.get(id);
  if (forms === undefined) {
    const pattern = lexicon.paradigm?.(id);
    forms = pattern ? decodeParadigm(lexicon.lemma(id), pattern) : null;
    if (forms && forms.length !== VERB_CELL_COUNT) forms = null;
    if (cache.size >= 50_000) cache.clear();
    cache.set(id, forms);
  }
  return forms;
}

function cellReading(i: number): VerbReading {
  if (i === VERB_CELL.inf || i === VERB_CELL.eiz) return { verbForm: "Inf" };
  if (i === VERB_CELL.pa1) return { verbForm: "Part", tense: "Pres" };
  if (i === VERB_CELL.pa2) return { verbForm: "Part", tense: "Past" };
  if (i === VERB_CELL.impSing) return { verbForm: "Fin", mood: "Imp", person: "2", number: "Sing" };
  if (i === VERB_CELL.impPlur) return { verbForm: "Fin", mood: "Imp", person: "2", number: "Plur" };
  const k = i - VERB_CELL.finite;
  const block = FINITE_BLOCKS[Math.floor(k / 6)]!;
  const slot = k % 6;
  return {
    verbForm: "Fin",
    tense: block.tense,
    mood: block.mood,
    person: String((slot % 3) + 1) as "1" | "2" | "3",
    number: slot < 3 ? "Sing" : "Plur",
  };
}

/**
 * All readings of `form` in the table of lexeme `id` (joined "einlud" and
 * separated "lud" both fill the cell "lud ein").
 *
 * @example
 * verbReadings(lexicon, einladenId, "lud"); // [{ verbForm: "Fin", tense: "Past", mood: "Ind", person: "1", number: "Sing" }, { … person: "3" … }]
 */
/**
 * Readings per lexicon, lexeme and form: a text uses the same verb forms again and again, and
 * matching a form against every cell is the cost. The arrays and readings are shared: read-only.
 */
const readingCache = new WeakMap<Lexicon, Map<number, Map<string, VerbReading[]>>>();

export function verbReadings(lexicon: Lexicon, id: number, form: string): VerbReading[] {
  let byId = readingCache.get(lexicon);
  if (!byId) readingCache.set(lexicon, (byId = new Map()));
  let byForm = byId.get(id);
  if (!byForm) {
    if (byId.size >= 50_000) byId.clear();
    byId.set(id, (byForm = new Map()));
  }
  let readings = byForm.get(form);
  if (!readings) byForm.set(form, (readings = computeVerbReadings(lexicon, id, form)));
  return readings;
}

function computeVerbReadings(lexicon: Lexicon, id: number, form: string): VerbReading[] {
  const forms = verbForms(lexicon, id);
  if (!forms) return [];
  const lower = form.toLowerCase();
  const out = readingsOf(forms, lower);
  // Morphy spells many verbs the old way (muß, mußte, faßt um): "muss" is "muß", "umfasst" also "umfaßt".
  if (lower.includes("ss")) {
    const old = readingsOf(forms, lower.replace(/ss/g, "ß"));
    out.push(...old.filter((r) => !out.some((o) => sameReading(o, r))));
  }
  return out.length > 0 ? out : weakPastReadings(lexicon.lemma(id), forms, lower);
}

/** The cell of the 3rd person singular simple past ("lud ein"). */
const PAST_THIRD_SINGULAR =
  VERB_CELL.finite + 6 * FINITE_BLOCKS.findIndex((b) => b.tense === "Past" && b.mood === "Ind") + 2;

const WEAK_PAST_ENDINGS: [string, VerbReading[]][] = [
  ["test", [{ verbForm: "Fin", tense: "Past", mood: "Ind", person: "2", number: "Sing" }]],
  ["tet", [{ verbForm: "Fin", tense: "Past", mood: "Ind", person: "2", number: "Plur" }]],
  [
    "ten",
    [
      { verbForm: "Fin", tense: "Past", mood: "Ind", person: "1", number: "Plur" },
      { verbForm: "Fin", tense: "Past", mood: "Ind", person: "3", number: "Plur" },
    ],
  ],
  [
    "te",
    [
      { verbForm: "Fin", tense: "Past", mood: "Ind", person: "1", number: "Sing" },
      { verbForm: "Fin", tense: "Past", mood: "Ind", person: "3", number: "Sing" },
    ],
  ],
];

/**
 * The lexicon gives a verb with a strong table the weak past forms its
 * weak participle implies (schaffte beside schuf; see weakPreteriteForms in
 * the lexicon build); the table has one cell per slot, so those forms are
 * read from their endings: the verb's stem (particle first when joined) + te.
 */
function weakPastReadings(lemma: string, forms: (string | null)[], lower: string): VerbReading[] {
  const past = forms[PAST_THIRD_SINGULAR];
  const particle = past?.includes(" ") ? past.slice(past.indexOf(" ") + 1) : "";
  const stem = lemma.replace(/e?n$/, "");
  for (const [ending, readings] of WEAK_PAST_ENDINGS) {
    if (!lower.endsWith(ending)) continue;
    let head = lower.slice(0, -ending.length);
    if (head.endsWith("e") && !stem.endsWith("e")) head = head.slice(0, -1);
    if (head === stem || (particle && stem.startsWith(particle) && head === stem.slice(particle.length)))
      return readings;
    return [];
  }
  return [];
}

function sameReading(a: VerbReading, b: VerbReading): boolean {
  return (
    a.verbForm === b.verbForm &&
    a.tense === b.tense &&
    a.mood === b.mood &&
    a.person === b.person &&
    a.number === b.number
  );
}

function readingsOf(forms: (string | null)[], lower: string): VerbReading[] {
  const out: VerbReading[] = [];
  for (let i = 0; i < forms.length; i++) {
    const cell = forms[i];
    if (!cell) continue;
    const space = cell.indexOf(" ");
    // Lengths first: this runs for every cell of every verb token, and slices allocate.
    const match =
      space < 0
        ? cell === lower
        : (lower.length === space && cell.startsWith(lower)) ||
          (lower.length === cell.length - 1 && cell.slice(space + 1) + cell.slice(0, space) === lower);
    if (match) out.push(cellReading(i));
  }
  return out;
}

/** Verbs whose perfect takes "sein" without Ding saying so (its lines for them have no "ist/war"). */
const SEIN_PERFECT = new Set(["sein", "werden", "bleiben"]);

/** The perfect auxiliary: "sein" for verbs of motion and change of state (ist gegangen), else "haben". */
export function perfectAuxiliary(lexicon: Lexicon, id: number): "haben" | "sein" {
  const flags = lexicon.flags(id);
  const lemma = lexicon.lemma(id);
  if (SEIN_PERFECT.has(lemma) || flags & LEXEME_FLAGS.perfectSein) return "sein";
  if (flags & LEXEME_FLAGS.perfectHaben) return "haben";
  // A separable verb Ding gives no perfect for takes its base verb's (ankommen ← kommen).
  for (let i = 2; i < lemma.length - 3; i++) {
    if (!SEPARABLE_PARTICLES.has(lemma.slice(0, i))) continue;
    const base = lemma.slice(i);
    const baseId = lexicon
      .lookupForm(base)
      .find((o) => lexicon.lemma(o) === base && /^(VERB|AUX)$/.test(lexicon.pos(o)));
    if (baseId !== undefined) return perfectAuxiliary(lexicon, baseId);
  }
  return "haben";
}

/**
 * Principal parts for a learner: 3rd person singular present, simple past,
 * perfect ("lädt ein, lud ein, hat eingeladen").
 *
 * @example
 * principalParts(lexicon, einladenId); // { present: "lädt ein", past: "lud ein", perfect: "hat eingeladen" }
 */
export function principalParts(
  lexicon: Lexicon,
  id: number,
): { present: string; past: string; perfect: string } | null {
  const forms = verbForms(lexicon, id);
  const present = forms?.[VERB_CELL.finite + 2];
  const past = forms?.[VERB_CELL.finite + 6 + 2];
  const participle = forms?.[VERB_CELL.pa2];
  if (!present || !past || !participle) return null;
  const aux = perfectAuxiliary(lexicon, id) === "sein" ? "ist" : "hat";
  return { present, past, perfect: `${aux} ${participle}` };
}
