/**
 * The hand-curated table of preferred learner glosses
 * (data/glosses/preferred.tsv): for very common German lemmas whose usual
 * sense no general rule can pick from Ding's entries (erhalten → "to
 * receive", not "to maintain"), the gloss a learner expects. Applied by the
 * index build after the ranking of ./select-gloss.ts; the other senses stay
 * in the dictionary panel.
 */

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export const PREFERRED_GLOSSES_FILE = "data/glosses/preferred.tsv";

/**
 * Parses the table: `lemma<TAB>UPOS<TAB>gloss` per line, `#` comments and
 * blank lines ignored. Returns a map keyed `lemma\tUPOS`.
 *
 * @example
 * parsePreferredGlosses("erhalten\tVERB\tto receive\n").get("erhalten\tVERB"); // "to receive"
 */
export function parsePreferredGlosses(text: string): Map<string, string> {
  const table = new Map<string, string>();
  text.split("\n").forEach((raw, i) => {
    const line = raw.replace(/\r$/, "");
    if (!line.trim() || line.startsWith("#")) return;
    const [lemma, pos, gloss, ...rest] = line.split("\t");
    if (!lemma || !pos || !gloss || rest.length > 0 || !/^[A-Z]+$/.test(pos)) {
      throw new Error(`${PREFERRED_GLOSSES_FILE}:${i + 1}: expected "lemma<TAB>UPOS<TAB>gloss"`);
    }
    table.set(`${lemma.trim()}\t${pos}`, gloss.trim());
  });
  return table;
}

/** Reads the table under the project root; empty when the file is absent. */
export function readPreferredGlosses(root: string): Map<string, string> {
  const file = path.join(root, PREFERRED_GLOSSES_FILE);
  return existsSync(file) ? parsePreferredGlosses(readFileSync(file, "utf8")) : new Map();
}
