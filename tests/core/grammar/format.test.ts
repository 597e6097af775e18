// The learner's grammar line: pure formatting of feats plus the lexeme's
// principal parts, genitive and comparison from the real lexicon.
import { beforeAll, describe, expect, it } from "vitest";
import { formatGrammarLine, type GrammarToken } from "@/lib/core/grammar/format";
import { grammarInfoOf } from "@/lib/core/grammar/grammar-info";
import { type Lexicon } from "@/lib/core/lexicon/index";
import { loadLexicon } from "../../helpers/lexicon";

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = loadLexicon();
});

/** "lud … ein" in "Er lud sie ein." */
const LUD: GrammarToken = {
  text: "lud",
  lemma: "laden",
  phraseLemma: "einladen",
  particle: "ein",
  pos: "VERB",
  feats: { Mood: "Ind", Number: "Sing", Person: "3", Tense: "Past", VerbForm: "Fin" },
};

describe("formatGrammarLine", () => {
  it.each<[string, GrammarToken, string | undefined, string]>([
    [
      "noun",
      {
        text: "Einladung",
        lemma: "Einladung",
        pos: "NOUN",
        article: "die",
        plural: "Einladungen",
        feats: { Case: "Acc", Gender: "Fem", Number: "Sing" },
      },
      undefined,
      "die Einladung — feminine noun, accusative singular · plural Einladungen",
    ],
    [
      "ambiguous case",
      {
        text: "Frau",
        lemma: "Frau",
        pos: "NOUN",
        article: "die",
        feats: { Case: "Nom,Acc", Gender: "Fem", Number: "Sing" },
      },
      undefined,
      "die Frau — feminine noun, nominative or accusative singular",
    ],
    ["separated verb", LUD, undefined, "lud … ein — einladen, 3rd person singular, simple past"],
    [
      "subjunctive II",
      {
        text: "wäre",
        lemma: "sein",
        pos: "AUX",
        feats: { Mood: "Sub", Number: "Sing", Person: "3", Tense: "Past", VerbForm: "Fin" },
      },
      undefined,
      "wäre — sein, 3rd person singular, subjunctive II",
    ],
    [
      "participle",
      { text: "eingeladen", lemma: "einladen", pos: "VERB", feats: { Tense: "Past", VerbForm: "Part" } },
      undefined,
      "eingeladen — einladen, past participle",
    ],
    ["dative preposition", { text: "mit", lemma: "mit", pos: "ADP" }, undefined, "mit — preposition + dative"],
    ["accusative preposition", { text: "für", lemma: "für", pos: "ADP" }, undefined, "für — preposition + accusative"],
    [
      "two-way preposition here",
      { text: "in", lemma: "in", pos: "ADP" },
      "Acc",
      "in — two-way preposition, here + accusative",
    ],
    [
      "adjective",
      {
        text: "großen",
        lemma: "groß",
        pos: "ADJ",
        feats: { Case: "Dat", Gender: "Masc", Number: "Sing", Degree: "Pos" },
      },
      undefined,
      "großen — groß, adjective, dative masculine singular",
    ],
    [
      "pronoun",
      { text: "sie", lemma: "sie", pos: "PRON", feats: { Case: "Nom", Number: "Plur", Person: "3" } },
      undefined,
      "sie — pronoun, 3rd person nominative plural",
    ],
  ])("%s", (_label, token, nextCase, expected) => {
    expect(formatGrammarLine(token, {}, nextCase)).toBe(expected);
  });

  it("appends what the lexeme contributes", () => {
    expect(formatGrammarLine(LUD, grammarInfoOf(lexicon, "einladen", "VERB"))).toBe(
      "lud … ein — einladen, 3rd person singular, simple past · lädt ein, lud ein, hat eingeladen",
    );
  });
});

describe("grammarInfoOf", () => {
  it.each([
    ["einladen", "VERB", { parts: "lädt ein, lud ein, hat eingeladen" }],
    ["gehen", "VERB", { parts: "geht, ging, ist gegangen" }],
    ["ankommen", "VERB", { parts: "kommt an, kam an, ist angekommen" }],
    ["nehmen", "VERB", { parts: "nimmt, nahm, hat genommen" }],
    ["Präsident", "NOUN", { genitive: "des Präsidenten" }],
    ["Haus", "NOUN", { genitive: "des Hauses" }],
    ["Einladung", "NOUN", {}],
    ["groß", "ADJ", { comparison: "größer, am größten" }],
    ["kurz", "ADJ", { comparison: "kürzer, am kürzesten" }],
    ["gut", "ADJ", { comparison: "besser, am besten" }],
    ["schnell", "ADJ", { comparison: "schneller, am schnellsten" }],
  ])("%s (%s)", (lemma, pos, expected) => {
    expect(grammarInfoOf(lexicon, lemma, pos)).toEqual(expected);
  });
});
