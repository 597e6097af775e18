// Forms the form table lacks, derived from a word it has (lib/core/lexicon/derived-forms.ts).
// Runs the real pipeline on the real lexicon; the sentences are written for this test.
import { beforeAll, describe, expect, it } from "vitest";
import { ingGloss } from "@/lib/core/lexicon/derived-forms";
import type { Lexicon } from "@/lib/core/lexicon/index";
import { loadLexicon } from "../../helpers/lexicon";
import { tokenIn } from "../../helpers/token-in";

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = loadLexicon();
});

describe("ingGloss: the English -ing form of a verb gloss", () => {
  it.each([
    ["to kill, slay", "killing, slaying"],
    ["to make", "making"],
    ["to run", "running"],
    ["to die", "dying"],
    ["to see", "seeing"],
    ["to fulfil", "fulfilling"],
    ["to open", "opening"],
    ["to move up", "moving up"],
    ["to be", "being"],
  ])("%s → %s", (gloss, expected) => {
    expect(ingGloss(gloss)).toBe(expected);
  });
});

describe("forms derived by German word formation", () => {
  it.each([
    // zu-infinitive of a separable verb
    ["Er versuchte, das Schild umzubenennen.", "umzubenennen", "umbenennen", "VERB"],
    ["Sie hofft, den Fehler wiedergutzumachen.", "wiedergutzumachen", "wiedergutmachen", "VERB"],
    // -ieren verbs are weak and take no ge-
    ["Er korrespondierte jahrelang mit ihr.", "korrespondierte", "korrespondieren", "VERB"],
    ["Korrespondierte er wirklich mit ihr?", "Korrespondierte", "korrespondieren", "VERB"],
    // comparison of an adjective whose table lacks the form
    ["Das sind die zuverlässigsten Quellen.", "zuverlässigsten", "zuverlässig", "ADJ"],
    ["Das ist die grundlegendste Frage.", "grundlegendste", "grundlegend", "ADJ"],
    // feminine noun in -in from a masculine noun
    ["Die Statthalterin sprach zum Volk.", "Statthalterin", "Statthalterin", "NOUN"],
  ])("%s: %s → %s %s", (sentence, word, lemma, pos) => {
    const t = tokenIn(lexicon, sentence, word);
    expect(t.lemma).toBe(lemma);
    expect(t.pos).toBe(pos);
    expect(t.gloss).toBeTruthy();
  });

  it("the feminine noun takes the masculine noun's gloss, its gender and plural", () => {
    const t = tokenIn(lexicon, "Die Statthalterin sprach zum Volk.", "Statthalterin");
    expect(t.gender).toBe("f");
    expect(t.plural).toBe("Statthalterinnen");
    const masculine = tokenIn(lexicon, "Der Statthalter sprach zum Volk.", "Statthalter").gloss ?? "";
    expect(masculine.split(", ")).toContain(t.gloss?.split(", ")[0]);
  });

  it.each([
    ["Das Töten von Walen ist verboten.", "Töten", "killing"],
    ["Das Laufen macht ihr Spaß.", "Laufen", "running"],
    ["Das Erfüllen der Regeln ist Pflicht.", "Erfüllen", "fulfilling"],
  ])("verbal noun: %s %s means %s", (sentence, word, gloss) => {
    const t = tokenIn(lexicon, sentence, word);
    expect(t.pos).toBe("NOUN");
    expect(t.gloss?.split(", ")).toContain(gloss);
  });

  it("a word no rule derives from a known word stays unknown", () => {
    const t = tokenIn(lexicon, "Er quorbelte mit ihr.", "quorbelte");
    expect(t.gloss ?? null).toBeNull();
  });
});
