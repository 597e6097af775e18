// Issue 12: a bare adjective that modifies the verb is glossed as the
// adverb Ding gives for it (gerade → "just", ungefähr → "about"), while an
// attributive or predicative one keeps the adjective's sense.
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeText } from "@/lib/core/analyze";
import { isAdverbialAdjective } from "@/lib/core/gloss/adverbial";
import type { Lexicon } from "@/lib/core/lexicon/index";
import { loadLexicon } from "../../helpers/lexicon";
import { tokenIn } from "../../helpers/token-in";

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = loadLexicon();
});

describe("adjectives used as adverbs", () => {
  it.each([
    // adverbial: modifies the verb, no copula or not at the clause's end
    ["Das Haus wurde vollständig zerstört.", "vollständig", true],
    ["Sie kommt häufig zu spät.", "häufig", true],
    ["Die Fahrt dauert ungefähr vier Stunden.", "ungefähr", true],
    ["Das ist häufig der Fall.", "häufig", true],
    // attributive: inflected
    ["Das ist ein häufiger Fehler.", "häufiger", false],
    // predicative: with a copula at the end of its clause, or before its verb
    ["Dieser Fehler ist häufig.", "häufig", false],
    ["Er sagt, dass die Straße gerade ist.", "gerade", false],
    ["Die Gespräche seien „beunruhigend“, sagte er.", "beunruhigend", false],
    // the complement of als ("gilt als …") is predicative
    ["Das gilt als extrem unhöflich.", "unhöflich", false],
    ["Er wurde als typisch beschrieben.", "typisch", false],
    ["Er wurde sowohl lebend als auch posthum geehrt.", "posthum", true],
  ])("%s (%s) → %s", (sentence, word, adverbial) => {
    const tokens = analyzeText(sentence, lexicon).sentences.flatMap((s) => s.tokens);
    const i = tokens.findIndex((t) => t.text === word);
    expect(isAdverbialAdjective(tokens, i)).toBe(adverbial);
  });

  it.each([
    ["Er ist gerade angekommen.", "gerade", /\bjust\b/],
    ["Die Straße ist gerade.", "gerade", /^straight\b/],
    ["Die Fahrt dauert ungefähr vier Stunden.", "ungefähr", /^about\b/],
    ["Sie kommt häufig zu spät.", "häufig", /^often\b/],
    ["Das ist ein häufiger Fehler.", "häufiger", /^frequent\b/],
  ])("%s: %s → %s", (sentence, word, gloss) => {
    expect(tokenIn(lexicon, sentence, word).gloss).toMatch(gloss);
  });
});
