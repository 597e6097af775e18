// Runs the real pipeline on the real lexicon (built into .cache/lexicon on
// first use: ~15 s once per machine; later loads < 1 s).
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeText } from "@/lib/core/analyze";
import { lookupEntry, type Lexicon } from "@/lib/core/lexicon/index";
import { loadLexicon } from "../../helpers/lexicon";
import { tokenIn } from "../../helpers/token-in";
import { chosenPart } from "../../helpers/second-sense";

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = loadLexicon();
});

function token(sentence: string, word: string) {
  return tokenIn(lexicon, sentence, word);
}

describe("lemmatization in context", () => {
  it.each([
    ["Während eines persönlichen Gesprächs lud er ihn ein.", "Gesprächs", "Gespräch", "NOUN"],
    ["Während eines persönlichen Gesprächs lud er ihn ein.", "lud", "laden", "VERB"],
    ["Putin besuchte Nordkorea zuletzt im Juli 2000.", "besuchte", "besuchen", "VERB"],
    ["Es gab die wegweisenden Gespräche.", "wegweisenden", "wegweisend", "ADJ"],
    ["Die USA und ihre Verbündeten sind bestürzt.", "Verbündeten", "Verbündete", "NOUN"],
    ["Er hat die Einladung angenommen.", "angenommen", "annehmen", "VERB"],
    // A common adjective with a sense of its own, from a rare verb (bekennen, belieben), is the adjective …
    ["Das ist doch allgemein bekannt.", "bekannt", "bekannt", "ADJ"],
    ["Die Sängerin ist bei Kindern sehr beliebt.", "beliebt", "beliebt", "ADJ"],
    // … unless a reflexive or a passive auxiliary follows.
    ["Die Stadt erfreut sich großer Beliebtheit.", "erfreut", "erfreuen", "VERB"],
    ["Es ist schwierig, Druck auszuüben.", "auszuüben", "ausüben", "VERB"],
    ["Wladimir Putin kam.", "Putin", "Putin", "PROPN"],
    ["Putin kam. Das war Putins erster Besuch.", "Putins", "Putin", "PROPN"],
    ["Der Sprecher des US-Außenministeriums sprach.", "US-Außenministeriums", "US-Außenministerium", "NOUN"],
    ["Beim Bau von Atom-U-Booten hilft er.", "Atom-U-Booten", "Atom-U-Boot", "NOUN"],
    ["Die Staats- und Regierungschefs kamen.", "Staats-", "Staat", "NOUN"],
    ["Bei dem Treffen sprach er.", "Treffen", "Treffen", "NOUN"],
    ["Wir treffen uns morgen.", "treffen", "treffen", "VERB"],
    ["Die Kinder spielten im Garten.", "Kinder", "Kind", "NOUN"],
    ["Das ist der größte Erfolg.", "größte", "groß", "ADJ"],
    ["Sie sind stärker als wir.", "stärker", "stark", "ADJ"],
    ["Die Einladung kam heute.", "Die", "der", "DET"],
    ["Er gab ihm das Buch.", "ihm", "er", "PRON"],
    ["Er musste gehen.", "musste", "müssen", "AUX"],
    ["Das ist eine grosse Sache.", "grosse", "groß", "ADJ"],
    ["Melden Sie die Gäste an.", "Melden", "melden", "VERB"],
    // An adverb-or-noun alone before the verb is the adverb; with an article it is the noun.
    ["Morgen kommen sie zurück.", "Morgen", "morgen", "ADV"],
    ["Der Morgen war kalt.", "Morgen", "Morgen", "NOUN"],
    // An inflected adjective alone before the verb is the nominalised noun.
    ["Reisende müssen mit Wartezeiten rechnen.", "Reisende", "Reisende", "NOUN"],
    // The lower-case spelling of a noun form, not a compound (tau|sende).
    ["Es kamen tausende Menschen.", "tausende", "Tausend", "NOUN"],
    // An adjective compound in lower case stays the adjective, though a nominalised noun has its form.
    ["Die leibeigenen Bauern arbeiteten.", "leibeigenen", "leibeigen", "ADJ"],
    // im/am/zum/beim … take no feminine noun: der Fall, der Westen.
    ["Im Falle eines Angriffs hilft er.", "Falle", "Fall", "NOUN"],
    ["Er geht in die Falle.", "Falle", "Falle", "NOUN"],
    ["Das ist eine Falle.", "Falle", "Falle", "NOUN"],
    ["Die Lage im Westen ist ruhig.", "Westen", "Westen", "NOUN"],
    ["Er reist nach Westen.", "Westen", "Westen", "NOUN"],
    ["Sie kaufte zwei Westen.", "Westen", "Weste", "NOUN"],
    // A capitalised adjective in a name before its noun.
    ["Er reist in den Fernen Osten.", "Fernen", "fern", "ADJ"],
    ["Der Sprecher des Weißen Hauses sprach.", "Weißen", "weiß", "ADJ"],
    ["Sie half dem Roten Kreuz.", "Roten", "rot", "ADJ"],
    // A present participle closing the clause after sein is an adjective.
    ["Er sagte, die Lage sei beunruhigend.", "beunruhigend", "beunruhigend", "ADJ"],
    ["Das Teil wurde umgehend ausgetauscht.", "ausgetauscht", "austauschen", "VERB"],
    // A year before the verb is an adverbial, not a count announcing a noun.
    ["1832 verkaufte der Staat die Anlage.", "verkaufte", "verkaufen", "VERB"],
    ["2010 veröffentlichte die Stiftung eine Edition.", "veröffentlichte", "veröffentlichen", "VERB"],
    ["Es gab 2000 neue Stellen.", "neue", "neu", "ADJ"],
    // A bare superlative stem is no word: "heißt" is heißen, not heiß (heißest).
    ["Der Hund heißt Bello.", "heißt", "heißen", "VERB"],
    ["Wie heißt die Stadt?", "heißt", "heißen", "VERB"],
    ["Er kürzt den Text.", "kürzt", "kürzen", "VERB"],
    ["Das ist der heißeste Tag.", "heißeste", "heiß", "ADJ"],
  ])("%s: %s → %s", (sentence, word, lemma, pos) => {
    const t = token(sentence, word);
    expect(t.lemma).toBe(lemma);
    expect(t.pos).toBe(pos);
  });
});

// Uninflected adjectives (predicative "ist freundlich", adverbial "singt
// schön") are adjectives, UD ADJ, with the adjective's gloss; true adverbs
// and adjectives that are also particles stay ADV.
describe("uninflected adjectives and adverbs", () => {
  it.each([
    // Predicate after a copula: the adjective, not an "-ly" adverb.
    ["Das Personal ist sehr freundlich.", "freundlich", "freundlich", "ADJ", "friendly"],
    ["Das Essen war lecker.", "lecker", "lecker", "ADJ", "delicious"],
    ["Wir sind zufrieden.", "zufrieden", "zufrieden", "ADJ", "satisfied"],
    ["Das Zimmer war sauber und gemütlich.", "gemütlich", "gemütlich", "ADJ", "cozy"],
    ["Die Mitarbeiter waren kompetent.", "kompetent", "kompetent", "ADJ", "competent"],
    ["Das Hotel ist teuer.", "teuer", "teuer", "ADJ", "expensive"],
    ["Ich bin froh.", "froh", "froh", "ADJ", "glad"],
    ["Das ist sehr gut.", "gut", "gut", "ADJ", "good"],
    ["Alle waren nett.", "nett", "nett", "ADJ", "nice"],
    ["Das Wetter bleibt schön.", "schön", "schön", "ADJ", "beautiful"],
    // An adjective particle closing the clause after a copula is the adjective.
    ["Das ist einfach.", "einfach", "einfach", "ADJ", "simple"],
    // Modifying an adjective: still ADJ, glossed as English says it.
    ["Das Essen war absolut lecker.", "absolut", "absolut", "ADJ", "absolutely"],
    ["Wir wurden gut beraten.", "gut", "gut", "ADJ", "well"],
    // True adverbs stay adverbs.
    ["Er kommt oft.", "oft", "oft", "ADV", "often"],
    ["Sie singt gern.", "gern", "gern", "ADV", "gladly"],
    ["Das ist sehr gut.", "sehr", "sehr", "ADV", "very"],
    ["Er kommt sofort.", "sofort", "sofort", "ADV", "immediately"],
    ["Wir kommen später.", "später", "später", "ADV", "later"],
    // Adjectives that are also particles or sentence adverbs stay ADV.
    ["Das ist einfach toll.", "einfach", "einfach", "ADV", "simply"],
    ["Er kommt natürlich mit.", "natürlich", "natürlich", "ADV", "naturally"],
    ["Das war wirklich gut.", "wirklich", "wirklich", "ADV", "really"],
    ["Sie ist ganz nett.", "ganz", "ganz", "ADV", "quite"],
    ["Er kommt erst morgen.", "erst", "erst", "ADV", "only"],
  ])("%s: %s → %s %s “%s”", (sentence, word, lemma, pos, gloss) => {
    const t = token(sentence, word);
    expect(t.lemma).toBe(lemma);
    expect(t.pos).toBe(pos);
    expect(chosenPart(t.gloss, gloss)).toBe(gloss);
  });

  it.each([
    // An uninflected adjective announces no noun: the participle after it is the verb.
    ["Wir wurden gut beraten.", "beraten", "beraten", "VERB"],
    ["Das Paket wurde schnell geliefert.", "geliefert", "liefern", "VERB"],
  ])("%s: %s → %s %s", (sentence, word, lemma, pos) => {
    const t = token(sentence, word);
    expect(t.lemma).toBe(lemma);
    expect(t.pos).toBe(pos);
  });
});

describe("separable verbs", () => {
  it.each([
    ["Putin nimmt die Einladung von Kim an.", "nimmt", "annehmen", "an"],
    ["Kim lud Putin zu einem Besuch in Nordkorea ein.", "lud", "einladen", "ein"],
    ["Am Donnerstag setzte Kim seine Reise fort.", "setzte", "fortsetzen", "fort"],
    ["Kim bot seine volle Unterstützung an und nannte ihn einen Freund.", "bot", "anbieten", "an"],
    ["Sie erörterten Fragen, gaben jedoch keine Einzelheiten bekannt.", "gaben", "bekanntgeben", "bekannt"],
    ["Er nahm das Geschenk und die Einladung an.", "nahm", "annehmen", "an"],
    ["Im Keller wählt der Gast, wenn er möchte, seinen Wein aus.", "wählt", "auswählen", "aus"],
  ])("%s", (sentence, verb, lemma, particle) => {
    const tokens = analyzeText(sentence, lexicon).sentences.flatMap((s) => s.tokens);
    const v = tokens.findIndex((t) => t.text === verb);
    const p = tokens.findLastIndex((t) => t.text === particle);
    expect(tokens[v]?.phrase?.lemma).toBe(lemma);
    expect(tokens[v]?.phrase?.tokenIndexes).toEqual([v, p]);
    expect(tokens[p]?.phrase).toEqual(tokens[v]?.phrase);
    expect(tokens[v]?.phrase?.gloss).toMatch(/^to /);
  });

  it.each([
    ["Er geht an die Tür.", "geht"],
    ["Er kommt zu spät, weil er an nichts denkt.", "kommt"],
    ["Sie sagte, er komme morgen an", "sagte"],
  ])("does not link a preposition: %s", (sentence, verb) => {
    expect(token(sentence, verb).phrase).toBeUndefined();
  });
});

describe("compounds not in the dictionary", () => {
  it.each([
    ["Kremlsprecher", ["Kreml", "sprecher"], /kremlin.*spokes|kremlin.*speaker/i],
    ["Sicherheitskooperation", ["Sicherheit", "s", "kooperation"], /security cooperation/i],
    ["Spionagesatelliten", ["Spionage", "satelliten"], /espionage satellite|spy satellite/i],
  ])("%s", (word, parts, gloss) => {
    const t = token(`Der ${word} kam.`, word);
    expect(t.compound?.parts).toEqual(parts);
    expect(t.compound?.derived).toBe(true);
    expect(t.gloss).toMatch(gloss);
    expect(t.pos).toBe("NOUN");
  });
});

describe("learner glosses", () => {
  it.each([
    // A participle adjective gets the verb's English participle.
    ["Die erzielten Ergebnisse sind gut.", "erzielten", /^achieved$/],
    ["Die angekündigten Maßnahmen kamen.", "angekündigten", /^announced$/],
    // weitere/weiteren: further, not far.
    ["Es gab weitere Sanktionen.", "weitere", /^further$/],
    ["Das ist weit weg.", "weit", /^(?!further)/],
    // Compound first parts: Atom- is nuclear, Panzer- armoured, US- US.
    ["Der Panzerzug fuhr.", "Panzerzug", /^armoured train$/],
    ["Sie bauen Atom-U-Boote.", "Atom-U-Boote", /^nuclear submarines?$/],
    ["Der Sprecher des US-Außenministeriums sprach.", "US-Außenministeriums", /^US /],
  ])("%s: %s", (sentence, word, gloss) => {
    expect(token(sentence, word).gloss ?? "").toMatch(gloss);
  });
});

describe("lookupEntry", () => {
  it("returns gender, plural, ranked senses and examples", () => {
    const entry = lookupEntry(lexicon, "Einladung", "NOUN");
    expect(entry?.gender).toBe("f");
    expect(entry?.plural).toBe("Einladungen");
    expect(entry?.senses[0]?.gloss).toBe("invitation");
    expect(entry?.examples.length).toBeGreaterThan(0);
  });

  it("returns null for an unknown lemma", () => {
    expect(lookupEntry(lexicon, "Xyzzyplonk")).toBeNull();
  });
});
