import { describe, expect, it } from "vitest";
import { cleanText, isBoilerplateLine, normalizeText } from "@/lib/core/text/clean";

describe("isBoilerplateLine", () => {
  it.each([
    ["Erhalten Sie kostenlose Updates zur russischen Politik", true],
    ["ttn-de-58", true],
    ["Schreibe einen Kommentar", true],
    ["Melden Sie sich für unseren Newsletter an", true],
    ["12 Kommentare", true],
    ["Teilen | Drucken | E-Mail", true],
    ["Putin besuchte Nordkorea zuletzt im Juli 2000.", false],
    ["Zusätzliche Berichterstattung von Anastasia Stognei in Riga", false],
    ["US-Außenministerium", false],
  ])("%s → %s", (line, expected) => {
    expect(isBoilerplateLine(line)).toBe(expected);
  });
});

describe("cleanText", () => {
  it("keeps the title, drops boilerplate, keeps paragraphs", () => {
    const input =
      "Titel der Meldung\n\n\nErhalten Sie kostenlose Updates zur Politik\n\nErster Satz.\nNoch einer.\n\nZweiter Absatz.\n\nttn-de-58\n\nSchreibe einen Kommentar";
    const cleaned = cleanText(input);
    expect(cleaned.title).toBe("Titel der Meldung");
    const paragraphs = cleaned.paragraphs.map((p) => p.lines.map((l) => input.slice(l.start, l.end)));
    expect(paragraphs).toEqual([["Titel der Meldung"], ["Erster Satz.", "Noch einer."], ["Zweiter Absatz."]]);
  });
});

describe("normalizeText", () => {
  it.each([
    ["NFC", "Stra\u0301sse", "Strásse"],
    ["CRLF", "a\r\nb", "a\nb"],
    ["non-breaking space", "a\u00A0b", "a b"],
    ["zero-width", "a\u200Bb", "ab"],
    ["blank lines", "a\n\n\n\nb", "a\n\nb"],
  ])("%s", (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});
