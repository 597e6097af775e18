/**
 * The word family of a verb as a vote for its main sense. A German verb and
 * the noun derived from it usually share their main meaning, and so do
 * their English translations: zerstören/Zerstörung → destroy/destruction,
 * lösen/Lösung → solve/solution, gründen/Gründung → found/foundation.
 * Ding's senses of the noun are ranked on their own, so a verb sense whose
 * English word shares its stem with the noun's main gloss is the verb's main
 * sense, not a side sense the English word frequencies happen to favour
 * (zerstören → "to kill").
 */

/**
 * Nouns derived from a verb: the action noun (-ung), the agent noun (-er)
 * and the bare stem (versuchen → Versuch, beginnen → Beginn).
 * Verbs in -eln make both "Sammlung" and "Regelung"; the lexicon decides
 * which exists.
 *
 * @example
 * derivedNouns("zerstören"); // ["Zerstörung", "Zerstörer", "Zerstör"]
 */
export function derivedNouns(verb: string): string[] {
  const m = /^(\p{L}{3,}?)(e?)n$/u.exec(verb);
  if (!m || verb.includes(" ")) return [];
  const stem = m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1);
  const nouns = [`${stem}ung`, `${stem}er`, stem];
  if (!m[2] && stem.endsWith("el")) nouns.push(`${stem.slice(0, -2)}lung`);
  return nouns;
}

/** Shortest shared beginning that makes two English words one family (destroy/destruction: "destr"). */
const MIN_SHARED_PREFIX = 5;

function contentWords(gloss: string): string[] {
  return gloss
    .toLowerCase()
    .replace(/^to /, "")
    .split(/[\s/-]+/)
    .filter((w) => w.length >= 3 && !/^(?:sth|sb|one's|oneself|the|and|for|with|from|into|out|off|up)$/.test(w));
}

/**
 * Stems of an English word as its Latin derivatives spell them: solve →
 * "solu" (solution), describe → "descrip" (description), decide → "decis"
 * (decision), and the bare stem without a final e (produce → "produc").
 */
function latinStems(word: string): string[] {
  const bare = word.replace(/e$/, "");
  const stems = [bare];
  if (/ve$/.test(word)) stems.push(`${word.slice(0, -2)}u`);
  else if (/be$/.test(word)) stems.push(`${word.slice(0, -2)}p`);
  else if (/de$/.test(word)) stems.push(`${word.slice(0, -2)}s`);
  return stems;
}

/**
 * Whether the gloss shares an English stem with one of the family's words:
 * a whole word's stem ("own" / "owner") or a long shared beginning.
 *
 * @example
 * sharesFamilyStem("to destroy", ["destruction"]); // true
 * sharesFamilyStem("to kill", ["destruction"]); // false
 */
export function sharesFamilyStem(gloss: string, family: readonly string[]): boolean {
  const words = contentWords(gloss);
  for (const f of family)
    for (const fw of contentWords(f))
      for (const w of words) {
        for (const stem of latinStems(w)) if (stem.length >= 3 && fw.startsWith(stem)) return true;
        let n = 0;
        while (n < w.length && n < fw.length && w[n] === fw[n]) n++;
        if (n >= MIN_SHARED_PREFIX) return true;
      }
  return false;
}
