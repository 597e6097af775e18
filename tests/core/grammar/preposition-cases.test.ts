// The case of phrases a preposition governs, on the real pipeline and lexicon: dates (the month after a
// day number does not decline), ranges with von … bis, pro, and the verb that decides a two-way
// preposition (a verb of motion in the perfect with sein, a verb expression with its preposition),
// words that end a prepositional phrase, and als after a governed phrase.
import { beforeAll, describe, expect, it } from "vitest";
import { type Lexicon } from "@/lib/core/lexicon/index";
import { loadLexicon } from "../../helpers/lexicon";
import { tokenIn } from "../../helpers/token-in";

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = loadLexicon();
});

/** The cases shown for the word, sorted (a set's order is not part of the contract). */
function cases(sentence: string, word: string): string {
  const shown = tokenIn(lexicon, sentence, word).feats?.Case ?? "";
  return shown.split(",").sort().join(",");
}

describe("the case a preposition gives its phrase", () => {
  it.each([
    // A date: the day number has its article's case, the month name may be read in it, as a bare
    // noun of time (accusative) or in the citation form.
    ["Die Messe beginnt am 3. Mai 2021 in Köln.", "3.", "Dat"],
    ["Die Messe beginnt am 3. Mai 2021 in Köln.", "Mai", "Acc,Dat,Nom"],
    ["Er arbeitet bis zum 31. Dezember in Wien.", "Dezember", "Acc,Dat,Nom"],
    // A month without a day number keeps the preposition's case.
    ["Im Mai blühen die Bäume.", "Mai", "Dat"],
    // von … bis: between two numbers the noun is von's; a bare noun after bis may be either.
    ["Die Kurse dauern von zwei bis drei Wochen.", "Wochen", "Dat"],
    ["Die Ausstellung ist von Mai bis September geöffnet.", "September", "Acc,Dat"],
    ["Bis nächsten Montag bleibt alles zu.", "Montag", "Acc"],
    // pro: accusative by the grammars, dative in use; an adjective's ending decides.
    ["Der Eintritt kostet zehn Euro pro Person.", "Person", "Acc,Dat"],
    ["Der Autor erhält einen Euro pro verkauftem Exemplar.", "Exemplar", "Dat"],
    // The perfect with sein does not make a place: the main verb decides.
    ["Der Kurs ist auf 3 Prozent gesunken.", "Prozent", "Acc"],
    ["Das alte Lied ist fast in Vergessenheit geraten.", "Vergessenheit", "Acc"],
    ["Das Kind ist in Berlin geboren.", "Berlin", "Dat"],
    // in and vor before a span of time say when: dative, whatever the verb.
    ["Wir fahren in zwei Wochen nach Rom.", "Wochen", "Dat"],
    ["Sie kam vor drei Stunden an.", "Stunden", "Dat"],
    // A verb expression with its preposition: the verb's sense of place does not decide it.
    ["Sie wartet auf Hilfe.", "Hilfe", "Acc,Dat"],
    // Words after the preposition that end its phrase before the next one.
    ["Er trägt zu große Schuhe.", "Schuhe", "Acc"],
    ["Es war ein kaum zu lösendes Problem.", "Problem", "Nom"],
    ["Es bleibt bis heute Gegenstand der Forschung.", "Gegenstand", "Nom"],
    ["Wir bleiben bis heute Abend.", "Abend", "Acc"],
    ["Von da an verkauften die beiden Brüder Brot.", "Brüder", "Nom"],
    // An article and a name the dictionary does not know: the article decides with the preposition.
    ["Sie tanzten bei den Zumbani am Fluss.", "Zumbani", "Dat"],
    ["Das Wort stammt von den Morlanen.", "den", "Dat"],
    // hoch declines on hoh-; ganz before a place name does not decline.
    ["Das geschah bei anhaltend hohem Druck.", "hohem", "Dat"],
    ["Sie reiste mit ihrem hohen Koffer.", "hohen", "Dat"],
    ["Die Leute in ganz Europa feierten.", "ganz", "Dat"],
    // während, seit, bis opening a clause that ends on its finite verb are conjunctions.
    ["Er liest, während Gäste im Garten sitzen.", "Gäste", "Nom"],
    ["Er wartet, bis die Polizei kommt.", "Polizei", "Nom"],
    ["Während des Krieges wurde viel zerstört.", "Krieges", "Gen"],
    ["Seit dem Umzug arbeitet sie dort.", "Umzug", "Dat"],
    // bis before a two-way preposition names an end point; bis zu before a number is "up to".
    ["Bis auf einen einzigen sind alle gekommen.", "einen", "Acc"],
    ["Die Feier ging bis in den Morgen.", "Morgen", "Acc"],
    ["Bis zu drei Millionen Menschen haben gewählt.", "Millionen", "Nom"],
    ["Er kam mit bis zu 100 Gästen.", "Gästen", "Dat"],
    // A preposition and der/die/das after a comma opening a relative clause: the noun after is its own phrase.
    ["Der Fonds, in die Anleger viel Geld investieren, wächst.", "Anleger", "Nom"],
    ["Die Halle, in der Kinder spielen, ist groß.", "Kinder", "Nom"],
    ["Die Halle, in der Kinder spielen, ist groß.", "der", "Dat"],
    ["Er sah auf, in die Stadt fuhr gerade ein Zug.", "Stadt", "Acc"],
    // zu viel, zu wenig: the degree word, no preposition.
    ["Er hat zu viel Arbeit.", "Arbeit", "Acc"],
    // A participle's own prepositional phrase inside the phrase the first preposition governs.
    ["Sie erheben Steuern von durch die Stadt reisenden Menschen.", "Menschen", "Dat"],
    ["Sie erheben Steuern von durch die Stadt reisenden Menschen.", "Stadt", "Acc"],
    // A bare noun before the number it labels does not decline.
    ["Sie ermitteln nach Paragraph 129 des Gesetzes.", "Paragraph", "Dat"],
    // Two coordinated prepositions share the phrase.
    ["Er kam mit und ohne Hund.", "Hund", "Acc,Dat"],
    // viel-/wenig- after a determiner decline like adjectives, inside the phrase.
    ["Die vielen Menschen warteten lange.", "Menschen", "Nom"],
    // A phrase coordinated with a governed one shares its case; right before the finite verb it may
    // close the subject instead.
    ["Er sprach mit Anna und ihrem Bruder.", "Bruder", "Dat"],
    ["Der Blick über den Fluss und die Brücke ist schön.", "Brücke", "Acc,Nom"],
    // als after a dative: the phrase may still name the subject or the object.
    ["Die Kinder verkleiden sich an diesem Tag als Piraten.", "Piraten", "Acc,Dat,Nom"],
    ["Er gab sein Land als Geschenk an den König.", "Geschenk", "Acc"],
  ])("%s — %s: %s", (sentence, word, expected) => {
    expect(cases(sentence, word)).toBe(expected);
  });
});
