// Case from the clause (issue 15): which noun phrase is the subject, adverbial accusatives of
// time, passive and copula clauses, in main clauses, subordinate clauses and questions.
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

describe("an adverbial accusative of time is no subject", () => {
  it.each<Row>([
    ["Jeden Tag liest die Frau die Zeitung.", "Tag", "Acc"],
    ["Jeden Tag liest die Frau die Zeitung.", "Frau", "Nom"],
    ["Nach dem Unfall sagt heute Morgen die Polizei nichts.", "Morgen", "Acc"],
    ["Nach dem Unfall sagt heute Morgen die Polizei nichts.", "Polizei", "Nom"],
    ["Anfang Oktober nutzte das Team den Saal.", "Oktober", "Acc"],
    ["Anfang Oktober nutzte das Team den Saal.", "Team", "Nom"],
    ["Ich bin die letzten Monate lange aufgeblieben.", "Monate", "Acc"],
    ["Er sagt, dass die Firma letzte Woche das Werk schloss.", "Woche", "Acc"],
    ["Er sagt, dass die Firma letzte Woche das Werk schloss.", "Firma", "Nom"],
    ["Hat die Firma diesen Sommer das Werk geschlossen?", "Firma", "Nom"],
    ["Hat die Firma diesen Sommer das Werk geschlossen?", "Sommer", "Acc"],
    // A capitalised numeral at the start is no noun of its own.
    ["Zwei Jahre später steht Jutting vor dem Gericht.", "Jahre", "Acc"],
    ["Zwei Jahre später steht Jutting vor dem Gericht.", "Jutting", "Nom"],
    // With no other candidate the noun of time is the subject.
    ["Der Tag war lang.", "Tag", "Nom"],
    ["Jeder Tag zählt.", "Tag", "Nom"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(caseOf(sentence, word)).toBe(expected);
  });
});

describe("the subject is the first phrase that agrees with the verb", () => {
  it.each<Row>([
    ["Russland hatte die Aussetzung angekündigt.", "Russland", "Nom"],
    ["Russland hatte die Aussetzung angekündigt.", "Aussetzung", "Acc"],
    ["Handel brachte der Stadt Reichtum.", "Handel", "Nom"],
    ["2010 veröffentlichte die Stiftung eine Edition.", "Edition", "Acc"],
    ["Er sagt, dass Geld die Welt regiert.", "Geld", "Nom"],
    ["Er sagt, dass Geld die Welt regiert.", "Welt", "Acc"],
    // Number agreement decides before position.
    ["Die Kinder sieht die Lehrerin.", "Lehrerin", "Nom"],
    ["Die Kinder sieht die Lehrerin.", "Kinder", "Acc"],
    ["Das Buch lesen die Schüler.", "Schüler", "Nom"],
    // "sie" takes the verb's number: it stays the first candidate.
    ["Sie tötete den Mann.", "Sie", "Nom"],
    ["Sie tötete Andre Price.", "Sie", "Nom"],
    // Questions: the interrogative "was" is the object when a phrase agrees with the verb.
    ["Was sagt die Polizei?", "Polizei", "Nom"],
    ["Was sagt die Polizei?", "Was", "Acc"],
    ["Liest die Frau das Buch?", "Frau", "Nom"],
    ["Liest die Frau das Buch?", "Buch", "Acc"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(caseOf(sentence, word)).toBe(expected);
  });
});

describe("passive and sein + participle: a subject and no direct object", () => {
  it.each<Row>([
    ["Die Erforschung der Insel wird fortgesetzt.", "Erforschung", "Nom"],
    ["Es wurde auch Medizin studiert.", "Medizin", "Nom"],
    ["Er sagt, dass die Brücke gebaut worden ist.", "Brücke", "Nom"],
    ["Wurde die Brücke gebaut?", "Brücke", "Nom"],
    ["Die Mykenische Schrift war in Vergessenheit geraten.", "Schrift", "Nom"],
    // werden + infinitive is a future: the object stays accusative.
    ["Die Firma wird die Brücke bauen.", "Brücke", "Acc"],
    // haben + participle is active.
    ["Die Firma hat die Brücke gebaut.", "Brücke", "Acc"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(caseOf(sentence, word)).toBe(expected);
  });
});

describe("copula clauses with a modal or in the future have two nominatives", () => {
  it.each<Row>([
    ["Die Ursache wird wahrscheinlich ein Meteorit sein.", "Meteorit", "Nom"],
    ["Die Frau muss die Chefin bleiben.", "Chefin", "Nom"],
    ["Er sagt, dass die Frau die Chefin geworden ist.", "Chefin", "Nom"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(caseOf(sentence, word)).toBe(expected);
  });
});

describe("names inside prepositional phrases", () => {
  it.each<Row>([
    // A name before a noun inside a marked phrase is one name; its last word takes the phrase's case.
    ["Das Treffen fand im exklusiven Metropolitan Club statt.", "Club", "Dat"],
    ["Er arbeitete beim Nottingham Journal.", "Journal", "Dat"],
    ["Ich frage mich, ob der Davis Cup eine Rolle spielte.", "Cup", "Nom"],
    // … but not a second noun after an apposition of a common noun.
    ["Er gab dem Präsidenten Obama Geld.", "Geld", "Acc"],
    // in + a bare place name is a place (a direction would take nach), whatever the verb.
    ["In Pjöngjang habe ich Leute gesehen.", "Pjöngjang", "Dat"],
    ["Die Zahlen schoben in Asien die Börsen nach vorn.", "Asien", "Dat"],
    ["Er zog in die Schweiz.", "Schweiz", "Acc"],
    // v. Chr., n. Chr.: vor/nach Christus.
    ["Die Stadt entstand um 1000 v. Chr. am Fluss.", "Chr.", "Dat"],
    // über before a number is "more than", not a preposition.
    ["Über 330 Mitglieder sind an Bord.", "Mitglieder", "Nom"],
    ["Er führte zu Kosten von über 16 Milliarden Euro.", "Milliarden", "Dat"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(caseOf(sentence, word)).toBe(expected);
  });
});

describe("clauses that share or mark their subject", () => {
  it.each<Row>([
    // als/wie opening a clause with its own verb is a conjunction, not a comparison.
    ["Es war im August, als eine Entenarmee das Internet eroberte.", "Entenarmee", "Nom"],
    ["Es war im August, als eine Entenarmee das Internet eroberte.", "Internet", "Acc"],
    ["Sie versuchte es, wie die Polizei mitteilte.", "Polizei", "Nom"],
    // With no direct object in its clause, a phrase after als refers to the subject.
    ["Er arbeitete als Sprecher.", "Sprecher", "Nom"],
    // A coordinated clause opening with its verb has the first clause's subject.
    ["Die Stiftung veröffentlichte eine Edition und nahm den Lesern die Hürde.", "Hürde", "Acc"],
    // A relative clause's second verb shares the relative pronoun as subject.
    ["Es gibt eine Tablette, die sich auflöst und ein Getränk erzeugt.", "Getränk", "Acc"],
    // … but a coordinated clause with its own subject keeps it.
    ["Er schlief und die Katze weckte ihn.", "Katze", "Nom"],
    // One nominative-only member makes its coordinated group the subject.
    ["Jedes Wunder und jeder Bezirk nimmt ein Feld ein.", "Wunder", "Nom"],
    ["Jedes Wunder und jeder Bezirk nimmt ein Feld ein.", "Feld", "Acc"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(caseOf(sentence, word)).toBe(expected);
  });
});

describe("words inside the noun phrase", () => {
  it.each<Row>([
    // beid- and ein- after an article decline like adjectives: one phrase with the article.
    ["Durch den Deal kommen sich die beiden verfeindeten Bündnisse näher.", "Bündnisse", "Nom"],
    ["Das Gesicht dieser einen Frau tauchte auf.", "Frau", "Gen"],
    ["Er half den beiden Kindern.", "Kindern", "Dat"],
    // "1960er" split as 1960 + er: the suffix of a decade is no subject pronoun.
    ["Die Muslime haben sich seit Anfang der 1960er Jahre angesiedelt.", "Muslime", "Nom"],
    ["Die Muslime haben sich seit Anfang der 1960er Jahre angesiedelt.", "Jahre", "Gen"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(caseOf(sentence, word)).toBe(expected);
  });
});

describe("nominative-or-dative subjects and headless adjectives", () => {
  it.each<Row>([
    // A relative der whose antecedent has no known gender is still the subject of its clause.
    ["Er kam mit Curio, der zu dieser Zeit seine Amtsperiode beendet hatte.", "der", "Nom"],
    ["Er kam mit Curio, der zu dieser Zeit seine Amtsperiode beendet hatte.", "Amtsperiode", "Acc"],
    // An adjective with neither article nor noun is not the subject.
    ["Als nächstes rückte Philipp gegen seine Feinde vor.", "Philipp", "Nom"],
    // The verb opening the clause after the comma has its subject before it.
    ["Die Forscher, wie Chandler, vertreten die Ansicht.", "Ansicht", "Acc"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(caseOf(sentence, word)).toBe(expected);
  });
});

describe("an article separated from its noun by an extended attribute", () => {
  it.each<Row>([
    ["Sie sagte, dass die in den Medien kursierenden Termine nicht richtig wären.", "Termine", "Nom"],
    ["Sie sagte, dass die in den Medien kursierenden Termine nicht richtig wären.", "die", "Nom"],
    ["Die Quote der an einer Schule eingeschriebenen jungen Männer stieg.", "der", "Gen"],
    ["Die Quote der an einer Schule eingeschriebenen jungen Männer stieg.", "Männer", "Gen"],
    // A relative pronoun after a comma stays a pronoun; the preposition's phrase keeps its case.
    ["Der Mann, der mit großen Schritten ging, kam.", "Schritten", "Dat"],
    ["Der Mann, der mit großen Schritten ging, kam.", "der", "Nom"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(tokenIn(lexicon, sentence, word).feats?.Case).toBe(expected);
  });
});

describe("a clause-initial expletive es", () => {
  it.each<Row>([
    ["Es besteht auch die Möglichkeit.", "Möglichkeit", "Nom"],
    ["Es fehlt das Geld.", "Geld", "Nom"],
    // With a transitive verb es is the subject and the phrase its object.
    ["Es erreichte die Stadt am Abend.", "Stadt", "Acc"],
    ["Es gibt eine Alternative.", "Alternative", "Acc"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(caseOf(sentence, word)).toBe(expected);
  });
});

describe("a name in -s without an article is a genitive", () => {
  it.each<Row>([
    // After a noun: the dictionary knows the name without its -s.
    ["Die Regierung Frankreichs lehnte den Plan ab.", "Frankreichs", "Gen"],
    ["Die Regierung Frankreichs lehnte den Plan ab.", "Regierung", "Nom"],
    ["Wir warten auf die Antwort Italiens.", "Italiens", "Gen"],
    // An unknown name with a genitive-looking -s after a noun.
    ["Der Rücktritt Brenkels überraschte alle.", "Brenkels", "Gen"],
    // Two words of one name: both are genitive.
    ["Sie lobten die Rede Anna Brenkels.", "Anna", "Gen"],
    // Before a noun, also after a preposition, and before an adjective and noun.
    ["Er kämpfte für Brenkels Ideen.", "Brenkels", "Gen"],
    ["Er kämpfte für Brenkels Ideen.", "Ideen", "Acc"],
    // Before a quoted title.
    ["Sie sang in Brenkels „Die Nacht“.", "Brenkels", "Gen"],
    ["Sie las Thomas Brenkels neuestes Buch.", "Brenkels", "Gen"],
    // A title before the name belongs to the name.
    ["Er sah Frau Brenkels Auto.", "Frau", "Gen"],
    // Names whose nominative ends in -s stay nominative.
    ["Der Präsident Davis kam spät.", "Davis", "Nom"],
    ["Mein Freund Thomas wohnt in Berlin.", "Thomas", "Nom"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(caseOf(sentence, word)).toBe(expected);
  });
});

describe("what a preposition governs", () => {
  it.each<Row>([
    // "vor allem" is an idiom: the phrase after it is the clause's.
    ["Der Sport ist vor allem ein gemeinsames Erlebnis.", "Erlebnis", "Nom"],
    ["Der Sport ist vor allem ein gemeinsames Erlebnis.", "allem", "Dat"],
    // A contraction holds its article: a feminine phrase after "am besten" is not its object.
    ["Das ist die am häufigsten genutzte Methode.", "Methode", "Nom"],
    // An adverb between a possessive and its adjective.
    ["In ihrer ungewohnt höflichen Art begrüßte sie uns.", "Art", "Dat"],
    // A relative pronoun after a preposition that does not fit the plural noun after it.
    ["Sie suchten einen Ort, an dem Kinder spielen können.", "Kinder", "Nom"],
    ["Sie suchten einen Ort, an dem Kinder spielen können.", "dem", "Dat"],
    // The article decides where the noun's table lacks the form.
    ["Die Lage hatte sich in dem Gefängnis beruhigt.", "Gefängnis", "Dat"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(caseOf(sentence, word)).toBe(expected);
  });
});

describe("objects that may be accusative or dative", () => {
  it.each<Row>([
    // In a zu-infinitive, as in a finite clause, such an object is the direct one …
    ["Es ist unhöflich, den Vornamen zu benutzen.", "Vornamen", "Acc"],
    // … unless the verb takes a dative (also in a particle verb) …
    ["Wir baten die Nachbarn, uns dabei zu helfen.", "uns", "Dat"],
    // … or a phrase accusative by its own form stands beside it.
    ["Der Händler gibt uns den Schlüssel.", "uns", "Dat"],
    ["Sie hat sich einen Mantel gekauft.", "sich", "Dat"],
    ["Sie hat sich gestern gefreut.", "sich", "Acc"],
    // A zu-infinitive has no subject: a bare noun in it is an object too.
    ["Es ist schwer, uns Ersatzteile zu liefern.", "uns", "Dat"],
    // "etwas" before an adjective is an adverb of degree inside the phrase.
    ["Wir haben unseren etwas alten Wagen verkauft.", "unseren", "Acc"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(caseOf(sentence, word)).toBe(expected);
  });
});

describe("pronouns and quoted phrases", () => {
  it.each<Row>([
    // A lone "ihr" is the personal pronoun: "you" (nominative) or "to her" (dative), never accusative.
    ["Der Arzt hat ihr geraten, zu bleiben.", "ihr", "Nom,Dat"],
    // A preposition governs a phrase inside quotation marks.
    ["Sie spielte in „Casablanca“ mit.", "Casablanca", "Dat"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(caseOf(sentence, word)).toBe(expected);
  });
});

describe("case shared with a neighbour", () => {
  it.each<Row>([
    // A bare phrase coordinated with a phrase of one case shares it.
    ["Dem König und Frankreich war der Krieg verboten.", "Frankreich", "Dat"],
    // An indeclinable quantifier has its noun's case.
    ["Sie kam mit ein paar Freunden.", "paar", "Dat"],
    ["Der Umzug hat viel Ärger gebracht.", "viel", "Acc"],
    ["Wir haben mehr Fragen als Antworten.", "mehr", "Acc"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(caseOf(sentence, word)).toBe(expected);
  });
});

describe("a bare noun right after a noun may be its apposition", () => {
  it.each<[sentence: string, word: string, included: string[]]>([
    // The noun's case or the nominative, as well as the case of an argument of its own.
    ["Sie forscht im Bereich Medizintechnik.", "Medizintechnik", ["Nom", "Dat"]],
    ["Er hörte den Sender Deutschlandfunk.", "Deutschlandfunk", ["Nom", "Acc"]],
    // A capitalised noun after an unknown first name may be the name's last word.
    ["Sie spielte mit Jason Segel.", "Segel", ["Dat"]],
    // A name after a noun of time is not in its phrase: the object's case is among its readings.
    ["Er hat im Oktober Bordeaux besucht.", "Bordeaux", ["Acc"]],
  ])("%s — %s may be %j", (sentence, word, included) => {
    const values = caseOf(sentence, word)?.split(",") ?? [];
    for (const c of included) expect(values).toContain(c);
  });
  it.each<Row>([
    // Not a genitive by its own form, nor a noun after an article.
    ["Die Regierung Frankreichs lehnte ab.", "Frankreichs", "Gen"],
    ["Der Sender sendet die Nachrichten.", "Nachrichten", "Acc"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(caseOf(sentence, word)).toBe(expected);
  });
});

describe("a relative pronoun and sie/es after it stay open", () => {
  it.each<Row>([
    // "die sie liebt" is "who loves her" or "whom she loves".
    ["Ich kenne eine Lehrerin, die sie bewundert.", "die", "Nom,Acc"],
    ["Ich kenne eine Lehrerin, die sie bewundert.", "sie", "Nom,Acc"],
    // Agreement still decides: "die sie bewundern" has a plural subject.
    ["Ich kenne eine Lehrerin, die sie bewundern.", "die", "Acc"],
    // A noun after the relative pronoun keeps the usual order.
    ["Ich kenne eine Lehrerin, die den Chor leitet.", "die", "Nom"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(caseOf(sentence, word)).toBe(expected);
  });
});

describe("what word order cannot decide stays open", () => {
  it.each<Row>([
    // Two phrases before the verb of a main clause: the second belongs to the first (a name).
    ["Beide Schüler des Lehrers - Paul Klee und Max Ernst - malten gern Bilder.", "Ernst", "Nom,Acc"],
    ["Beide Schüler des Lehrers - Paul Klee und Max Ernst - malten gern Bilder.", "Bilder", "Acc"],
    // "den Vorsitzenden": accusative singular or dative plural of a nominalised adjective.
    ["Sie konzentrierte sich auf den Vorsitzenden der Partei.", "Vorsitzenden", "Acc,Dat"],
    // A loose apposition after an accusative: agreeing, or in the nominative; its own form may decide.
    ["Im Zoo sahen wir den Löwen, eine große Attraktion für Kinder.", "Attraktion", "Nom,Acc"],
    ["Ich traf Bob, einen alten Freund.", "Freund", "Acc"],
    ["Ich half dem Mann, einem alten Freund.", "Freund", "Dat"],
    // A bare name is rarely a dative object, except of a verb that takes only a dative.
    ["Gestern half ich Bob beim Umzug.", "Bob", "Dat"],
    ["Anna folgte Bob in die Stadt.", "Bob", "Dat"],
    ["Anna besuchte Bob in der Stadt.", "Bob", "Acc"],
    ["Die Partei dankte allen Beschäftigten.", "Beschäftigten", "Dat"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(caseOf(sentence, word)).toBe(expected);
  });

  it("a nominalised adjective that may be plural is masculine in either reading", () => {
    const t = tokenIn(lexicon, "Sie konzentrierte sich auf den Vorsitzenden der Partei.", "Vorsitzenden");
    expect(t.feats?.Gender).toBe("Masc");
  });
});
