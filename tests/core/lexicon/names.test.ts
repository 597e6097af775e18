// Place names and surnames the dictionary lacks read as names (PROPN, no
// gloss, no split) where a bare singular noun cannot stand; real compounds
// with the same last parts keep their split and gloss.
import { beforeAll, describe, expect, it } from "vitest";
import { type Lexicon } from "@/lib/core/lexicon/index";
import { loadLexicon } from "../../helpers/lexicon";
import { tokenIn } from "../../helpers/token-in";

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = loadLexicon();
});

function token(sentence: string, word: string) {
  return tokenIn(lexicon, sentence, word);
}

describe("names the dictionary lacks", () => {
  it.each([
    ["Er wohnt in Göttingen.", "Göttingen", "Göttingen"],
    ["Wir fahren morgen nach Göttingen.", "Göttingen", "Göttingen"],
    ["Er studierte in Göttingens Altstadt.", "Göttingens", "Göttingen"],
    ["Sie lebt bei Rosenheim.", "Rosenheim", "Rosenheim"],
    ["Im Landkreis Rosenheim regnet es.", "Rosenheim", "Rosenheim"],
    ["Sie kommt aus Meerbusch.", "Meerbusch", "Meerbusch"],
    ["Er zog nach Falkensee.", "Falkensee", "Falkensee"],
    ["Die Kanzlei Singewald gewann.", "Singewald", "Singewald"],
    ["Sie fährt nach Stephanskirchen.", "Stephanskirchen", "Stephanskirchen"],
    ["Herr Feldkamp riet ab.", "Feldkamp", "Feldkamp"],
    ["Klaus Mannesmann kam spät.", "Mannesmann", "Mannesmann"],
    ["Der Konzern Mannesmann wurde verkauft.", "Mannesmann", "Mannesmann"],
    ["Sie leben in St. Walburg.", "Walburg", "Walburg"],
  ])("%s %s → name", (sentence, word, lemma) => {
    const t = token(sentence, word);
    expect(t.pos).toBe("PROPN");
    expect(t.lemma).toBe(lemma);
    expect(t.gloss ?? null).toBeNull();
    expect(t.compound).toBeUndefined();
  });

  it.each([
    // After an article or contraction, in a plural, in an idiom, after a name's genitive.
    ["Wir fahren mit Kopfsteinpflaster.", "Kopfsteinpflaster"],
    ["Das Wikingerdorf liegt am Meer.", "Wikingerdorf"],
    ["Die Kinder spielen im Wasserwald.", "Wasserwald"],
    ["Sie kamen aus Dorfkirchen und Kapellen.", "Dorfkirchen"],
    ["Er fährt nach Feldkirchen.", "Feldkirchen"],
    ["Die Hilfe von Bürgerkriegsflüchtlingen wächst.", "Bürgerkriegsflüchtlingen"],
    ["Sie schwammen in Karpfenseen.", "Karpfenseen"],
    ["Er zog von Jugendwohnheim zu Jugendwohnheim.", "Jugendwohnheim"],
    ["Europas Wasserwald wächst.", "Wasserwald"],
  ])("%s %s stays a compound", (sentence, word) => {
    const t = token(sentence, word);
    expect(t.pos).toBe("NOUN");
    expect(t.compound?.parts.length).toBeGreaterThan(1);
  });
});

// Issue 12: names English writes otherwise show the English form, from
// Ding's entries for places and people (not "(name)").
describe("names with an English form", () => {
  it.each([
    ["Er flog nach Moskau.", "Moskau", "Moscow"],
    ["Der Dom steht in Köln.", "Köln", "Cologne"],
    ["Pjöngjang liegt in Nordkorea.", "Pjöngjang", "Pyongyang"],
    ["Sie wohnt in München.", "München", "Munich"],
    ["Wir fahren nach Warschau.", "Warschau", "Warsaw"],
    ["Er kam aus Mailand zurück.", "Mailand", "Milan"],
    ["Die Lehren des Konfuzius sind alt.", "Konfuzius", "Confucius"],
  ])("%s %s → %s", (sentence, word, english) => {
    expect(token(sentence, word).gloss).toBe(english);
  });
});
