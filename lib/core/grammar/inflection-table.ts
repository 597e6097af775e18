/**
 * The full inflection table of a lemma for the dictionary panel, and the
 * short grammar of a review card's answer side, from the lexicon's tables:
 * verbs by person in the present, simple past, subjunctive II and perfect;
 * nouns by case in the singular and plural with their articles.
 */

import type { Lexicon } from "../lexicon/index";
import { decodeParadigm, NOUN_CELLS, VERB_CELL } from "./paradigms";
import { perfectAuxiliary, principalParts, verbForms } from "./verbs";

export interface InflectionTable {
  /** What the table shows ("Conjugation of einladen"). */
  caption: string;
  /** Column headings after the row heading ("present", "simple past" … or "singular", "plural"). */
  columns: string[];
  /** Each row: its heading ("er/sie/es", "dative") and one cell per column. */
  rows: { heading: string; cells: string[] }[];
}

const PERSONS = ["ich", "du", "er/sie/es", "wir", "ihr", "sie/Sie"];
const HABEN = ["habe", "hast", "hat", "haben", "habt", "haben"];
const SEIN = ["bin", "bist", "ist", "sind", "seid", "sind"];
const CASES = ["nominative", "genitive", "dative", "accusative"];
const ARTICLES: Record<"m" | "f" | "n" | "p", string[]> = {
  m: ["der", "des", "dem", "den"],
  f: ["die", "der", "der", "die"],
  n: ["das", "des", "dem", "das"],
  p: ["die", "der", "den", "die"],
};

function lexemeId(lexicon: Lexicon, lemma: string, pos: string[]): number | undefined {
  return lexicon.lookupForm(lemma).find((i) => lexicon.lemma(i) === lemma && pos.includes(lexicon.pos(i)));
}

/**
 * The conjugation or declension table of a lemma; null for other parts of
 * speech or when the lexicon has no table.
 *
 * @example
 * inflectionTable(lexicon, "einladen", "VERB")?.rows[2];
 * // { heading: "er/sie/es", cells: ["lädt ein", "lud ein", "lüde ein", "hat eingeladen"] }
 * inflectionTable(lexicon, "Präsident", "NOUN")?.rows[1];
 * // { heading: "genitive", cells: ["des Präsidenten", "der Präsidenten"] }
 */
export function inflectionTable(lexicon: Lexicon, lemma: string, pos: string): InflectionTable | null {
  if (pos === "VERB" || pos === "AUX") return verbTable(lexicon, lemma);
  if (pos === "NOUN") return nounTable(lexicon, lemma);
  return null;
}

function verbTable(lexicon: Lexicon, lemma: string): InflectionTable | null {
  const id = lexemeId(lexicon, lemma, ["VERB", "AUX"]);
  const forms = id !== undefined ? verbForms(lexicon, id) : null;
  const participle = forms?.[VERB_CELL.pa2];
  if (id === undefined || !forms || !participle) return null;
  const aux = perfectAuxiliary(lexicon, id) === "sein" ? SEIN : HABEN;
  const block = (b: number, slot: number): string => forms[VERB_CELL.finite + b * 6 + slot] ?? "—";
  return {
    caption: `Conjugation of ${lemma}`,
    columns: ["present", "simple past", "subjunctive II", "perfect"],
    rows: PERSONS.map((heading, slot) => ({
      heading,
      cells: [block(0, slot), block(1, slot), block(3, slot), `${aux[slot]} ${participle}`],
    })),
  };
}

function nounTable(lexicon: Lexicon, lemma: string): InflectionTable | null {
  const id = lexemeId(lexicon, lemma, ["NOUN"]);
  if (id === undefined) return null;
  const gender = lexicon.gender(id);
  const pattern = lexicon.paradigm?.(id);
  if (!gender || !pattern) return null;
  const cells = decodeParadigm(lemma, pattern);
  if (cells.length !== NOUN_CELLS.length) return null;
  const hasPlural = cells.slice(4).some((c) => c);
  // Morphy lists the old dative -e (dem Hunde); the bare form is today's usual dative.
  if (cells[2] === `${cells[0]}e` && gender !== "f") cells[2] = cells[0]!;
  return {
    caption: `Declension of ${ARTICLES[gender][0]} ${lemma}`,
    columns: hasPlural ? ["singular", "plural"] : ["singular"],
    rows: CASES.map((heading, c) => ({
      heading,
      cells: [
        cells[c] ? `${ARTICLES[gender][c]} ${cells[c]}` : "—",
        ...(hasPlural ? [cells[4 + c] ? `${ARTICLES.p[c]} ${cells[4 + c]}` : "—"] : []),
      ],
    })),
  };
}

/**
 * The grammar on a review card's answer side: a noun's plural with its
 * article, a verb's principal parts with the perfect auxiliary; null for
 * other words or when the lexicon does not know them.
 *
 * @example
 * cardGrammar(lexicon, "Einladung", "NOUN"); // "plural: die Einladungen"
 * cardGrammar(lexicon, "einladen", "VERB"); // "einladen · lädt ein · lud ein · hat eingeladen"
 */
export function cardGrammar(lexicon: Lexicon, lemma: string, pos: string): string | null {
  if (pos === "NOUN") {
    const id = lexemeId(lexicon, lemma, ["NOUN"]);
    const plural = id !== undefined ? lexicon.plural(id) : null;
    if (!plural) return null;
    return plural === lemma ? `plural: die ${plural} (unchanged)` : `plural: die ${plural}`;
  }
  if (pos === "VERB" || pos === "AUX") {
    const id = lexemeId(lexicon, lemma, ["VERB", "AUX"]);
    const parts = id !== undefined ? principalParts(lexicon, id) : null;
    return parts ? `${lemma} · ${parts.present} · ${parts.past} · ${parts.perfect}` : null;
  }
  return null;
}
