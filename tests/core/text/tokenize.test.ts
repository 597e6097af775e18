import { describe, expect, it } from "vitest";
import { tokenize } from "@/lib/core/text/tokenize";

function texts(input: string): string[] {
  return [...tokenize(input)].map((t) => t.text);
}

describe("tokenize", () => {
  it.each([
    ["z. B. und u. a.", ["z.", "B.", "und", "u.", "a."]],
    ["Dr. Müller, Nr. 5 bzw. 6", ["Dr.", "Müller", ",", "Nr.", "5", "bzw.", "6"]],
    ["am 3. Oktober", ["am", "3.", "Oktober"]],
    ["am 3. und 4. Mai", ["am", "3.", "und", "4.", "Mai"]],
    ["im Juli 2000. Peskow", ["im", "Juli", "2000", ".", "Peskow"]],
    ["des US-Außenministeriums", ["des", "US-Außenministeriums"]],
    ["von Atom-U-Booten", ["von", "Atom-U-Booten"]],
    ["Staats- und Regierungschefs", ["Staats-", "und", "Regierungschefs"]],
    ["„dankbar“ an", ["„", "dankbar", "“", "an"]],
    ["1.000,50 € und 3,5 %", ["1.000,50", "€", "und", "3,5", "%"]],
    ["Lim Soo-suk sagte:", ["Lim", "Soo-suk", "sagte", ":"]],
    ["``Gut.''", ["``", "Gut", ".", "''"]],
    ["ein Satz - mit Strich", ["ein", "Satz", "-", "mit", "Strich"]],
    // Decades and ages in figures are one word (not "1970" + the pronoun "er").
    ["in den 1970er Jahren", ["in", "den", "1970er", "Jahren"]],
    ["in den 1970ern.", ["in", "den", "1970ern", "."]],
    ["die 80er-Jahre", ["die", "80er-Jahre"]],
    ["die 28-Jährige", ["die", "28-Jährige"]],
    ["1990 er", ["1990", "er"]],
    ["1950 erlebte", ["1950", "erlebte"]],
    // Plain words next to what continues a token: URL, e-mail, apostrophe, digit, letter outside a–z.
    ["siehe https://example.org/a, dann", ["siehe", "https://example.org/a", ",", "dann"]],
    ["unter www.example.de oder", ["unter", "www.example.de", "oder"]],
    ["an info@firma.de schreiben", ["an", "info@firma.de", "schreiben"]],
    ["geht’s los", ["geht’s", "los"]],
    ["Haus2 und A4-Blatt", ["Haus2", "und", "A4-Blatt"]],
    ["naïve Idee; Café", ["naïve", "Idee", ";", "Café"]],
    ["http:// kaputt", ["http", ":", "/", "/", "kaputt"]],
  ])("%s", (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it("reports exact offsets into the input", () => {
    const input = "  Er\u00A0nimmt  an.";
    for (const t of tokenize(input)) expect(input.slice(t.start, t.end)).toBe(t.text);
  });

  it.each([
    ["word", "Haus"],
    ["number", "2000"],
    ["punct", "„"],
    ["symbol", "€"],
  ])("kind %s for %s", (kind, input) => {
    expect([...tokenize(input)][0]?.kind).toBe(kind);
  });
});
