/**
 * The hand-curated table of compound first-part glosses
 * (data/glosses/compound-modifiers.tsv): how a modifier reads in a compound
 * the dictionary lacks (Ersatz|teil a spare part, Haupt|bahnhof a main
 * station), where the word's own gloss ("compensation", "head") is wrong.
 * Read with the lexicon (lib/server/lexicon/lexicon-cache.ts); used by
 * ../lexicon/compounds.ts when it builds a gloss from the parts.
 */

import { parseTsvRows } from "./tsv-table";

export const COMPOUND_MODIFIERS_FILE = "data/glosses/compound-modifiers.tsv";

/**
 * Parses the table: `part<TAB>gloss` per line.
 *
 * @example
 * parseCompoundModifiers("Ersatz\tspare\n").get("Ersatz"); // "spare"
 */
export function parseCompoundModifiers(text: string): Map<string, string> {
  const rows = parseTsvRows(text, { file: COMPOUND_MODIFIERS_FILE, columns: 2, shape: "part<TAB>gloss" });
  return new Map(rows.map(([part, gloss]) => [part!, gloss!]));
}
