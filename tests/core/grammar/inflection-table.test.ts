// The dictionary panel's inflection table and the review card's grammar,
// from the real lexicon: an irregular separable verb, a verb with "sein",
// a weak noun and a noun whose plural does not change.
import { beforeAll, describe, expect, it } from "vitest";
import { cardGrammar, inflectionTable } from "@/lib/core/grammar/inflection-table";
import { type Lexicon } from "@/lib/core/lexicon/index";
import { loadLexicon } from "../../helpers/lexicon";

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = loadLexicon();
});

describe("inflectionTable", () => {
  it("conjugates a separable irregular verb in the present, simple past, subjunctive II and perfect", () => {
    const table = inflectionTable(lexicon, "einladen", "VERB");
    expect(table?.columns).toEqual(["present", "simple past", "subjunctive II", "perfect"]);
    expect(table?.rows.map((r) => r.heading)).toEqual(["ich", "du", "er/sie/es", "wir", "ihr", "sie/Sie"]);
    expect(table?.rows[2]?.cells).toEqual(["lädt ein", "lud ein", "lüde ein", "hat eingeladen"]);
    expect(table?.rows[0]?.cells[3]).toBe("habe eingeladen");
  });

  it("takes sein for the perfect of a verb of motion", () => {
    const table = inflectionTable(lexicon, "gehen", "VERB");
    expect(table?.rows[2]?.cells).toEqual(["geht", "ging", "ginge", "ist gegangen"]);
    expect(table?.rows[3]?.cells[3]).toBe("sind gegangen");
  });

  it.each([
    [
      "Präsident",
      ["nominative", "der Präsident", "die Präsidenten"],
      ["genitive", "des Präsidenten", "der Präsidenten"],
    ],
    ["Einladung", ["dative", "der Einladung", "den Einladungen"], ["accusative", "die Einladung", "die Einladungen"]],
    ["Lehrer", ["genitive", "des Lehrers", "der Lehrer"], ["dative", "dem Lehrer", "den Lehrern"]],
  ])("declines %s with its articles in the singular and plural", (lemma, ...expected) => {
    const table = inflectionTable(lexicon, lemma, "NOUN");
    expect(table?.columns).toEqual(["singular", "plural"]);
    for (const [heading, ...cells] of expected) {
      expect(table?.rows.find((r) => r.heading === heading)?.cells).toEqual(cells);
    }
  });

  it("has no table for other parts of speech", () => {
    expect(inflectionTable(lexicon, "schnell", "ADJ")).toBeNull();
  });
});

describe("cardGrammar", () => {
  it.each([
    ["Einladung", "NOUN", "plural: die Einladungen"],
    ["Lehrer", "NOUN", "plural: die Lehrer (unchanged)"],
    ["einladen", "VERB", "einladen · lädt ein · lud ein · hat eingeladen"],
    ["gehen", "VERB", "gehen · geht · ging · ist gegangen"],
    ["schnell", "ADJ", null],
  ])("%s (%s) → %s", (lemma, pos, expected) => {
    expect(cardGrammar(lexicon, lemma, pos)).toBe(expected);
  });
});
