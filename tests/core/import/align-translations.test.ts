import { describe, expect, it } from "vitest";
import { alignTranslations, splitEnglishSentences } from "@/lib/core/import/align-translations";

describe("splitEnglishSentences", () => {
  it.each([
    ["He comes. She goes.", ["He comes.", "She goes."]],
    ["Mr. Putin said “yes.” Then he left.", ["Mr. Putin said “yes.”", "Then he left."]],
    ["U.S. officials met. Talks went on.", ["U.S. officials met.", "Talks went on."]],
    ["First paragraph\n\nSecond one.", ["First paragraph", "Second one."]],
  ])("%j", (input, expected) => {
    expect(splitEnglishSentences(input)).toEqual(expected);
  });
});

describe("alignTranslations", () => {
  it("pairs one to one", () => {
    expect(alignTranslations(["Er kommt.", "Sie geht im Jahr 2000."], "He comes. She leaves in 2000.")).toEqual([
      "He comes.",
      "She leaves in 2000.",
    ]);
  });

  it("joins two English sentences that translate one German sentence", () => {
    const german = [
      "Der russische Präsident besuchte Moskau, und er sprach dort lange mit Reportern über den Krieg.",
      "Danach fuhr er nach Hause.",
    ];
    const english =
      "The Russian president visited Moscow. He spoke there at length with reporters about the war. Afterwards he went home.";
    expect(alignTranslations(german, english)).toEqual([
      "The Russian president visited Moscow. He spoke there at length with reporters about the war.",
      "Afterwards he went home.",
    ]);
  });

  it("leaves a German sentence without translation when the English text skips it", () => {
    const german = [
      "Putin kam 2019 nach Wladiwostok.",
      "Das Wetter war an diesem Tag ausgesprochen schlecht und kalt.",
      "Kim reiste 2023 ab.",
    ];
    const result = alignTranslations(german, "Putin came to Vladivostok in 2019. Kim left in 2023.");
    expect(result[0]).toBe("Putin came to Vladivostok in 2019.");
    expect(result[2]).toBe("Kim left in 2023.");
    expect(result[1]).toBeNull();
  });

  it("returns nulls for an empty English text", () => {
    expect(alignTranslations(["Er kommt."], "   ")).toEqual([null]);
  });
});
