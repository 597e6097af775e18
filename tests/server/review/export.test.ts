import { describe, expect, it } from "vitest";
import { unzipSync, strFromU8 } from "fflate";
import initSqlJs from "sql.js";
import { exportCards } from "@/lib/server/data/export-cards";
import { buildCsv } from "@/lib/core/export/csv";
import { makeUser } from "../../helpers/factories";
import { makeCard } from "./factories";

async function readNotes(apkg: Uint8Array) {
  const files = unzipSync(apkg);
  expect(Object.keys(files).sort()).toEqual(["collection.anki2", "media"]);
  expect(strFromU8(files.media!)).toBe("{}");
  const SQL = await initSqlJs();
  const database = new SQL.Database(files["collection.anki2"]);
  try {
    const result = database.exec("SELECT flds, tags FROM notes ORDER BY id");
    const cardCount = database.exec("SELECT count(*) FROM cards")[0]?.values[0]?.[0];
    return {
      cardCount,
      notes: (result[0]?.values ?? []).map(([flds, tags]) => ({
        fields: String(flds).split("\x1f"),
        tags: String(tags),
      })),
    };
  } finally {
    database.close();
  }
}

describe("export", () => {
  it("packages only the actor's cards as an Anki deck", async () => {
    const actor = await makeUser();
    const other = await makeUser();
    await makeCard(actor, {
      front: "die Einladung",
      back: "invitation",
      contextTranslation: "He accepts the invitation.",
    });
    await makeCard(actor, {
      front: "annehmen",
      back: "to accept",
      contextText: "Er nimmt an.",
      contextTranslation: null,
    });
    await makeCard(other, { front: "das Geheimnis", back: "secret" });

    const file = await exportCards(actor, "apkg", new Date("2025-06-10T08:00:00Z"));
    expect(file.filename).toBe("lesefluss-cards-2025-06-10.apkg");
    const { notes, cardCount } = await readNotes(file.body);
    expect(cardCount).toBe(2);
    expect(notes.map((n) => n.fields[0])).toEqual(["die Einladung", "annehmen"]);
    expect(notes[0]?.fields[1]).toBe("invitation");
    expect(notes[0]?.fields[2]).toContain("Wladimir Putin nimmt die Einladung an.");
    expect(notes[0]?.fields[2]).toContain("He accepts the invitation.");
    expect(notes[1]?.fields[2]).toBe("Er nimmt an.");
    expect(notes[0]?.tags).toContain("lesefluss");
    expect(JSON.stringify(notes)).not.toContain("Geheimnis");
  });

  it("writes the actor's cards as CSV with a header", async () => {
    const actor = await makeUser();
    await makeCard(actor, { front: "die Straße", back: "street, road" });
    const file = await exportCards(actor, "csv", new Date("2025-06-10T08:00:00Z"));
    expect(file.contentType).toMatch(/^text\/csv/);
    const text = new TextDecoder().decode(file.body).replace(/^\uFEFF/, "");
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0]).toBe("German,English,Context,Context translation,Tags");
    expect(lines[1]).toBe(
      'die Straße,"street, road",Wladimir Putin nimmt die Einladung an.,Vladimir Putin accepts the invitation.,lesefluss',
    );
    expect(lines).toHaveLength(2);
    // The data layer's own CSV writer (kept free of sql.js for the build) matches lib/core's buildCsv.
    expect(text).toBe(
      buildCsv([
        {
          german: "die Straße",
          english: "street, road",
          context: "Wladimir Putin nimmt die Einladung an.",
          contextTranslation: "Vladimir Putin accepts the invitation.",
          tags: ["lesefluss"],
        },
      ]),
    );
  });
});
