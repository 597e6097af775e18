/**
 * The hand-curated table of preferred learner glosses
 * (data/glosses/preferred.tsv): for very common German lemmas whose usual
 * sense no general rule can pick from Ding's entries (erhalten → "to
 * receive", not "to maintain"), the gloss a learner expects. Applied by the
 * index build after the ranking of ./select-gloss.ts; the other senses stay
 * in the dictionary panel.
 */

import { parseTsvRows } from "./tsv-table";

export const PREFERRED_GLOSSES_FILE = "data/glosses/preferred.tsv";

/**
 * Parses the table: `lemma<TAB>UPOS<TAB>gloss` per line. Returns a map keyed `lemma\tUPOS`.
 *
 * @example
 * parsePreferredGlosses("erhalten\tVERB\tto receive\n").get("erhalten\tVERB"); // "to receive"
 */
export function parsePreferredGlosses(text: string): Map<string, string> {
  const shape = { file: PREFERRED_GLOSSES_FILE, columns: 3, shape: "lemma<TAB>UPOS<TAB>gloss" };
  const table = new Map<string, string>();
  parseTsvRows(text, shape).forEach(([lemma, pos, gloss]) => {
    if (!/^[A-Z]+$/.test(pos!))
      throw new Error(`${PREFERRED_GLOSSES_FILE}: "${pos}" is not a UD part of speech (row of ${lemma})`);
    table.set(`${lemma}\t${pos}`, gloss!);
  });
  return table;
}
