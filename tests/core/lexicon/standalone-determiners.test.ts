// der/die/das without a noun of their own are pronouns (lib/core/lexicon/standalone-determiners.ts),
// read through the real pipeline; sentences written for this test.
import { beforeAll, describe, expect, it } from "vitest";
import type { Lexicon } from "@/lib/core/lexicon/index";
import { loadLexicon } from "../../helpers/lexicon";
import { tokenIn } from "../../helpers/token-in";

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = loadLexicon();
});

describe("der, die, das as pronouns", () => {
  it.each([
    // relative: after a comma, or a preposition after a comma
    ["Der Mann, der dort steht, ist mein Onkel.", "der", 0, "who, which, that"],
    ["Das ist die Frau, mit der ich gesprochen habe.", "der", 0, "who, which, that"],
    ["Wir kennen den Weg, den sie genommen haben.", "den", 1, "who, which, that"],
    // an adverb that is also an adjective (gerade) opens the relative clause, no understood noun
    ["Ich traf den Nachbarn, der gerade mit dem Hund spazieren ging.", "der", 0, "who, which, that"],
    // demonstrative
    ["Das ist eine gute Idee.", "Das", 0, "that, this"],
    ["Ich habe das nicht gewusst.", "das", 0, "that, this"],
    ["Die kommt bestimmt morgen.", "Die", 0, "that, this"],
  ])("%s: “%s” (#%i) is a pronoun: %s", (sentence, word, nth, gloss) => {
    const t = tokenIn(lexicon, sentence, word, nth);
    expect(t.pos).toBe("PRON");
    expect(t.gloss).toBe(gloss);
  });

  it.each([
    ["Der Mann, der dort steht, ist mein Onkel.", "Der", 0],
    ["Das neue Haus ist groß.", "Das", 0],
    ["Die gestern gekauften Bücher liegen hier.", "Die", 0],
    ["Der für Bildung zuständige Minister trat zurück.", "Der", 0],
    ["Sie nennen die „Südsee“ anders.", "die", 0],
    ["Das war in den 1970er Jahren.", "den", 0],
    ["Die beiden kamen zu spät.", "Die", 0],
    ["Ich nehme das alte Rad, das neue ist kaputt.", "das", 1],
  ])("%s: “%s” (#%i) stays an article", (sentence, word, nth) => {
    const t = tokenIn(lexicon, sentence, word, nth);
    expect(t.pos).toBe("DET");
    expect(t.gloss).toBe("the");
  });

  it("dessen and deren are glossed whose", () => {
    expect(tokenIn(lexicon, "Das Haus, dessen Dach brennt, ist alt.", "dessen").gloss).toBe("whose");
  });
});
