/**
 * Anki export: a classic .apkg (zip with `collection.anki2`, an SQLite
 * database in schema 11, plus a `media` map) that every Anki version since
 * 2.1 imports, and a CSV for spreadsheets. sql.js builds the database in
 * memory (WASM, no native build) and fflate zips it, so this runs in plain
 * Node without temp files.
 */
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import initSqlJs from "sql.js";

export interface ExportNote {
  german: string;
  english: string;
  /** The sentence the word was met in. */
  context: string;
  contextTranslation?: string | null;
  tags?: string[];
}

export interface BuildApkgOptions {
  deckName: string;
  /** Creation/modification time written into the collection (kept as an argument so output is reproducible). */
  now: Date;
  /** Path of sql-wasm.wasm; defaults to the copy in node_modules/sql.js/dist. */
  sqlWasmPath?: string;
}

/** Names of the note type's fields, in order. */
export const APKG_FIELD_NAMES = ["German", "English", "Context"] as const;
export const APKG_MODEL_NAME = "Lesefluss (German → English)";
/**
 * Fixed model id: Anki matches note types by id on import, so a second
 * export updates the same note type instead of creating "Lesefluss-1".
 */
export const APKG_MODEL_ID = 1_718_000_000_000;

const FIELD_SEPARATOR = "\x1f";

function resolveSqlWasm(file: string): string {
  // The project root is the cwd for Next and the CLIs. A computed module path
  // (createRequire(...).resolve(`sql.js/dist/${file}`)) would make the Next.js
  // bundler pull every file of sql.js/dist into the server build, and fail.
  return path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "sql.js", "dist", file);
}

let sqlPromise: ReturnType<typeof initSqlJs> | null = null;
function loadSql(wasmPath?: string): ReturnType<typeof initSqlJs> {
  if (wasmPath) return initSqlJs({ locateFile: () => wasmPath });
  sqlPromise ??= initSqlJs({ locateFile: resolveSqlWasm }).catch((error: unknown) => {
    sqlPromise = null;
    throw error;
  });
  return sqlPromise;
}

async function sha1(text: string): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.digest("SHA-1", new TextEncoder().encode(text)));
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * Anki's note checksum: the first 8 hex digits of the SHA-1 of the first
 * field (HTML stripped) as an integer; Anki uses it to find duplicates.
 *
 * @example
 * await computeFieldChecksum("das Haus"); // an integer < 2^32
 */
export async function computeFieldChecksum(firstField: string): Promise<number> {
  return Number.parseInt(toHex(await sha1(firstField)).slice(0, 8), 16);
}

// Anki's own guid alphabet (base91 without the field separator and quotes issues).
const GUID_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";

/**
 * Stable note guid derived from the word and its sentence, so exporting the
 * same card twice updates the note in Anki instead of duplicating it.
 *
 * @example
 * await computeNoteGuid({ german: "das Haus", english: "house", context: "Das Haus ist alt." }); // e.g. "f?Xk2#9qLm"
 */
export async function computeNoteGuid(note: Pick<ExportNote, "german" | "context">): Promise<string> {
  const bytes = await sha1(`lesefluss${FIELD_SEPARATOR}${note.german}${FIELD_SEPARATOR}${note.context}`);
  let value = 0n;
  for (const byte of bytes.slice(0, 8)) value = (value << 8n) | BigInt(byte);
  const base = BigInt(GUID_ALPHABET.length);
  let guid = "";
  do {
    guid = GUID_ALPHABET.charAt(Number(value % base)) + guid;
    value /= base;
  } while (value > 0n);
  return guid;
}

async function computeDeckId(deckName: string): Promise<number> {
  // Stable per name (same reason as the model id), within 2^48 and never the default deck 1.
  const hex = toHex(await sha1(`deck${FIELD_SEPARATOR}${deckName}`)).slice(0, 12);
  return Number.parseInt(hex, 16) + 2;
}

function normalizeTag(tag: string): string {
  // Anki separates tags by spaces.
  return tag.trim().replace(/\s+/g, "_");
}

const SCHEMA_SQL = `
CREATE TABLE col (
  id integer primary key, crt integer not null, mod integer not null, scm integer not null,
  ver integer not null, dty integer not null, usn integer not null, ls integer not null,
  conf text not null, models text not null, decks text not null, dconf text not null, tags text not null
);
CREATE TABLE notes (
  id integer primary key, guid text not null, mid integer not null, mod integer not null,
  usn integer not null, tags text not null, flds text not null, sfld integer not null,
  csum integer not null, flags integer not null, data text not null
);
CREATE TABLE cards (
  id integer primary key, nid integer not null, did integer not null, ord integer not null,
  mod integer not null, usn integer not null, type integer not null, queue integer not null,
  due integer not null, ivl integer not null, factor integer not null, reps integer not null,
  lapses integer not null, left integer not null, odue integer not null, odid integer not null,
  flags integer not null, data text not null
);
CREATE TABLE revlog (
  id integer primary key, cid integer not null, usn integer not null, ease integer not null,
  ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null,
  type integer not null
);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

const CARD_CSS = `.card { font-family: Arial, sans-serif; font-size: 24px; text-align: center; color: black; background-color: white; }
.context { font-size: 18px; margin-top: 1em; }
.context .translation { color: #666; font-style: italic; }`;

function buildModel(deckId: number, modSeconds: number): Record<string, unknown> {
  return {
    id: APKG_MODEL_ID,
    name: APKG_MODEL_NAME,
    type: 0,
    mod: modSeconds,
    usn: -1,
    sortf: 0,
    did: deckId,
    tmpls: [
      {
        name: "German → English",
        ord: 0,
        qfmt: "{{German}}",
        // The context carries the sentence translation, so it stays on the back.
        afmt: '{{FrontSide}}<hr id="answer">{{English}}<div class="context">{{Context}}</div>',
        did: null,
        bqfmt: "",
        bafmt: "",
      },
    ],
    flds: APKG_FIELD_NAMES.map((name, ord) => ({
      name,
      ord,
      sticky: false,
      rtl: false,
      font: "Arial",
      size: 20,
      media: [],
    })),
    css: CARD_CSS,
    latexPre:
      "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n",
    latexPost: "\\end{document}",
    latexsvg: false,
    // Card 0 is generated when field 0 (German) is non-empty.
    req: [[0, "any", [0]]],
    tags: [],
    vers: [],
  };
}

function buildDeck(id: number, name: string, modSeconds: number): Record<string, unknown> {
  return {
    id,
    name,
    mod: modSeconds,
    usn: -1,
    desc: "",
    dyn: 0,
    conf: 1,
    collapsed: false,
    browserCollapsed: false,
    extendNew: 0,
    extendRev: 0,
    newToday: [0, 0],
    revToday: [0, 0],
    lrnToday: [0, 0],
    timeToday: [0, 0],
  };
}

const DECK_CONFIG = {
  "1": {
    id: 1,
    name: "Default",
    mod: 0,
    usn: 0,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    dyn: false,
    new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20 },
    lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
    rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
  },
};

/**
 * Builds an Anki package with one note (and one new card) per entry, in a
 * deck named `deckName`, using a note type with fields German, English and
 * Context (the sentence, plus its translation when given). Field text is
 * HTML-escaped since Anki fields are HTML.
 *
 * @example
 * const bytes = await buildApkg(
 *   [{ german: "das Angebot", english: "offer", context: "Er nimmt das Angebot an.", tags: ["seed"] }],
 *   { deckName: "Lesefluss", now: new Date() },
 * );
 * // write bytes to "lesefluss.apkg"
 */
export async function buildApkg(notes: readonly ExportNote[], opts: BuildApkgOptions): Promise<Uint8Array> {
  const deckName = opts.deckName.trim();
  if (deckName === "") throw new RangeError("deckName must not be empty");
  const SQL = await loadSql(opts.sqlWasmPath);
  const nowMs = opts.now.getTime();
  const nowSeconds = Math.floor(nowMs / 1000);
  const deckId = await computeDeckId(deckName);

  const db = new SQL.Database();
  try {
    db.run(SCHEMA_SQL);
    db.run("INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')", [
      // Collection creation: day granularity, as Anki stores it.
      Math.floor(nowSeconds / 86_400) * 86_400,
      nowMs,
      nowMs,
      JSON.stringify({
        activeDecks: [deckId],
        curDeck: deckId,
        newSpread: 0,
        collapseTime: 1200,
        timeLim: 0,
        estTimes: true,
        dueCounts: true,
        curModel: String(APKG_MODEL_ID),
        nextPos: notes.length + 1,
        sortType: "noteFld",
        sortBackwards: false,
        addToCur: true,
      }),
      JSON.stringify({ [String(APKG_MODEL_ID)]: buildModel(deckId, nowSeconds) }),
      JSON.stringify({
        "1": buildDeck(1, "Default", nowSeconds),
        [String(deckId)]: buildDeck(deckId, deckName, nowSeconds),
      }),
      JSON.stringify(DECK_CONFIG),
    ]);

    const insertNote = db.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
    const insertCard = db.prepare("INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')");
    try {
      for (const [index, note] of notes.entries()) {
        const german = note.german.trim();
        const contextHtml =
          escapeHtml(note.context) +
          (note.contextTranslation ? `<div class="translation">${escapeHtml(note.contextTranslation)}</div>` : "");
        const fields = [escapeHtml(german), escapeHtml(note.english.trim()), contextHtml];
        const tags = [...new Set((note.tags ?? []).map(normalizeTag).filter((t) => t !== ""))];
        // Ids are millisecond timestamps in Anki; consecutive ones keep them unique and ordered.
        const id = nowMs + index;
        insertNote.run([
          id,
          await computeNoteGuid(note),
          APKG_MODEL_ID,
          nowSeconds,
          tags.length ? ` ${tags.join(" ")} ` : "",
          fields.join(FIELD_SEPARATOR),
          german,
          await computeFieldChecksum(german),
        ]);
        // New card: `due` is its position in the new queue.
        insertCard.run([id, id, deckId, nowSeconds, index + 1]);
      }
    } finally {
      insertNote.free();
      insertCard.free();
    }
    const collection = db.export();
    return zipSync({ "collection.anki2": collection, media: strToU8("{}") });
  } finally {
    db.close();
  }
}

function quoteCsv(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * CSV (RFC 4180: comma-separated, CRLF line ends, fields with comma, quote
 * or line break quoted and quotes doubled) with a header row.
 * Tags are joined by spaces, as Anki's CSV import expects.
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
      (note.tags ?? [])
        .map(normalizeTag)
        .filter((t) => t !== "")
        .join(" "),
    ]);
  }
  return rows.map((row) => row.map(quoteCsv).join(",") + "\r\n").join("");
}
