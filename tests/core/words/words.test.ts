// The one vocabulary for words: statuses, "which tokens count" and headwords,
// as SQL, server and reader use them.
import { describe, expect, it } from "vitest";
import { isCountableWord, NOT_A_WORD_POS } from "@/lib/core/words/countable";
import { headwordOf } from "@/lib/core/words/headword";
import { statusBucketOf, statusLabelOf, toWordStatusCode, WORD_STATUS } from "@/lib/core/words/status";
import { lexemeKeyOf } from "@/lib/core/import/stored-token";

describe("word statuses", () => {
  it.each([
    [0, "new", "new"],
    [1, "learning 1", "learning"],
    [4, "learning 4", "learning"],
    [5, "known", "known"],
    [6, "ignored", "ignored"],
    [9, "new", "new"],
  ])("code %i reads %s and counts as %s", (code, label, bucket) => {
    expect(statusLabelOf(code)).toBe(label);
    expect(statusBucketOf(code)).toBe(bucket);
  });

  it("accepts only the seven stored codes", () => {
    expect(toWordStatusCode(WORD_STATUS.known)).toBe(5);
    expect([-1, 7, 2.5].map(toWordStatusCode)).toEqual([null, null, null]);
  });
});

describe("countable words", () => {
  it.each([
    [{ kind: "word", pos: "NOUN" }, true],
    [{ kind: "word", pos: "VERB" }, true],
    [{ pos: "PHRASE" }, true],
    [{ kind: "word", pos: "PROPN" }, false],
    [{ kind: "number", pos: "NUM" }, false],
    [{ kind: "punct", pos: "PUNCT" }, false],
    [{ kind: "word" }, false],
  ])("%j → %s", (word, expected) => {
    expect(isCountableWord(word)).toBe(expected);
  });

  it("a token that gets no lexeme is never a countable word", () => {
    for (const pos of NOT_A_WORD_POS.filter((p) => p !== "PROPN")) {
      const token = { text: "x", start: 0, end: 1, kind: "word" as const, lemma: "x", pos };
      expect([pos, lexemeKeyOf(token), isCountableWord(token)]).toEqual([pos, null, false]);
    }
  });
});

describe("headwords", () => {
  it.each([
    [{ text: "Häuser", lemma: "Haus", pos: "NOUN", article: "das" as const }, "das Haus"],
    [{ text: "nimmt", lemma: "nehmen", pos: "VERB", phrase: { lemma: "annehmen" } }, "annehmen"],
    [{ text: "schnell", lemma: "schnell", pos: "ADJ" }, "schnell"],
    [{ text: "Xyz" }, "Xyz"],
  ])("%j → %s", (token, expected) => {
    expect(headwordOf(token)).toBe(expected);
  });
});
