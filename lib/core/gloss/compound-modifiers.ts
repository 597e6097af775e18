/**
 * The hand-curated table of compound first-part glosses
 * (data/glosses/compound-modifiers.tsv): how a modifier reads in a compound
 * the dictionary lacks (Ersatz|teil a spare part, Haupt|bahnhof a main
 * station), where the word's own gloss ("compensation", "head") is wrong.
 * Read by ../lexicon/compounds.ts when it builds a gloss from the parts.
 */

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export const COMPOUND_MODIFIERS_FILE = "data/glosses/compound-modifiers.tsv";

/**
 * Parses the table: `part<TAB>gloss` per line, `#` comments and blank
 * lines ignored.
 *
 * @example
 * parseCompoundModifiers("Ersatz\tspare\n").get("Ersatz"); // "spare"
 */
export function parseCompoundModifiers(text: string): Map<string, string> {
  const table = new Map<string, string>();
  text.split("\n").forEach((raw, i) => {
    const line = raw.replace(/\r$/, "");
    if (!line.trim() || line.startsWith("#")) return;
    const [part, gloss, ...rest] = line.split("\t");
    if (!part?.trim() || !gloss?.trim() || rest.length > 0) {
      throw new Error(`${COMPOUND_MODIFIERS_FILE}:${i + 1}: expected "part<TAB>gloss"`);
    }
    table.set(part.trim(), gloss.trim());
  });
  return table;
}

/** Reads the table under the project root; empty when the file is absent. */
export function readCompoundModifiers(root: string): Map<string, string> {
  const file = path.join(/*turbopackIgnore: true*/ root, COMPOUND_MODIFIERS_FILE);
  return existsSync(file) ? parseCompoundModifiers(readFileSync(file, "utf8")) : new Map();
}
