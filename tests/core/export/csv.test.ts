import { describe, expect, it } from "vitest";
import { buildAnkiCsv, buildCsv, neutralizeFormula } from "@/lib/core/export/csv";
import { computeNoteGuid } from "@/lib/core/export/export-note";

const HEADER = "German,English,Context,Context translation,Tags\r\n";

describe("buildCsv", () => {
  it.each([
    ["plain", { german: "das Haus", english: "house", context: "Das Haus." }, "das Haus,house,Das Haus.,,"],
    ["comma", { german: "ab", english: "off, away", context: "x" }, 'ab,"off, away",x,,'],
    ["quotes", { german: "ja", english: "yes", context: 'Er sagt: "Ja".' }, 'ja,yes,"Er sagt: ""Ja"".",,'],
    ["line break", { german: "a", english: "b", context: "line1\nline2" }, 'a,b,"line1\nline2",,'],
    [
      "translation and tags",
      { german: "a", english: "b", context: "c", contextTranslation: "d", tags: ["x y", "z"] },
      "a,b,c,d,x_y z",
    ],
  ])("%s", (_name, note, line) => {
    expect(buildCsv([note])).toBe(`${HEADER}${line}\r\n`);
  });

  // Issue 14 item 6: a learner's own meaning "=HYPERLINK(…)" ran as a formula when the CSV was opened in a spreadsheet.
  it.each([
    ["=", '=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ["+", "+49 30 1234", "'+49 30 1234"],
    ["-", "-ung (suffix)", "'-ung (suffix)"],
    ["@", "@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["tab", "\t=1+1", "'\t=1+1"],
    ["carriage return", "\r=1+1", `"'\r=1+1"`],
  ])("defuses a cell starting with %s", (_name, english, cell) => {
    expect(buildCsv([{ german: "das Wort", english, context: "Kontext." }])).toBe(
      `${HEADER}das Wort,${cell},Kontext.,,\r\n`,
    );
  });

  it.each([
    ["=1+1", "'=1+1"],
    ["E-Mail", "E-Mail"],
    ["a=b", "a=b"],
    ["", ""],
    [" =1", " =1"],
  ])("neutralizeFormula(%j) is %j", (cell, expected) => {
    expect(neutralizeFormula(cell)).toBe(expected);
  });

  it("defuses every column, the context and tags included", () => {
    const csv = buildCsv([{ german: "@a", english: "+b", context: "-c", contextTranslation: "=d", tags: ["=e"] }]);
    expect(csv.split("\r\n")[1]).toBe("'@a,'+b,'-c,'=d,'=e");
  });
});

describe("buildAnkiCsv", () => {
  const note = {
    german: "das Angebot",
    english: "offer, bid",
    context: "Er nimmt das <Angebot> an.",
    contextTranslation: "He accepts the offer.",
    tags: ["seed article"],
  };

  it("starts with Anki's header directives, not a header row", async () => {
    const lines = (await buildAnkiCsv([note], "Lesefluss")).split("\r\n");
    expect(lines.slice(0, 6)).toEqual([
      "#separator:Comma",
      "#html:true",
      "#columns:German,English,Context,Tags,GUID",
      "#tags column:4",
      "#guid column:5",
      "#deck:Lesefluss",
    ]);
    expect(lines.filter((l) => l !== "" && !l.startsWith("#"))).toHaveLength(1);
  });

  it("writes HTML fields, tags and the .apkg's note guid", async () => {
    const lines = (await buildAnkiCsv([note], "Lesefluss")).split("\r\n");
    expect(lines[6]).toBe(
      `das Angebot,"offer, bid","Er nimmt das &lt;Angebot&gt; an.<div class=""translation"">He accepts the offer.</div>",seed_article,${await computeNoteGuid(note)}`,
    );
  });

  it("keeps a deck name on its own directive line", async () => {
    const csv = await buildAnkiCsv([], "Deck\r\nname");
    expect(csv.split("\r\n")[5]).toBe("#deck:Deck name");
  });
});
