// Adjectives Ding has only in another spelling ("hormonell" / "hormonal",
// "mazedonisch" / "makedonisch") showed no gloss at all.
import { beforeAll, describe, expect, it } from "vitest";
import { spellingVariants } from "@/lib/core/lexicon/adjective-variants";
import type { Lexicon } from "@/lib/core/lexicon/index";
import { loadLexicon } from "../../helpers/lexicon";
import { tokenIn } from "../../helpers/token-in";

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = loadLexicon();
});

describe("adjectives glossed by their other spelling", () => {
  it.each([
    ["hormonell", ["hormonal"]],
    ["formal", ["formell"]],
    ["mazedonisch", ["makedonisch"]],
    ["groß", []],
  ])("spellingVariants(%s)", (lemma, variants) => {
    expect(spellingVariants(lemma)).toEqual(variants);
  });

  it.each([
    ["Die mazedonische Armee zog nach Osten.", "mazedonische", "mazedonisch", /^Macedonian$/],
    ["Das ist eine hormonelle Störung.", "hormonelle", "hormonell", /^hormonal$/],
    // a word with a gloss of its own keeps it
    ["Das ist eine formelle Einladung.", "formelle", "formell", /^formal\b/],
  ])("%s: %s", (sentence, word, lemma, gloss) => {
    const t = tokenIn(lexicon, sentence, word);
    expect(t.lemma).toBe(lemma);
    expect(t.gloss).toMatch(gloss);
  });
});
