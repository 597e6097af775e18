// Genitive or dative (issue 15): partitives, extended attributes that separate an article from its
// noun, declension forms the tables miss (hoh-, zweier) and the case of a noun phrase after a noun.
import { beforeAll, describe, expect, it } from "vitest";
import { type Lexicon } from "@/lib/core/lexicon/index";
import { loadLexicon } from "../../helpers/lexicon";
import { caseIn, type CaseRow as Row } from "../../helpers/case-in";

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = loadLexicon();
});

const caseOf = (sentence: string, word: string) => caseIn(lexicon, sentence, word);

describe("an article separated from its noun by an extended attribute", () => {
  it.each<Row>([
    // At the start of the sentence the article is no relative pronoun.
    ["Dem seit Wochen andauernden Streik folgte eine Einigung.", "Streik", "Dat"],
    ["Dem seit Wochen andauernden Streik folgte eine Einigung.", "andauernden", "Dat"],
    // A hyphen inside the attribute does not end it.
    ["Die 1990 als Familien - Betrieb gegründeten Werkstätten schlossen.", "Werkstätten", "Nom"],
    // After a partitive head the article may be tagged as a pronoun; "am …sten" ends the complement.
    ["Das ist eines der am schnellsten gebauten Häuser der Stadt.", "der", "Gen"],
    ["Das ist eines der am schnellsten gebauten Häuser der Stadt.", "Häuser", "Gen"],
    // A nominalised participle after a pronoun of the complement.
    ["Keiner der auf uns Wartenden ging nach Hause.", "Wartenden", "Gen"],
    // After an opening quotation mark.
    ["Er lehnte aufgrund „der von der Firma genannten Preise“ ab.", "der", "Gen"],
    // The attribute's complement may hold a century ("des frühen 12. Jahrhunderts").
    ["Sie waren eine der während des frühen 12. Jahrhunderts herrschenden Familien.", "Familien", "Gen"],
    // zu + present participle ends the complement too ("der zu erwartende …").
    ["Es ist der bei Kindern am häufigsten zu beobachtende Husten.", "Husten", "Nom"],
    // dieser and jener, with nicht ending the complement.
    ["Er wandte sich an eine dieser in Europa nicht anerkannten Schulen.", "Schulen", "Gen"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(caseOf(sentence, word)).toBe(expected);
  });
});

describe("forms of the genitive", () => {
  it.each<Row>([
    // viel- and wenig- after a possessive decline like adjectives: one partitive phrase.
    ["Sie las in einem seiner vielen alten Bücher.", "seiner", "Gen"],
    ["Sie las in einem seiner vielen alten Bücher.", "vielen", "Gen"],
    ["Sie las in einem seiner vielen alten Bücher.", "Bücher", "Gen"],
    // zweier, dreier: the genitive of zwei and drei.
    ["Er übernahm die Leitung zweier Schulen.", "zweier", "Gen"],
    ["Er übernahm die Leitung zweier Schulen.", "Schulen", "Gen"],
    // An adjective before a coordinated adjective is attributive.
    ["Sie forderten die Einführung niedriger und fairer Preise.", "niedriger", "Gen"],
    // Counted, a form in -s the table has only as a genitive singular is a plural in -s.
    ["Er kaufte zwei Blocks.", "Blocks", "Acc"],
    ["Sie wohnt ein paar Blocks weiter.", "Blocks", "Acc"],
    // hoch declines on hoh-.
    ["Wegen des hohen Preises kaufte er nichts.", "hohen", "Gen"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(caseOf(sentence, word)).toBe(expected);
  });
});

describe("genitive attribute, dative object or both", () => {
  it.each<Row>([
    // After a noun: the genitive attribute.
    ["Der Sprecher der Regierung sagte nichts.", "Regierung", "Gen"],
    ["Dort stimmten 40 % der Bürger dagegen.", "Bürger", "Gen"],
    ["Sie besuchten den „Tempel“ der Göttin.", "Göttin", "Gen"],
    ['Sie besuchten den "Tempel" der Göttin.', "Göttin", "Gen"],
    ["Er zitierte Artikel 5 des Gesetzes und Absatz 2 der Verordnung.", "Verordnung", "Gen"],
    // A bare noun coordinated with a genitive attribute shares its article.
    ["Sie lobte den Ton der Verkäufer und Besitzer.", "Besitzer", "Gen"],
    ["Er sprach mit Vertretern der deutschen und der französischen Regierung.", "Regierung", "Gen"],
    ["Er sprach mit Vertretern der deutschen und der französischen Regierung.", "französischen", "Gen"],
    // A verb with a dative object that has none: the phrase after a noun may be either.
    ["Am Montag erklärte der Minister der Zeitung seine Pläne.", "Zeitung", "Dat,Gen"],
    // … but not when the dative object is there, nor in the first position, nor a bare adjective phrase.
    ["Er gab dem Kind das Buch der Lehrerin.", "Lehrerin", "Gen"],
    ["Der Freundin der Lehrerin gab er das Buch.", "Lehrerin", "Gen"],
    ["Dem Land fehlt ein System sozialer Sicherung.", "Sicherung", "Gen"],
    // A bare name takes no genitive attribute; a genitive name before its noun is no noun of its own.
    ["Am Morgen wohnte Anna der Feier bei.", "Feier", "Dat"],
    ["Das Buch lag in Frau Müllers großer Tasche.", "Tasche", "Dat"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(caseOf(sentence, word)).toBe(expected);
  });
});

describe("verbs and adjectives with a genitive object", () => {
  it.each<Row>([
    ["Die Frau wurde der Bestechung angeklagt.", "Bestechung", "Gen"],
    ["Er ist sich der Gefahr bewusst.", "Gefahr", "Gen"],
    ["Sie enthielt sich der Stimme.", "Stimme", "Gen"],
    ["Am Sonntag gedachten sie der Opfer.", "Opfer", "Gen"],
    // Without sich, enthalten has no genitive object; a dative verb keeps its dative.
    ["Er hilft der Frau.", "Frau", "Dat"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(caseOf(sentence, word)).toBe(expected);
  });
});

describe("phrases cut where the noun phrase does not end", () => {
  it.each<Row>([
    // A truncated first part shares the article and the head after the coordinator.
    ["Sie las Berichte der Kranken- und Pflegekassen.", "Pflegekassen", "Gen"],
    ["Er las Analysen der Wirtschaft- und Bevölkerungsdaten.", "Bevölkerungsdaten", "Gen"],
    // After a comma, der that fits the noun only as a genitive is a relative pronoun.
    ["Sie lobte den Lehrer, der Zeichen setzte.", "der", "Nom"],
    ["Sie lobte den Lehrer, der Zeichen setzte.", "Zeichen", "Acc"],
    // A preposition right before another governs the phrase after the inner one's complement.
    ["Er erhob Steuern von durch die Stadt reisenden Menschen.", "Menschen", "Dat"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(caseOf(sentence, word)).toBe(expected);
  });
});
