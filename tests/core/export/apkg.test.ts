import type { Database } from "sql.js";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { unzipSync, strFromU8 } from "fflate";
import initSqlJs from "sql.js";
import {
  APKG_FIELD_NAMES,
  APKG_MODEL_ID,
  buildApkg,
  computeFieldChecksum,
  computeNoteGuid,
  type ExportNote,
} from "@/lib/core/export/apkg";

const notes: ExportNote[] = [
  {
    german: "das Angebot",
    english: "offer",
    context: "Er nimmt das Angebot an.",
    contextTranslation: "He accepts the offer.",
    tags: ["seed article", "B1"],
  },
  { german: "annehmen", english: "to accept", context: "Sie nimmt an, dass <es> regnet & stürmt." },
  { german: "die Straße", english: "street", context: "Die Straße ist lang.", contextTranslation: null, tags: [] },
];
const now = new Date("2025-06-10T08:00:00Z");
// lib/core takes the WebAssembly binary as data; the server reads it (lib/server/export/sql-wasm.ts).
const sqlWasm = new Uint8Array(readFileSync("node_modules/sql.js/dist/sql-wasm.wasm")).buffer;

async function openPackage(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const SQL = await initSqlJs({ locateFile: (file) => `node_modules/sql.js/dist/${file}` });
  const collection = files["collection.anki2"];
  if (!collection) throw new Error("collection.anki2 missing");
  return { files, db: new SQL.Database(collection) };
}

function rows(db: Database, sql: string): Record<string, unknown>[] {
  const [result] = db.exec(sql);
  if (!result) return [];
  return result.values.map((values) => Object.fromEntries(result.columns.map((c, i) => [c, values[i]])));
}

describe("buildApkg", () => {
  it("produces a zip with collection.anki2 and an empty media map", async () => {
    const { files, db } = await openPackage(await buildApkg(notes, { deckName: "Lesefluss::Seed", now, sqlWasm }));
    expect(Object.keys(files).sort()).toEqual(["collection.anki2", "media"]);
    expect(strFromU8(files.media ?? new Uint8Array())).toBe("{}");
    const tables = rows(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").map((r) => r.name);
    expect(tables).toEqual(["cards", "col", "graves", "notes", "revlog"]);
    db.close();
  });

  it("writes a schema-11 collection with the model and deck", async () => {
    const { db } = await openPackage(await buildApkg(notes, { deckName: "Lesefluss::Seed", now, sqlWasm }));
    const [col] = rows(db, "SELECT * FROM col");
    expect(col?.ver).toBe(11);
    expect(col?.mod).toBe(now.getTime());
    const models = JSON.parse(String(col?.models)) as Record<
      string,
      { id: number; flds: { name: string; ord: number }[]; tmpls: unknown[]; type: number; did: number }
    >;
    const model = models[String(APKG_MODEL_ID)];
    expect(model?.id).toBe(APKG_MODEL_ID);
    expect(model?.type).toBe(0);
    expect(model?.flds.map((f) => f.name)).toEqual([...APKG_FIELD_NAMES]);
    expect(model?.flds.map((f) => f.ord)).toEqual([0, 1, 2]);
    expect(model?.tmpls).toHaveLength(1);
    const decks = JSON.parse(String(col?.decks)) as Record<string, { id: number; name: string }>;
    const deck = Object.values(decks).find((d) => d.name === "Lesefluss::Seed");
    expect(deck).toBeDefined();
    expect(decks[String(deck?.id)]?.id).toBe(deck?.id);
    expect(model?.did).toBe(deck?.id);
    expect(Object.keys(JSON.parse(String(col?.dconf)) as object)).toEqual(["1"]);
    db.close();
  });

  it("stores notes with fields, sort field, checksum, guid and tags, one new card each", async () => {
    const { db } = await openPackage(await buildApkg(notes, { deckName: "Lesefluss", now, sqlWasm }));
    const noteRows = rows(db, "SELECT * FROM notes ORDER BY id");
    expect(noteRows).toHaveLength(notes.length);
    const first = noteRows[0];
    expect(String(first?.flds).split("\x1f")).toEqual([
      "das Angebot",
      "offer",
      'Er nimmt das Angebot an.<div class="translation">He accepts the offer.</div>',
    ]);
    expect(first?.sfld).toBe("das Angebot");
    const expectedCsum = Number.parseInt(createHash("sha1").update("das Angebot").digest("hex").slice(0, 8), 16);
    expect(first?.csum).toBe(expectedCsum);
    expect(first?.mid).toBe(APKG_MODEL_ID);
    expect(first?.tags).toBe(" seed_article B1 ");
    expect(String(noteRows[1]?.flds).split("\x1f")[2]).toBe("Sie nimmt an, dass &lt;es&gt; regnet &amp; stürmt.");
    expect(noteRows[2]?.tags).toBe("");
    expect(new Set(noteRows.map((n) => n.guid)).size).toBe(notes.length);

    const cards = rows(db, "SELECT * FROM cards ORDER BY due");
    expect(cards).toHaveLength(noteRows.length);
    expect(cards.map((c) => c.nid)).toEqual(noteRows.map((n) => n.id));
    expect(cards.every((c) => c.type === 0 && c.queue === 0 && c.ord === 0)).toBe(true);
    const [col] = rows(db, "SELECT decks FROM col");
    const decks = JSON.parse(String(col?.decks)) as Record<string, { id: number; name: string }>;
    const deckId = Object.values(decks).find((d) => d.name === "Lesefluss")?.id;
    expect(cards.every((c) => c.did === deckId)).toBe(true);
    expect(rows(db, "SELECT count(*) AS n FROM revlog")[0]?.n).toBe(0);
    expect(rows(db, "PRAGMA integrity_check")[0]?.integrity_check).toBe("ok");
    db.close();
  });

  it("is reproducible for the same input and time", async () => {
    const a = await buildApkg(notes, { deckName: "Lesefluss", now, sqlWasm });
    const b = await buildApkg(notes, { deckName: "Lesefluss", now, sqlWasm });
    const dbA = unzipSync(a)["collection.anki2"];
    const dbB = unzipSync(b)["collection.anki2"];
    expect(dbA && dbB && Buffer.from(dbA).equals(Buffer.from(dbB))).toBe(true);
  });

  it("handles an empty export and rejects an empty deck name", async () => {
    const { db } = await openPackage(await buildApkg([], { deckName: "Empty", now, sqlWasm }));
    expect(rows(db, "SELECT count(*) AS n FROM notes")[0]?.n).toBe(0);
    db.close();
    await expect(buildApkg(notes, { deckName: "  ", now, sqlWasm })).rejects.toThrow(RangeError);
  });

  it("derives stable guids and checksums", async () => {
    const note = { german: "das Haus", context: "Das Haus ist alt." };
    expect(await computeNoteGuid(note)).toBe(await computeNoteGuid({ ...note }));
    expect(await computeNoteGuid(note)).not.toBe(await computeNoteGuid({ ...note, context: "Ein Haus." }));
    expect(await computeNoteGuid(note)).not.toContain("\x1f");
    expect(await computeFieldChecksum("das Haus")).toBe(
      Number.parseInt(createHash("sha1").update("das Haus").digest("hex").slice(0, 8), 16),
    );
  });
});
