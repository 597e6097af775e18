// Nominative versus accusative from clause-level evidence (issue 15): the es of "es gibt", adverbial
// accusatives of measure, als opening a main clause, and an infinitive coordinated after a modal.
import { beforeAll, describe, expect, it } from "vitest";
import { type Lexicon } from "@/lib/core/lexicon/index";
import { loadLexicon } from "../../helpers/lexicon";
import { caseIn, type CaseRow as Row } from "../../helpers/case-in";

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = loadLexicon();
});

const caseOf = (sentence: string, word: string) => caseIn(lexicon, sentence, word);

describe("es is the subject of geben of existence", () => {
  it.each<Row>([
    ["Einen eigenen Garten gibt es hier nicht.", "Garten", "Acc"],
    ["Einen eigenen Garten gibt es hier nicht.", "es", "Nom"],
    ["Ein neues Museum gibt es in der Stadt.", "Museum", "Acc"],
    ["Ein neues Museum gibt es in der Stadt.", "es", "Nom"],
    ["Morgen wird es Streiks geben.", "Streiks", "Acc"],
    // A subject by its own form stays the subject.
    ["Er gibt es seiner Schwester.", "es", "Acc"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(caseOf(sentence, word)).toBe(expected);
  });
});

describe("an adverbial accusative of measure is no subject", () => {
  it.each<Row>([
    ["Der Turm ist dreißig Meter hoch.", "Meter", "Acc"],
    ["Der Turm ist dreißig Meter hoch.", "Turm", "Nom"],
    ["Die Großmutter blieb ihr ganzes Leben lang eine Bäuerin.", "Leben", "Acc"],
    ["Die Großmutter blieb ihr ganzes Leben lang eine Bäuerin.", "Bäuerin", "Nom"],
    ["Morgen wird das Wetter ein wenig besser sein.", "wenig", "Acc"],
    ["Morgen wird das Wetter ein wenig besser sein.", "ein", "Acc"],
    ["Die Reise war die Mühe wert.", "Mühe", "Acc"],
    ["Die Reise war die Mühe wert.", "Reise", "Nom"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(caseOf(sentence, word)).toBe(expected);
  });
});

describe("als before a verb in second place opens no subordinate clause", () => {
  it.each<Row>([
    ["Als Erstes besuchte sie den Bahnhof.", "sie", "Nom"],
    ["Als Erstes besuchte sie den Bahnhof.", "Bahnhof", "Acc"],
    // Verb last: a subordinate clause, whose subject is the phrase after als.
    ["Als der Lehrer kam, schwiegen alle.", "Lehrer", "Nom"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(caseOf(sentence, word)).toBe(expected);
  });
});

describe("an infinitive after a lone werden or modal stays in its clause across und", () => {
  it.each<Row>([
    ["Dann würde das die Arbeit leichter und schneller machen.", "Arbeit", "Acc"],
    ["Dann würde das die Arbeit leichter und schneller machen.", "das", "Nom"],
    // After sein the verb after und is a clause of its own.
    ["Wir sind gute Nachbarn und leben gern hier.", "Nachbarn", "Nom"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(caseOf(sentence, word)).toBe(expected);
  });
});

describe("a verb-last clause coordinated with a subordinate clause may share its subject", () => {
  it.each<Row>([
    // "die Reise" is the object (der Zug verzögert sie) or its own subject.
    ["Er sagt, dass der Zug oft ausfalle und die Reise verzögere.", "Reise", "Nom,Acc"],
    ["Er sagt, dass der Zug oft ausfalle und die Reise verzögere.", "Zug", "Nom"],
    // The first subject does not agree with "steigen": the phrase is the clause's own subject.
    ["Er sagt, dass der Zug oft ausfalle und die Preise steigen.", "Preise", "Nom"],
    // A second subordinator opens a clause of its own.
    ["Er kommt, wenn er Zeit hat und wenn die Bahn fährt.", "Bahn", "Nom"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(caseOf(sentence, word)).toBe(expected);
  });
});

describe("a clause opening with its verb after a comma may have its subject before", () => {
  it.each<Row>([
    ["Er wollte Physik studieren, aber wollte auch Musik machen.", "Musik", "Acc"],
    ["Er las den Roman „Der Zauberberg“ und fand die Geschichte spannend.", "Geschichte", "Acc"],
    ["Der Verleger, ein alter Freund, ließ Thomas lange warten.", "Thomas", "Acc"],
    ["Der Verleger, ein alter Freund, ließ Thomas lange warten.", "Verleger", "Nom"],
    // So does one after a bracket: "(SPD)" is no clause of its own.
    ["Die Ministerin (SPD) kritisierte die Regierung.", "Regierung", "Acc"],
    // After quoted words the verb reports them, and its subject follows.
    ["„Ein schöner Tag“, sagte seine Mutter.", "Mutter", "Nom"],
    // In a question the phrase after the verb is the subject.
    ["Und dein Bruder, mag ihn die neue Lehrerin?", "Lehrerin", "Nom"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(caseOf(sentence, word)).toBe(expected);
  });
});

describe("an infinitive between commas after a werden or modal has no subject of its own", () => {
  it.each<Row>([
    [
      "Dafür müsste die Stadt die Brücke bauen, die lange fehlt, neue Straßen am Fluss anlegen und die Schulen renovieren.",
      "Straßen",
      "Acc",
    ],
    [
      "Dafür müsste die Stadt die Brücke bauen, die lange fehlt, neue Straßen am Fluss anlegen und die Schulen renovieren.",
      "Schulen",
      "Acc",
    ],
    // The werden clause waiting for that infinitive is no copula clause.
    ["Andererseits wird ein neues Gesetz die Gefahr, dass Unfälle passieren, verringern.", "Gefahr", "Acc"],
    ["Andererseits wird ein neues Gesetz die Gefahr, dass Unfälle passieren, verringern.", "Gesetz", "Nom"],
    // The infinitive may follow a quotation mark too.
    ["Der Bund werde die Sicherung des Abkommens „mit Soldaten und Flugzeugen unterstützen“.", "Sicherung", "Acc"],
    // Verb second after one phrase: a clause with its own subject.
    ["Er wird bald kommen, die Kinder spielen.", "Kinder", "Nom"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(caseOf(sentence, word)).toBe(expected);
  });
});

describe("an idiom with sein is still a copula clause", () => {
  it.each<Row>([
    // The dictionary knows "der Fall sein" and "Mitglied sein" as phrases of their own.
    ["Ich weiß, dass meine Schwester kein Mitglied des Vereins ist.", "Mitglied", "Nom"],
    ["Ich glaube, dass das nicht der Fall ist.", "das", "Nom"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(caseOf(sentence, word)).toBe(expected);
  });
});

describe("an accusative-or-dative pronoun before an object, or in a passive, is the dative", () => {
  it.each<Row>([
    ["Die Firma hat uns einen langen Brief geschrieben.", "uns", "Dat"],
    ["Der Kellner gönnt sich eine Pause.", "sich", "Dat"],
    ["Das Buch wurde uns von einem Freund empfohlen.", "uns", "Dat"],
    // Alone, or before a name that may be the subject, it stays the direct object.
    ["Gestern hat sich Anna sehr gefreut.", "sich", "Acc"],
    ["Der Kellner hat sich verletzt.", "sich", "Acc"],
    ["Es gibt keine sich drehenden Räder.", "sich", "Acc"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(caseOf(sentence, word)).toBe(expected);
  });
});

describe("an expletive es first in its clause after a coordinator", () => {
  it.each<Row>([
    ["Aber es kommt eine neue Frage hinzu.", "Frage", "Nom"],
    ["Und es folgte eine lange Pause.", "Pause", "Nom"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(caseOf(sentence, word)).toBe(expected);
  });
});

describe("a coordinator right after a verb-last finite verb ends its clause", () => {
  it.each<Row>([
    ["Sie bleiben, weil es dort Arbeit gibt und die Miete günstig und fair ist.", "Miete", "Nom"],
    // In a main clause the second verb after "Brot und Butter" still shares the subject.
    ["Er kaufte Brot und Butter und ging nach Hause.", "Butter", "Acc"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(caseOf(sentence, word)).toBe(expected);
  });
});

describe("a relative was and es or sie after it stay open", () => {
  it.each<Row>([
    // "was es berühmt macht" (was is the subject) or "was es verspricht" (es is).
    ["Die Stadt hat einen Hafen, was sie berühmt macht.", "was", "Nom,Acc"],
    ["Die Stadt hat einen Hafen, was sie berühmt macht.", "sie", "Nom,Acc"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(caseOf(sentence, word)).toBe(expected);
  });
});

describe("a fronted phrase and sie or es right after the verb stay open", () => {
  it.each<Row>([
    // "Einige Lieder hatten sie geschrieben": the songs are the object, sie the subject; in "Die
    // Polizei hat sie festgenommen" the other way round.
    ["Einige Lieder hatten sie gemeinsam geschrieben.", "Lieder", "Nom,Acc"],
    ["Einige Lieder hatten sie gemeinsam geschrieben.", "sie", "Nom,Acc"],
    // A name in first place is the subject.
    ["Anna hielt es für richtig.", "Anna", "Nom"],
    // The es of "es gibt" is the subject.
    ["Einen Garten gibt es hier nicht.", "es", "Nom"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(caseOf(sentence, word)).toBe(expected);
  });
});

describe("a phrase after als in a clause with no direct object refers to the subject", () => {
  it.each<Row>([
    ["Er arbeitet als Lehrer in Berlin.", "Lehrer", "Nom"],
    ["Das Museum wurde als Schule genutzt.", "Schule", "Nom"],
    // With a direct object it may refer to either.
    ["Sie kennt ihn gut als Lehrer.", "Lehrer", "Nom,Acc"],
  ])("%s — %s is %s", (sentence, word, expected) => {
    expect(caseOf(sentence, word)).toBe(expected);
  });
});
