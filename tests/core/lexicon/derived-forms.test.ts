// Forms the form table lacks, derived from a word it has (lib/core/lexicon/derived-forms.ts).
// Runs the real pipeline on the real lexicon; the sentences are written for this test.
import { beforeAll, describe, expect, it } from "vitest";
import { ingGloss, numberWord } from "@/lib/core/lexicon/derived-forms";
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

describe("numberWord: decades and ages in figures", () => {
  it.each([
    ["1970er", { lemma: "1970er", pos: "ADJ", gloss: "1970s" }],
    ["1970ern", { lemma: "1970er", pos: "ADJ", gloss: "1970s" }],
    ["80er", { lemma: "80er", pos: "ADJ", gloss: "80s" }],
    ["2000er", { lemma: "2000er", pos: "ADJ", gloss: "2000s" }],
    ["28-Jährige", { lemma: "28-Jährige", pos: "NOUN", gloss: "28-year-old" }],
    ["28-Jährigen", { lemma: "28-Jährige", pos: "NOUN", gloss: "28-year-old" }],
    ["10-jähriges", { lemma: "10-jährig", pos: "ADJ", gloss: "10-year-old" }],
  ])("%s", (word, expected) => {
    expect(numberWord(word)).toEqual(expected);
  });

  it.each(["3er", "1975er", "2000", "Jährige"])("%s is neither", (word) => {
    expect(numberWord(word)).toBeNull();
  });

  it("a decade before its noun takes the phrase's case; without a noun it is a neuter plural noun (die …er Jahre)", () => {
    const attributive = tokenIn(lexicon, "Das war zu Beginn der 1960er Jahre.", "1960er");
    expect(attributive.pos).toBe("ADJ");
    expect(attributive.feats).toMatchObject({ Case: "Gen", Number: "Plur" });
    const alone = tokenIn(lexicon, "Die Fotos sahen aus wie aus den 1970ern.", "1970ern");
    expect(alone).toMatchObject({ pos: "NOUN", lemma: "1970er", gloss: "1970s", gender: "n" });
    expect(alone.feats).toMatchObject({ Case: "Dat", Number: "Plur" });
  });

  it("an age noun declines like an adjective: its article gives gender and case", () => {
    const t = tokenIn(lexicon, "Die 28-Jährige gewann das Rennen.", "28-Jährige");
    expect(t.feats).toMatchObject({ Case: "Nom", Gender: "Fem", Number: "Sing" });
    expect(tokenIn(lexicon, "Man sah den 28-Jährigen nie wieder.", "28-Jährigen").feats).toMatchObject({
      Case: "Acc",
      Gender: "Masc",
    });
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
