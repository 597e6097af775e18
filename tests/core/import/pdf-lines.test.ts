import { describe, expect, it } from "vitest";
import { joinLines, joinPages, linesToParagraphs } from "@/lib/core/import/formats/pdf-lines";

describe("joinLines: a PDF's line ends", () => {
  it.each([
    ["Die Ein-", "ladung kam.", "Die Einladung kam."],
    ["der Nord-", "Süd-Dialog", "der Nord-Süd-Dialog"],
    ["die CDU-", "Vorsitzende", "die CDU-Vorsitzende"],
    ["die US-", "amerikanische Firma", "die US-amerikanische Firma"],
    ["ein 3-", "jähriges Kind", "ein 3-jähriges Kind"],
    ["Haupt-", "und Nebensätze", "Haupt- und Nebensätze"],
    ["Ein- oder Aus-", "gang", "Ein- oder Ausgang"],
    ["Der Hund", "schläft.", "Der Hund schläft."],
    ["ein Gedanken\u00ad", "strich", "ein Gedankenstrich"],
    ["Er kam –", "zu spät.", "Er kam – zu spät."],
  ])("%j + %j → %j", (left, right, joined) => {
    expect(joinLines(left, right)).toBe(joined);
  });
});

describe("linesToParagraphs", () => {
  it("splits at a wider gap and drops a page number", () => {
    const lines = [
      { text: "Erster Absatz, erste", y: 700, size: 12 },
      { text: "Zeile.", y: 686, size: 12 },
      { text: "Zweiter Absatz.", y: 650, size: 12 },
      { text: "12", y: 40, size: 10 },
    ];
    expect(linesToParagraphs(lines)).toEqual(["Erster Absatz, erste Zeile.", "Zweiter Absatz."]);
  });

  it("starts a paragraph where the font size changes (a heading)", () => {
    const lines = [
      { text: "Kapitel eins", y: 700, size: 18 },
      { text: "Der Hund schläft.", y: 680, size: 12 },
    ];
    expect(linesToParagraphs(lines)).toEqual(["Kapitel eins", "Der Hund schläft."]);
  });
});

describe("joinPages", () => {
  it("joins a paragraph that runs over the page end, and keeps one that ended", () => {
    expect(joinPages([["Der Hund schläft im"], ["Garten. Er träumt."]])).toBe("Der Hund schläft im Garten. Er träumt.");
    expect(joinPages([["Die Ein-"], ["ladung kam."]])).toBe("Die Einladung kam.");
    expect(joinPages([["Der Hund schläft."], ["Die Katze nicht."]])).toBe("Der Hund schläft.\n\nDie Katze nicht.");
  });
});
