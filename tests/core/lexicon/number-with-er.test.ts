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
    ["Die Musik der 1960er Jahre.", "1960er", "NUM", "1960s"],
    ["Sie lebte in den 1970ern in Rom.", "1970ern", "NOUN", "1970s"],
    ["Er fuhr einen alten 3er.", "3er", "NUM", null],
  ])("%s: %s", (sentence, word, pos, gloss) => {
    const t = tokenIn(lexicon, sentence, word);
    expect([t.pos, t.gloss, t.lemma]).toEqual([pos, gloss, word.replace(/n$/, "")]);
  });
});
