// The everyday learner gloss of frequent content words, read in a sentence
// through the real pipeline and the real lexicon (data/glosses/preferred.tsv
// over Ding's ranked senses). Built into .cache/lexicon on first use.
import { beforeAll, describe, expect, it } from "vitest";
import { type Lexicon } from "@/lib/core/lexicon/index";
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

describe("glosses of common words", () => {
  it.each([
    // Verbs: the everyday sense, not a narrower or rarer one.
    ["Er wohnt weit weg.", "wohnt", "wohnen", "to live"],
    ["Ich kann das Hotel empfehlen.", "empfehlen", "empfehlen", "to recommend"],
    ["Wir haben Pizza bestellt.", "bestellt", "bestellen", "to order"],
    ["Er sucht seinen Schlüssel.", "sucht", "suchen", "to look for"],
    ["Ich habe nichts gehört.", "gehört", "hören", "to hear"],
    ["Die Polizei bestätigte den Bericht.", "bestätigte", "bestätigen", "to confirm"],
    ["Das Essen hat mir gut gefallen.", "gefallen", "gefallen", "to please"],
    ["Die Gewerkschaft fordert mehr Geld.", "fordert", "fordern", "to demand"],
    ["Das Zimmer kostet 80 Euro.", "kostet", "kosten", "to cost"],
    ["Wir wurden gut beraten.", "beraten", "beraten", "to advise"],
    ["Was ist passiert?", "passiert", "passieren", "to happen"],
    ["Die Firma hat ihr neues Modell vorgestellt.", "vorgestellt", "vorstellen", "to present"],
    ["Der Rat hat dem Vorschlag zugestimmt.", "zugestimmt", "zustimmen", "to agree"],
    ["Die Regierung reagierte schnell.", "reagierte", "reagieren", "to react"],
    ["Das Haus besteht aus Holz.", "besteht", "bestehen", "to exist, consist"],
    // Nouns.
    ["Ein Teil der Kosten ist bezahlt.", "Teil", "Teil", "part"],
    ["Die Küche ist sehr klein.", "Küche", "Küche", "kitchen, cuisine"],
    ["Die Beratung war gut.", "Beratung", "Beratung", "advice"],
    ["Ich habe morgen einen Termin.", "Termin", "Termin", "appointment"],
    ["Der Zug fährt um acht Uhr.", "Uhr", "Uhr", "o'clock, clock"],
    ["Der Preis stieg um zehn Prozent.", "Prozent", "Prozent", "percent"],
    ["Das kostet zehn Mark.", "Mark", "Mark", "mark"],
    ["Die Panzer rollten durch die Stadt.", "Panzer", "Panzer", "tank, armour"],
    ["Ein Teil der Mitarbeiter kam.", "Mitarbeiter", "Mitarbeiter", "employee"],
    // Ding's first sense of the nominalised adjective is the collective "staffing".
    ["Die Angestellten der Firma streiken.", "Angestellten", "Angestellte", "employee"],
    ["Der Verein sucht einen neuen Trainer.", "Verein", "Verein", "club"],
    // Ding's first senses are a share issue's ("launch, issue").
    ["Die Emissionen sollen sinken.", "Emissionen", "Emission", "emission"],
    ["Die Gewerkschaft kritisiert die Kündigungen.", "Kündigungen", "Kündigung", "dismissal"],
    // Ding has no entry for the nominalised adjective: it took the adjective's "suspicious".
    ["Die Polizei nahm mehrere Verdächtige fest.", "Verdächtige", "Verdächtige", "suspect"],
    ["Die Täter flohen.", "Täter", "Täter", "perpetrator"],
    // Capitalised "Cancer" (the star sign) came first.
    ["Sein Vater starb an Krebs.", "Krebs", "Krebs", "cancer"],
    ["Die Polizei untersucht den Fall.", "untersucht", "untersuchen", "to examine"],
    // Ding's first sense of einsetzen is intransitive "to come on" (music, rain).
    ["Die Armee wurde im Norden eingesetzt.", "eingesetzt", "einsetzen", "to use, to deploy"],
    // Ding has Eltern only as the plural inside the entry of Elternteil: it had no gloss at all.
    ["Meine Eltern wohnen in Hamburg.", "Eltern", "Eltern", "parents"],
    ["Der Chef ist nett.", "Chef", "Chef", "boss"],
    ["Sein Alter ist unbekannt.", "Alter", "Alter", "age"],
    // Nouns a plural of a rarer noun no longer hides (die Esse, die Lade).
    ["Das Essen war gut.", "Essen", "Essen", "food"],
    ["Der Laden ist klein.", "Laden", "Laden", "shop"],
    // A nominalised adjective's -en form is singular after dem: no English plural (was "chairmen").
    ["Er sprach mit dem Vorsitzenden der Partei.", "Vorsitzenden", "Vorsitzende", "chairman"],
    // A genitive in -es takes the noun's own lemma (not the plural Kriege).
    ["Die Folgen des Krieges waren schlimm.", "Krieges", "Krieg", "war"],
    // Adjectives.
    ["Das war super.", "super", "super", "great"],
    ["Im letzten Jahr war es anders.", "letzten", "letzt", "last"],
    ["Der ehemalige Präsident sprach.", "ehemalige", "ehemalig", "former"],
    ["Das ist der zweite Versuch.", "zweite", "zweit", "second"],
    // Ding's first sense is the noun's "the past".
    ["Im vergangenen Winter lag viel Schnee.", "vergangenen", "vergangen", "past"],
    ["Die Pizza war sehr lecker.", "lecker", "lecker", "delicious"],
    // Predicative adjectives: the adjective, not an -ly adverb.
    ["Das Personal war sehr freundlich.", "freundlich", "freundlich", "friendly"],
    ["Ich bin sehr zufrieden.", "zufrieden", "zufrieden", "satisfied"],
    ["Das Zimmer war sauber.", "sauber", "sauber", "clean"],
    ["Alle waren sehr nett.", "nett", "nett", "nice"],
    ["Das ist besser als gestern.", "besser", "besser", "better"],
    // Adverbs.
    ["Er wohnt weit weg.", "weit", "weit", "far"],
    ["Er stand mitten im Raum.", "mitten", "mitten", "in the middle"],
    ["Sie wohnt drüben.", "drüben", "drüben", "over there"],
    // The adverbial use: Ding's first {adv} sense is "remarkably".
    ["Die Mieten sind deutlich gestiegen.", "deutlich", "deutlich", "clearly"],
    // Ding's only {adv} sense is the formal "duly".
    ["Er kam rechtzeitig zum Termin.", "rechtzeitig", "rechtzeitig", "in time"],
    ["Leider kam er zu spät.", "Leider", "leider", "unfortunately"],
    // Ding has no entry for los on its own: it had no gloss.
    ["Ich muss jetzt los.", "los", "los", "off, away; going on"],
    // Ding's line for vermutlich mixes the verb vermuten in ("to suppose, presumably").
    ["Vermutlich kommt der Zug später.", "Vermutlich", "vermutlich", "presumably"],
    // Connectives Ding lists only inside longer headwords (einerseits … andererseits), and ca.
    ["Andererseits kostet es Zeit.", "Andererseits", "andererseits", "on the other hand"],
    ["Insofern hat sie recht.", "Insofern", "insofern", "in this respect, insofar"],
    ["Es dauert ca. zwei Stunden.", "ca.", "ca.", "about, approximately"],
    // Words Ding lacks (umso is the reformed spelling of "um so"): they were unknown, sentence-initial "Umso" a name.
    ["Umso wichtiger ist die Hilfe.", "Umso", "umso", "all the more"],
    ["Je länger es dauert, desto teurer wird es.", "desto", "desto", "the (je … desto: the … the)"],
    ["Anhand der Zahlen sieht man es.", "Anhand", "anhand", "on the basis of"],
    // Object pronouns in their own case, not the nominative's gloss.
    ["Ich habe ihn gestern gesehen.", "ihn", "er", "him, it"],
    ["Sie hat uns eingeladen.", "uns", "wir", "us"],
    ["Er hat mir geholfen.", "mir", "ich", "me"],
    // The superlative of nah in time and order.
    ["Wir kommen nächste Woche.", "nächste", "nah", "next"],
    // Participles that are common adjectives of their own.
    ["Die Band ist bei Jugendlichen beliebt.", "beliebt", "beliebt", "popular"],
  ])("%s: %s → %s “%s”", (sentence, word, lemma, gloss) => {
    const t = token(sentence, word);
    expect(t.lemma).toBe(lemma);
    expect(chosenPart(t.gloss, gloss)).toBe(gloss);
  });
});
