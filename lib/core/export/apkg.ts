/**
 * Anki export: a classic .apkg (zip with `collection.anki2`, an SQLite
 * database in schema 11, plus a `media` map) that every Anki version since
 * 2.1 imports, with each card's schedule, FSRS memory state and review log
 * when the learner keeps their history. sql.js builds the database in
 * memory (WASM, no native build) and fflate zips it, so this runs in plain
 * Node without temp files. The CSV exports live in ./csv.ts.
 */
import { strToU8, zipSync } from "fflate";
import initSqlJs from "sql.js";
import { computeCollectionStart, toAnkiCard, toAnkiRevlog } from "./anki-schedule";
import {
  FIELD_SEPARATOR,
  computeFieldChecksum,
  computeNoteGuid,
  contextHtml,
  escapeHtml,
  normalizeTags,
  sha1,
  toHex,
  type ExportNote,
  type ExportSchedule,
} from "./export-note";

export { computeFieldChecksum, computeNoteGuid, type ExportNote } from "./export-note";

export interface BuildApkgOptions {
  deckName: string;
  /** Creation/modification time written into the collection (kept as an argument so output is reproducible). */
  now: Date;
  /** The bytes of sql.js's sql-wasm.wasm (read by lib/server/export/sql-wasm.ts). */
  sqlWasm: ArrayBuffer;
  /** Hour (0–23) at which the learner's study day starts; Anki's "next day starts at". Default 4. */
  dayStartHour?: number;
}

/** Names of the note type's fields, in order. */
export const APKG_FIELD_NAMES = ["German", "English", "Context"] as const;
export const APKG_MODEL_NAME = "Lesefluss (German → English)";
/**
 * Fixed model id: Anki matches note types by id on import, so a second
 * export updates the same note type instead of creating "Lesefluss-1".
 */
export const APKG_MODEL_ID = 1_718_000_000_000;

// Compiled once per binary: the caller keeps one copy of the bytes.
const sqlModules = new WeakMap<ArrayBuffer, ReturnType<typeof initSqlJs>>();
function loadSql(wasmBinary: ArrayBuffer): ReturnType<typeof initSqlJs> {
  let sql = sqlModules.get(wasmBinary);
  if (!sql) {
    sql = initSqlJs({ wasmBinary }).catch((error: unknown) => {
      sqlModules.delete(wasmBinary);
      throw error;
    });
    sqlModules.set(wasmBinary, sql);
  }
  return sql;
}

async function computeDeckId(deckName: string): Promise<number> {
  // Stable per name (same reason as the model id), within 2^48 and never the default deck 1.
  const hex = toHex(await sha1(`deck${FIELD_SEPARATOR}${deckName}`)).slice(0, 12);
  return Number.parseInt(hex, 16) + 2;
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

/** Day zero of the collection: no later than the export, the first answer or any due date. */
function earliestMoment(notes: readonly ExportNote[], now: Date): Date {
  let earliest = now.getTime();
  for (const { schedule } of notes) {
    if (!schedule || schedule.card.state === "new") continue;
    earliest = Math.min(earliest, schedule.card.due.getTime(), ...schedule.reviews.map((r) => r.reviewedAt.getTime()));
  }
  return new Date(earliest);
}

/**
 * Builds an Anki package with one note and one card per entry, in a deck
 * named `deckName`, using a note type with fields German, English and
 * Context (the sentence, plus its translation when given). Field text is
 * HTML-escaped since Anki fields are HTML. A note with a `schedule` keeps it:
 * card type, queue, due, interval, reps, lapses and FSRS memory state as Anki
 * stores them, and every answer as a revlog row; one without is a new card.
 *
 * @example
 * const bytes = await buildApkg(
 *   [{ german: "das Angebot", english: "offer", context: "Er nimmt das Angebot an.", tags: ["seed"] }],
 *   { deckName: "Lesefluss", now: new Date(), sqlWasm: readSqlWasm() },
 * );
 * // write bytes to "lesefluss.apkg"
 */
export async function buildApkg(notes: readonly ExportNote[], opts: BuildApkgOptions): Promise<Uint8Array> {
  const deckName = opts.deckName.trim();
  if (deckName === "") throw new RangeError("deckName must not be empty");
  const SQL = await loadSql(opts.sqlWasm);
  const nowMs = opts.now.getTime();
  const nowSeconds = Math.floor(nowMs / 1000);
  const deckId = await computeDeckId(deckName);
  const dayStartHour = opts.dayStartHour ?? 4;
  const crt = computeCollectionStart(earliestMoment(notes, opts.now), dayStartHour);

  const db = new SQL.Database();
  try {
    db.run(SCHEMA_SQL);
    db.run("INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')", [
      crt,
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
        // Due days count from crt in study days that start at this hour.
        rollover: dayStartHour,
      }),
      JSON.stringify({ [String(APKG_MODEL_ID)]: buildModel(deckId, nowSeconds) }),
      JSON.stringify({
        "1": buildDeck(1, "Default", nowSeconds),
        [String(deckId)]: buildDeck(deckId, deckName, nowSeconds),
      }),
      JSON.stringify(DECK_CONFIG),
    ]);

    const insertNote = db.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
    const insertCard = db.prepare("INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)");
    const insertRevlog = db.prepare("INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)");
    const revlogIds = new Set<number>();
    try {
      for (const [index, note] of notes.entries()) {
        const german = note.german.trim();
        const fields = [escapeHtml(german), escapeHtml(note.english.trim()), contextHtml(note)];
        const tags = normalizeTags(note.tags);
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
        const position = index + 1;
        const card = note.schedule
          ? toAnkiCard(note.schedule, crt, position)
          : toAnkiCard({ card: NEW_CARD, reviews: [] }, crt, position);
        insertCard.run([
          id,
          id,
          deckId,
          nowSeconds,
          card.type,
          card.queue,
          card.due,
          card.ivl,
          card.factor,
          card.reps,
          card.lapses,
          card.left,
          card.data,
        ]);
        for (const row of note.schedule ? toAnkiRevlog(note.schedule) : []) {
          // The revlog id is the answer's millisecond; two answers in one millisecond move one on.
          let revlogId = row.id;
          while (revlogIds.has(revlogId)) revlogId += 1;
          revlogIds.add(revlogId);
          insertRevlog.run([revlogId, id, row.ease, row.ivl, row.lastIvl, row.factor, row.time, row.type]);
        }
      }
    } finally {
      insertNote.free();
      insertCard.free();
      insertRevlog.free();
    }
    const collection = db.export();
    return zipSync({ "collection.anki2": collection, media: strToU8("{}") });
  } finally {
    db.close();
  }
}

const NEW_CARD: ExportSchedule["card"] = {
  due: new Date(0),
  stability: 0,
  difficulty: 0,
  elapsedDays: 0,
  scheduledDays: 0,
  learningSteps: 0,
  reps: 0,
  lapses: 0,
  state: "new",
  lastReview: null,
};
