import { describe, expect, it } from "vitest";
import { diffCharacters, matchAnswer, normalizeGerman } from "@/lib/core/srs/answer-match";

describe("matchAnswer", () => {
  it.each([
    // [typed, expected, isCorrect, isExact]
    ["die Straße", "die Straße", true, true],
    ["  die Straße  ", "die Straße", true, true],
    ["die strasse", "die Straße", true, false],
    ["Strasse", "die Straße", true, false],
    ["straße", "die Straße", true, false],
    ["DIE STRASSE", "die Straße", true, false],
    ["die  Straße.", "die Straße", true, false],
    ["der Straße", "die Straße", false, false],
    ["das Maedchen", "das Mädchen", true, false],
    ["Maedchen", "das Mädchen", true, false],
    ["die Mädchen", "das Mädchen", false, false],
    ["schoen", "schön", true, false],
    ["ueberraschen", "überraschen", true, false],
    ["Uebung", "die Übung", true, false],
    ["der Haus", "Haus", true, false], // expected names no article: can't judge gender
    ["das laufen", "laufen", false, false], // not a noun: no article tolerance
    ["laufen", "laufen", true, true],
    ["lauf", "laufen", false, false],
    ["", "laufen", false, false],
    ["   ", "das Haus", false, false],
    ["die Hauser", "das Haus", false, false],
    ["annehmen", "annehmen", true, true],
  ])("%j vs %j → correct %s, exact %s", (typed, expected, isCorrect, isExact) => {
    const result = matchAnswer(typed, expected);
    expect(result.isCorrect).toBe(isCorrect);
    expect(result.isExact).toBe(isExact);
  });

  it("returns a diff of the trimmed strings", () => {
    expect(matchAnswer(" strasse ", "Straße").diff).toEqual([
      { text: "s", kind: "extra" },
      { text: "S", kind: "missing" },
      { text: "tra", kind: "same" },
      { text: "ss", kind: "extra" },
      { text: "ß", kind: "missing" },
      { text: "e", kind: "same" },
    ]);
  });
});

describe("diffCharacters", () => {
  it.each([
    ["Haus", "Haus", [{ text: "Haus", kind: "same" }]],
    [
      "Hause",
      "Haus",
      [
        { text: "Haus", kind: "same" },
        { text: "e", kind: "extra" },
      ],
    ],
    [
      "Hus",
      "Haus",
      [
        { text: "H", kind: "same" },
        { text: "a", kind: "missing" },
        { text: "us", kind: "same" },
      ],
    ],
    ["", "ab", [{ text: "ab", kind: "missing" }]],
    ["ab", "", [{ text: "ab", kind: "extra" }]],
    ["", "", []],
  ] as const)("%j vs %j", (typed, expected, diff) => {
    expect(diffCharacters(typed, expected)).toEqual(diff);
  });

  it("reassembles both strings from the parts", () => {
    const typed = "die Brueke";
    const expected = "die Brücke";
    const parts = diffCharacters(typed, expected);
    expect(
      parts
        .filter((p) => p.kind !== "missing")
        .map((p) => p.text)
        .join(""),
    ).toBe(typed);
    expect(
      parts
        .filter((p) => p.kind !== "extra")
        .map((p) => p.text)
        .join(""),
    ).toBe(expected);
  });

  it("falls back to whole-string parts for very long inputs", () => {
    const long = "a".repeat(400);
    expect(diffCharacters(long, "b")).toEqual([
      { text: long, kind: "extra" },
      { text: "b", kind: "missing" },
    ]);
  });
});

describe("normalizeGerman", () => {
  it.each([
    ["Straße", "strasse"],
    ["ÄÖÜ", "aeoeue"],
    ["  Guten   Tag!  ", "guten tag"],
    ["„Haus“", "haus"],
  ])("%j → %j", (input, output) => {
    expect(normalizeGerman(input)).toBe(output);
  });
});
