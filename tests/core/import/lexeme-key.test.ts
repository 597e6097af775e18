import { describe, expect, it } from "vitest";
import { lexemeKeyOf } from "@/lib/core/import/stored-token";
import { buildCardContent } from "@/lib/core/words/card-content";

describe("lexemeKeyOf", () => {
  it.each([
    [
      { text: "Einladung", start: 0, end: 9, kind: "word" as const, lemma: "Einladung", pos: "NOUN" },
      { lemma: "Einladung", pos: "NOUN" },
    ],
    [
      {
        text: "nimmt",
        start: 0,
        end: 5,
        kind: "word" as const,
        lemma: "nehmen",
        pos: "VERB",
        phrase: { lemma: "annehmen", tokenIndexes: [0, 3], gloss: "to accept" },
      },
      { lemma: "annehmen", pos: "VERB" },
    ],
    [{ text: ",", start: 0, end: 1, kind: "punct" as const }, null],
    [{ text: "2000", start: 0, end: 4, kind: "number" as const, lemma: "2000", pos: "NUM" }, null],
  ])("%j", (token, expected) => {
    expect(lexemeKeyOf(token)).toEqual(expected);
  });
});

describe("buildCardContent", () => {
  const sentence = {
    content: "Er nimmt die Einladung an.",
    start: 100,
    translation: "He accepts the invitation.",
    tokens: [
      { text: "Er", start: 100, end: 102, kind: "word" as const, lemma: "er", pos: "PRON", gloss: "he", lx: "l-er" },
      {
        text: "nimmt",
        start: 103,
        end: 108,
        kind: "word" as const,
        lemma: "nehmen",
        pos: "VERB",
        gloss: "to take",
        lx: "l-an",
        phrase: { lemma: "annehmen", tokenIndexes: [1, 4], gloss: "to accept" },
      },
      { text: "die", start: 109, end: 112, kind: "word" as const, lemma: "der", pos: "DET", gloss: "the", lx: "l-der" },
      {
        text: "Einladung",
        start: 113,
        end: 122,
        kind: "word" as const,
        lemma: "Einladung",
        pos: "NOUN",
        gloss: "invitation",
        article: "die" as const,
        lx: "l-ein",
      },
      {
        text: "an",
        start: 123,
        end: 125,
        kind: "word" as const,
        lemma: "an",
        pos: "ADP",
        gloss: "to accept",
        lx: "l-an",
        phrase: { lemma: "annehmen", tokenIndexes: [1, 4], gloss: "to accept" },
      },
      { text: ".", start: 125, end: 126, kind: "punct" as const },
    ],
  };

  it("builds noun cards with the article and sentence-relative spans", () => {
    expect(buildCardContent(sentence, 3)).toEqual({
      front: "die Einladung",
      back: "invitation",
      contextText: "Er nimmt die Einladung an.",
      contextTranslation: "He accepts the invitation.",
      highlight: [{ start: 13, end: 22 }],
    });
  });

  it("highlights both parts of a separated verb and prefers a teacher's gloss", () => {
    const content = buildCardContent(sentence, 4, "to take up (an offer)")!;
    expect(content.front).toBe("annehmen");
    expect(content.back).toBe("to take up (an offer)");
    expect(content.highlight.map((h) => sentence.content.slice(h.start, h.end))).toEqual(["nimmt", "an"]);
  });

  it("returns null for punctuation", () => {
    expect(buildCardContent(sentence, 5)).toBeNull();
  });
});
