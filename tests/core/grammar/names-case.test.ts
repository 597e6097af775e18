// The case of names (issue 15): the words of a multiword or foreign name share the name's case,
// including the ones the tagger does not read as a name (particles, English adjectives).
import { beforeAll, describe, expect, it } from "vitest";
import { type Lexicon } from "@/lib/core/lexicon/index";
import { loadLexicon } from "../../helpers/lexicon";
import { caseIn, type CaseRow as Row } from "../../helpers/case-in";
import { tokenIn } from "../../helpers/token-in";

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = loadLexicon();
});

const caseOf = (sentence: string, word: string) => caseIn(lexicon, sentence, word);

describe("words inside a name take the name's case", () => {
  it.each<Row>([
    // A Romance or Dutch name particle between two names.
    ["Paolo di Stefano malt jeden Tag.", "di", "Nom"],
    ["Wir besuchten gestern Erik van Dijk.", "van", "Acc"],
    // An English adjective inside the sentence that opens a name.
    ["Sie wanderten durch den Golden Gate Park.", "Golden", "Acc"],
    ["Er wohnt seit Jahren in British Columbia.", "British", "Dat"],
    // A first name at the start of a sentence that the tagger took for an adjective.
    ["Christopher Marlowe schrieb viele Dramen.", "Christopher", "Nom"],
    // Uninflected ganz before a place name stands in the name's case.
    ["Er reiste im Sommer durch ganz Europa.", "ganz", "Acc"],
    // After a preposition without the genitive, the -s of a name with no noun after it is part of the name.
    // (William in the text before makes the lemmatizer read Williams as William + s.)
    ["Prinz William kam früh. Im Finale verlor sie gegen Mary Williams.", "Williams", "Acc"],
    ["Prinz William kam früh. Im Finale verlor sie gegen Mary Williams.", "Mary", "Acc"],
    // Before a noun it is still the genitive.
    ["Prinz William kam früh. Sie lobte Williams Rede.", "Williams", "Gen"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(caseOf(sentence, word)).toBe(expected);
  });
});

describe("attributive words whose form the tagger or the stem tables miss", () => {
  it.each<Row>([
    // hoch declines on the stem hoh-.
    ["Bei hohem Fieber muss man zum Arzt.", "hohem", "Dat"],
    ["Wegen der hohen Mieten ziehen viele weg.", "hohen", "Gen"],
    // sein before an inflected adjective is the possessive, not the verb.
    ["Der Bauer hat gestern sein neues Haus verkauft.", "sein", "Acc"],
    ["Der Bauer hat gestern sein neues Haus verkauft.", "neues", "Acc"],
    // An adjective coordinated with the adjectives before a noun has a strong ending, not a comparative.
    ["Sie forderten die Einführung gleicher und geheimer Wahlen.", "gleicher", "Gen"],
    ["Ein kalter, nasser Wind wehte über das Feld.", "kalter", "Nom"],
    // A form the tagger took for a headword (letzter) is an inflected adjective (letzt|er) before a noun.
    ["Bei uns hat es in letzter Zeit oft geregnet.", "letzter", "Dat"],
    // A participle the tagger read as a past-tense verb, between an inflected adjective and its noun.
    ["Sie legte eine moderne umweltorientierte Strategie vor.", "umweltorientierte", "Acc"],
    // An unknown lower-case word with an adjective ending between an adverb and a noun.
    ["Die Münze hat vornehmlich sammlerkundliche Bedeutung.", "sammlerkundliche", "Acc"],
    // zwei and drei have a genitive in -er.
    ["Sie ist die Mutter zweier Kinder.", "zweier", "Gen"],
    ["Sie ist die Mutter zweier Kinder.", "Kinder", "Gen"],
    // ss for ß (Swiss spelling).
    ["Der Laden hat eine grosse Auswahl an Käse.", "grosse", "Acc"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(caseOf(sentence, word)).toBe(expected);
  });
});

describe("a name in close apposition may stand in the nominative", () => {
  it.each<[sentence: string, word: string, included: string[]]>([
    // A bare noun followed by names after a noun: the noun's case or the nominative.
    ["Sie arbeitete zehn Jahre beim Sender BBC World.", "BBC", ["Nom", "Dat"]],
    ["Die Expedition stand unter der Leitung von Kapitän Sir Robert Falcon.", "Sir", ["Nom", "Dat"]],
    // A surname the tagger read as a noun shares the cases of the first name before it.
    ["Damals regierte Kanzler Gerd Fischer das Land.", "Fischer", ["Nom"]],
    // After an article's phrase too, when the dictionary knows the noun only as a compound.
    ["Die Firma entließ gestern den Direktor Jan Steinhaus.", "Steinhaus", ["Nom", "Acc"]],
    // A bare name between commas after a noun: a loose apposition, in the noun's case or the nominative.
    ["Er besuchte seinen Bruder, Paul, im Krankenhaus.", "Paul", ["Nom", "Acc"]],
  ])("%s — %s may be %j", (sentence, word, included) => {
    const values = caseOf(sentence, word)?.split(",") ?? [];
    for (const c of included) expect(values).toContain(c);
  });
});

describe("a past-tense verb before its object stays a verb", () => {
  it("Die Forscher veröffentlichten Ergebnisse. — veröffentlichten has no case", () => {
    const token = tokenIn(lexicon, "Die Forscher veröffentlichten Ergebnisse.", "veröffentlichten");
    expect(token.feats?.Case).toBeUndefined();
    expect(token.feats?.Tense).toBe("Past");
  });
});
