// Issue 12: a common adverb's gloss follows the word it modifies — degree
// (zu spät → too), comparative (noch größer → even), negation (noch nicht →
// yet, nicht mehr → no longer), numbers (über 500 → more than) and
// correlatives (so … wie → as, sowohl … als auch → both … and).
import { beforeAll, describe, expect, it } from "vitest";
import { isComparative } from "@/lib/core/gloss/adverb-position";
import type { Lexicon } from "@/lib/core/lexicon/index";
import { loadLexicon } from "../../helpers/lexicon";
import { tokenIn } from "../../helpers/token-in";

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = loadLexicon();
});

describe("adverbs glossed by their position", () => {
  it.each([
    // degree
    ["Er isst zu schnell.", "zu", /^too$/],
    ["Das ist ein zu großes Risiko.", "zu", /^too$/],
    ["Sie fährt zu ihrer Mutter.", "zu", /^to\b/],
    ["Das führt zu stärkeren Protesten.", "zu", /^to\b/],
    ["Sie ist sehr müde.", "sehr", /^very$/],
    ["Er vermisst seine Heimat sehr.", "sehr", /^very much\b/],
    ["Sie wirkte sehr gefasst.", "sehr", /^very\b/],
    // comparatives
    ["Das neue Haus ist noch größer.", "noch", /^even$/],
    ["Wir wollen uns noch weiter verbessern.", "noch", /^even$/],
    ["Die Städte werden immer größer.", "immer", /^increasingly\b/],
    ["Immer mehr Menschen fahren Rad.", "mehr", /^more and more\b/],
    ["Er kommt immer pünktlich.", "immer", /^always$/],
    ["Er dachte mehr und mehr an sie.", "mehr", /^more and more\b/],
    // negation
    ["Der Brief ist noch nicht angekommen.", "noch", /^yet$/],
    ["Sie wohnt nicht mehr in Bonn.", "mehr", /^no longer\b/],
    ["Sie hatten keine Zeit mehr.", "mehr", /^no longer\b/],
    ["Er verdient nicht mehr als sie.", "mehr", /^more$/],
    ["Sie haben nicht mehr viele Freunde.", "mehr", /^more$/],
    ["Die Stadt ist nicht mehr die alte.", "mehr", /^no longer\b/],
    ["Ich mag das auch nicht.", "auch", /^either\b/],
    ["Er wartet immer noch auf den Bus.", "noch", /^still$/],
    // numbers and time
    ["Die Firma hat über 500 Mitarbeiter.", "über", /^more than\b/],
    ["Das Bild hängt über dem Sofa.", "über", /\bover\b/],
    ["Die Brücke wurde erst 1990 gebaut.", "erst", /^only, not until$/],
    ["Wir essen erst einmal.", "erst", /^first\b/],
    ["Es kamen rund 300 Gäste.", "rund", /^around\b/],
    ["Das Theater spielt bis heute.", "heute", /^to this day\b/],
    ["Sie rief heute Morgen an.", "heute", /^this$/],
    ["Er ist heute krank.", "heute", /^today$/],
    ["Wieder zurück in Bonn, schlief er.", "Wieder", /^back$/],
    ["Sie wurden Vasallen, jedoch mit eigener Regierung.", "jedoch", /^but\b/],
    ["Es regnete, jedoch kamen viele.", "jedoch", /^however$/],
    // correlatives and conjunction-like uses
    ["Der Turm ist so hoch wie die Kirche.", "so", /^as$/],
    ["Der Turm ist so hoch wie die Kirche.", "wie", /^as$/],
    ["Das Haus ist doppelt so groß.", "so", /^as$/],
    ["Wir fahren so oder so mit dem Zug.", "so", /^either way$/],
    ["„Das wird teuer“, so der Minister.", "so", /^says\b/],
    ["Wie kommt man zum Bahnhof?", "Wie", /^how$/],
    ["Sowohl Kinder als auch Eltern waren da.", "auch", /\bboth … and\b/],
    ["Wir gehen, auch wenn es regnet.", "auch", /^even$/],
    ["Damit ist die Sache erledigt.", "Damit", /^with it\b/],
    ["Er spart, damit er ein Auto kaufen kann.", "damit", /^so that$/],
    // selbst: "-self" after its noun or pronoun, "even" before a noun phrase
    ["Die Stadt selbst ist klein.", "selbst", /^itself\b/],
    ["Er selbst hat es gesagt.", "selbst", /^himself$/],
    ["Er hat den Brief selbst geschrieben.", "selbst", /^(?!itself)/],
    ["Selbst Kinder verstehen das.", "Selbst", /^even$/],
    // words Ding lacks as headwords of their own
    ["Andererseits ist die Miete hoch.", "Andererseits", /^on the other hand$/],
    ["Es kamen ca. 50 Leute.", "ca.", /^about\b/],
    ["Im selben Jahr zog sie nach Köln.", "selben", /^same$/],
    ["Über viele Jahre hinweg blieb er.", "hinweg", /^over\b/],
  ])("%s: %s → %s", (sentence, word, gloss) => {
    expect(tokenIn(lexicon, sentence, word).gloss).toMatch(gloss);
  });

  it("finds no rule in an English word that names an Object member", () => {
    const gloss = tokenIn(lexicon, "Der constructor ist neu.", "constructor").gloss;
    expect(gloss === null || typeof gloss === "string").toBe(true);
  });

  it.each([
    ["größer", "groß", "ADJ", true],
    ["schnelleren", "schnell", "ADJ", true],
    ["näher", "nah", "ADJ", true],
    ["mehr", "mehr", "ADJ", true],
    ["groß", "groß", "ADJ", false],
    ["großen", "groß", "ADJ", false],
    ["teuer", "teuer", "ADJ", false],
  ])("isComparative(%s)", (text, lemma, pos, expected) => {
    expect(isComparative({ text, lemma, pos, kind: "word", start: 0, end: text.length })).toBe(expected);
  });
});
