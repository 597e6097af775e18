/**
 * The two CSV exports: one for spreadsheets (a header row, plain text, cells
 * that a spreadsheet would run as formulas defused) and one in Anki's own
 * text-import dialect (header directives instead of a header row, HTML
 * fields, a tags and a guid column), so Anki imports it without questions.
 */
import { computeNoteGuid, contextHtml, escapeHtml, normalizeTags, type ExportNote } from "./export-note";

function quoteCsv(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Spreadsheets run a cell that starts with =, +, -, @ (or a tab or carriage
 * return in front of one) as a formula — a word list could then call out to
 * the network or run commands (OWASP "CSV injection"). A leading apostrophe
 * makes the cell text, and Excel, LibreOffice and Google Sheets hide it.
 *
 * @example
 * neutralizeFormula("=HYPERLINK(\"http://x\")"); // "'=HYPERLINK(\"http://x\")"
 * neutralizeFormula("-ung"); // "'-ung"
 * neutralizeFormula("das Haus"); // "das Haus"
 */
export function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function toCsvLine(cells: readonly string[]): string {
  return cells.map(quoteCsv).join(",") + "\r\n";
}

/**
 * Spreadsheet CSV (RFC 4180: comma-separated, CRLF line ends, fields with
 * comma, quote or line break quoted and quotes doubled) with a header row;
 * every cell is passed through `neutralizeFormula`. Tags are joined by spaces.
 *
 * @example
 * buildCsv([{ german: "das Angebot", english: "offer, bid", context: "Er sagt: \"Ja\"." }]);
 * // 'German,English,Context,Context translation,Tags\r\ndas Angebot,"offer, bid","Er sagt: ""Ja"".",,\r\n'
 */
export function buildCsv(notes: readonly ExportNote[]): string {
  const rows = [["German", "English", "Context", "Context translation", "Tags"]];
  for (const note of notes) {
    rows.push([
      note.german,
      note.english,
      note.context,
      note.contextTranslation ?? "",
      normalizeTags(note.tags).join(" "),
    ]);
  }
  return rows.map((row) => toCsvLine(row.map(neutralizeFormula))).join("");
}

/** Column labels of the Anki CSV, in order; Anki maps them to the note type's fields on import. */
export const ANKI_CSV_COLUMNS = ["German", "English", "Context", "Tags", "GUID"] as const;

/**
 * CSV in Anki's text-import dialect (Anki 2.1.55+): `#` header directives name
 * the separator, say the fields are HTML, label the columns and mark the tags
 * and guid columns, so no header row is imported as a note. Fields are
 * HTML-escaped like the .apkg's; the guid matches the .apkg's note guid.
 *
 * @example
 * await buildAnkiCsv([{ german: "das Angebot", english: "offer", context: "Er nimmt es an." }], "Lesefluss");
 * // "#separator:Comma\r\n#html:true\r\n#columns:German,English,Context,Tags,GUID\r\n…"
 */
export async function buildAnkiCsv(notes: readonly ExportNote[], deckName: string): Promise<string> {
  const header = [
    "#separator:Comma",
    "#html:true",
    `#columns:${ANKI_CSV_COLUMNS.join(",")}`,
    `#tags column:${ANKI_CSV_COLUMNS.indexOf("Tags") + 1}`,
    `#guid column:${ANKI_CSV_COLUMNS.indexOf("GUID") + 1}`,
    // A deck name is free text up to the line end; a line break in it would start a record.
    `#deck:${deckName.replace(/[\r\n]+/g, " ")}`,
  ];
  const lines = header.map((line) => `${line}\r\n`);
  for (const note of notes) {
    lines.push(
      toCsvLine([
        escapeHtml(note.german.trim()),
        escapeHtml(note.english.trim()),
        contextHtml(note),
        normalizeTags(note.tags).join(" "),
        await computeNoteGuid(note),
      ]),
    );
  }
  return lines.join("");
}
