/**
 * The hand-curated gloss tables under data/glosses/ are TSV files: one row
 * per line, `#` comments and blank lines ignored. This reads their rows and
 * names the file and line of a malformed one.
 */

/**
 * Rows of `columns` trimmed, non-empty cells; throws `file:line: expected "<shape>"` otherwise.
 *
 * @example
 * parseTsvRows("# note\nErsatz\tspare\n", { file: "t.tsv", columns: 2, shape: "part<TAB>gloss" }); // [["Ersatz", "spare"]]
 */
export function parseTsvRows(text: string, table: { file: string; columns: number; shape: string }): string[][] {
  const rows: string[][] = [];
  text.split("\n").forEach((raw, i) => {
    const line = raw.replace(/\r$/, "");
    if (!line.trim() || line.startsWith("#")) return;
    const cells = line.split("\t").map((cell) => cell.trim());
    if (cells.length !== table.columns || cells.some((cell) => !cell)) {
      throw new Error(`${table.file}:${i + 1}: expected "${table.shape}"`);
    }
    rows.push(cells);
  });
  return rows;
}
