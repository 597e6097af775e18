// Derived glosses of compounds the dictionary lacks, read as a learner
// would: the modifier's compound sense, English word order and form.
import { beforeAll, describe, expect, it } from "vitest";
import { type Lexicon } from "@/lib/core/lexicon/index";
import { loadLexicon } from "../../helpers/lexicon";
import { tokenIn } from "../../helpers/token-in";

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = loadLexicon();
});

function compoundGloss(sentence: string, word: string): string | null | undefined {
  return tokenIn(lexicon, sentence, word).compound?.gloss;
}

describe("derived compound glosses", () => {
  it.each([
    // First parts in their compound sense (data/glosses/compound-modifiers.tsv).
    ["Die Ersatzteile kamen spät.", "Ersatzteile", "spare part"],
    ["Das Bundesverwaltungsgericht entschied.", "Bundesverwaltungsgericht", "federal administrative court"],
    ["Eine Grunduntersuchung ist nötig.", "Grunduntersuchung", "basic examination"],
    ["Die Hauptverantwortlichen schweigen.", "Hauptverantwortlichen", "main person in charge"],
    ["Der Konzernchef trat zurück.", "Konzernchef", "company boss"],
    ["Das Wahlbüros war geschlossen.", "Wahlbüros", "election office"],
    ["Der Ortsverein tagte.", "Ortsverein", "local club"],
    ["Die allermeisten kamen.", "allermeisten", "very most"],
    ["Viele Ex-Kommunisten blieben.", "Ex-Kommunisten", "ex-communist"],
    // Abbreviations as themselves.
    ["Die EU-Staaten stimmten zu.", "EU-Staaten", "EU state"],
    ["Der UN-Sicherheitsrat tagte.", "UN-Sicherheitsrat", "UN security council"],
    ["Der SPD-Parteitag begann.", "SPD-Parteitag", "SPD party congress"],
    // Splits: linker that makes a form of the word, longest right part, names.
    ["Die Notenserie erschien.", "Notenserie", "note series"],
    ["Die Markenware ist teuer.", "Markenware", "brand goods"],
    ["Der Jahreswirtschaftsbericht liegt vor.", "Jahreswirtschaftsbericht", "annual economic report"],
    ["Die Gesamtbetriebsratschefin sprach.", "Gesamtbetriebsratschefin", "total works council chief"],
    ["Der Krieg im Nordkaukasus dauert an.", "Nordkaukasus", "North Caucasus"],
    ["Er lebt in Ostdeutschland.", "Ostdeutschland", "East Germany"],
    ["Sie sprach über die nordkoreanischen Truppen.", "nordkoreanischen", "North Korean"],
    // English form: suffixes, numbers, no "of a/the vehicle".
    ["Es war ein gewaltfreies Treffen.", "gewaltfreies", "violence-free"],
    ["Die wurzelähnlichen Fäden wuchsen.", "wurzelähnlichen", "root-like"],
    ["Die Deutschstämmigen kamen.", "Deutschstämmigen", "of German descent"],
    ["Er wartete dreieinhalb Stunden.", "dreieinhalb", "three and a half"],
    ["Der Name des Panzerfahrers fiel.", "Panzerfahrers", "armoured driver"],
    // Heads in their everyday sense (preferred.tsv) and a glossed head lexeme.
    ["Die Unternehmerverbände klagen.", "Unternehmerverbände", "entrepreneur association"],
    ["Sie gingen zur Strandbar.", "Strandbar", "beach bar"],
    ["Er hat zwanzig Wochenstunden.", "Wochenstunden", "week hour"],
  ])("%s %s → %s", (sentence, word, gloss) => {
    expect(compoundGloss(sentence, word)).toBe(gloss);
  });
});
