// A number with "-er" ("die 1950er Jahre", "in den 1970ern") was split into
// 1950 + the pronoun "er" (he, it); it is one word, a decade when round.
import { beforeAll, describe, expect, it } from "vitest";
import type { Lexicon } from "@/lib/core/lexicon/index";
import { loadLexicon } from "../../helpers/lexicon";
import { tokenIn } from "../../helpers/token-in";

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = loadLexicon();
});

describe("numbers with -er", () => {
  it.each([
    ["Die Musik der 1960er Jahre.", "1960er", "ADJ", "1960s"],
    ["Sie lebte in den 1970ern in Rom.", "1970ern", "NOUN", "1970s"],
  ])("%s: %s", (sentence, word, pos, gloss) => {
    const t = tokenIn(lexicon, sentence, word);
    expect([t.pos, t.gloss, t.lemma]).toEqual([pos, gloss, word.replace(/n$/, "")]);
  });

  it("a number with -er that is no decade is one word without a gloss", () => {
    const t = tokenIn(lexicon, "Er fuhr einen alten 3er.", "3er");
    expect(t.kind).toBe("word");
    expect(t.gloss ?? null).toBeNull();
  });
});
