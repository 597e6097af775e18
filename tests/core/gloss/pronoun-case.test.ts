// "sie" is she, they, her or them: the gloss follows the grammar's reading of
// the sentence, and stays "she, they" where the grammar leaves it open.
import { beforeAll, describe, expect, it } from "vitest";
import { type Lexicon } from "@/lib/core/lexicon/index";
import { loadLexicon } from "../../helpers/lexicon";
import { tokenIn } from "../../helpers/token-in";

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = loadLexicon();
});

describe("sie by case and number", () => {
  it.each([
    ["Sie lädt ihre Freunde ein.", "Sie", "she"],
    ["Morgen kommen sie zurück.", "sie", "they"],
    ["Er hat sie gestern eingeladen.", "sie", "her, them"],
    ["Ich weiß, dass sie das Buch gelesen hat.", "sie", "she"],
    ["Die Kinder sagen, dass sie müde sind.", "sie", "they"],
  ])("%s → %s: %s", (sentence, word, gloss) => {
    expect(tokenIn(lexicon, sentence, word).gloss).toBe(gloss);
  });

  it("the polite Sie keeps its own gloss", () => {
    expect(tokenIn(lexicon, "Können Sie mir helfen?", "Sie").gloss).toBe("you (formal)");
  });
});
