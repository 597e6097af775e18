// Multiword expressions are one lexical unit in every German word order:
// main clause (verb second), subordinate clause (verb last), perfect
// (participle), zu-infinitive and question; and they are NOT linked where
// their words meet by chance (another clause, a free prepositional phrase,
// es as an object). Issue 12: "gibt es" showed "to give" + "it".
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeText, type AnalyzedToken } from "@/lib/core/analyze";
import { lookupEntry, type Lexicon } from "@/lib/core/lexicon/index";
import { loadLexicon } from "../../helpers/lexicon";
import { lexemeKeyOf } from "@/lib/core/import/stored-token";

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = loadLexicon();
});

function tokensOf(sentence: string): AnalyzedToken[] {
  return analyzeText(sentence, lexicon).sentences.flatMap((s) => s.tokens);
}

/** The phrase on `word` and the words it links, in order. */
function phraseOn(sentence: string, word: string): { lemma: string; gloss: string | null; words: string[] } | null {
  const tokens = tokensOf(sentence);
  const t = tokens.find((x) => x.text === word);
  if (!t) throw new Error(`no token ${word} in ${sentence}`);
  if (!t.phrase) return null;
  const words = t.phrase.tokenIndexes.map((i) => tokens[i]!.text);
  // Every member carries the same phrase (the reader highlights them all).
  for (const i of t.phrase.tokenIndexes) expect(tokens[i]!.phrase).toEqual(t.phrase);
  return { lemma: t.phrase.lemma, gloss: t.phrase.gloss, words };
}

type Row = [order: string, sentence: string, word: string, words: string[]];

function table(lemma: string, gloss: RegExp, rows: Row[]): void {
  describe(lemma, () => {
    it.each(rows)("%s: %s", (_order, sentence, word, words) => {
      const phrase = phraseOn(sentence, word);
      expect(phrase?.lemma).toBe(lemma);
      expect(phrase?.gloss).toMatch(gloss);
      expect(phrase?.words).toEqual(words);
    });
  });
}

describe("es-constructions", () => {
  table("es gibt", /^there is\/are$/, [
    ["main", "In Berlin gibt es viele Museen.", "gibt", ["gibt", "es"]],
    ["main, es first", "Es gibt keine Antwort.", "gibt", ["Es", "gibt"]],
    ["subordinate", "Ich weiß, dass es hier viele Museen gibt.", "gibt", ["es", "gibt"]],
    ["perfect", "Früher hat es hier ein Museum gegeben.", "gegeben", ["es", "gegeben"]],
    ["zu-infinitive", "Hier scheint es viele Museen zu geben.", "geben", ["es", "geben"]],
    ["question", "Gibt es hier ein Museum?", "es", ["Gibt", "es"]],
  ]);
  table("es geht um", /about/, [
    ["main", "In dem Film geht es um Liebe.", "geht", ["geht", "es", "um"]],
    ["subordinate", "Ich weiß, dass es um Geld geht.", "geht", ["es", "um", "geht"]],
    ["perfect", "Dabei ist es um Geld gegangen.", "gegangen", ["es", "um", "gegangen"]],
    ["question", "Geht es um Geld?", "um", ["Geht", "es", "um"]],
  ]);
  table("es handelt sich um", /matter/, [
    ["main", "Es handelt sich um einen Fehler.", "handelt", ["Es", "handelt", "sich", "um"]],
    ["subordinate", "Er sagt, dass es sich um einen Fehler handelt.", "handelt", ["es", "sich", "um", "handelt"]],
    ["perfect", "Es hat sich um einen Fehler gehandelt.", "sich", ["Es", "sich", "um", "gehandelt"]],
    ["question", "Handelt es sich um einen Fehler?", "Handelt", ["Handelt", "es", "sich", "um"]],
  ]);
  table("es kommt auf … an", /depend/, [
    ["main, separated", "Es kommt auf das Wetter an.", "kommt", ["Es", "kommt", "auf", "an"]],
    ["subordinate", "Ich glaube, dass es auf das Wetter ankommt.", "ankommt", ["es", "auf", "ankommt"]],
    ["perfect", "Es ist immer auf das Wetter angekommen.", "angekommen", ["Es", "auf", "angekommen"]],
    ["question", "Kommt es auf das Wetter an?", "an", ["Kommt", "es", "auf", "an"]],
  ]);
  table("es liegt an", /due to/, [
    ["main", "Es liegt an dem kalten Wetter.", "liegt", ["Es", "liegt", "an"]],
    ["question", "Liegt es an mir?", "Liegt", ["Liegt", "es", "an"]],
  ]);
  table("es kommt zu", /happen/, [
    ["main", "Am Abend kam es zu schweren Unruhen.", "kam", ["kam", "es", "zu"]],
    ["subordinate", "Man fürchtet, dass es zu Streiks kommt.", "kommt", ["es", "zu", "kommt"]],
    ["perfect", "Es ist zu einem Unfall gekommen.", "gekommen", ["Es", "zu", "gekommen"]],
    ["question", "Wie kam es zu dem Fehler?", "kam", ["kam", "es", "zu"]],
  ]);
});

describe("support-verb constructions", () => {
  table("zur Verfügung stellen", /available|provide/, [
    ["main", "Das Ministerium stellt die Daten zur Verfügung.", "stellt", ["stellt", "zur", "Verfügung"]],
    [
      "subordinate",
      "Er sagt, dass die Stadt die Räume zur Verfügung stellt.",
      "Verfügung",
      ["zur", "Verfügung", "stellt"],
    ],
    ["perfect (passive)", "Die Daten wurden zur Verfügung gestellt.", "gestellt", ["zur", "Verfügung", "gestellt"]],
    ["zu-infinitive", "Sie versprach, die Daten zur Verfügung zu stellen.", "zur", ["zur", "Verfügung", "stellen"]],
    ["question", "Stellt die Stadt die Räume zur Verfügung?", "Stellt", ["Stellt", "zur", "Verfügung"]],
  ]);
  table("eine Rolle spielen", /play a role/, [
    ["main", "Das Geld spielt eine Rolle.", "spielt", ["spielt", "Rolle"]],
    ["subordinate", "Ich weiß, dass das Geld eine Rolle spielt.", "Rolle", ["Rolle", "spielt"]],
    ["perfect", "Das Geld hat immer eine Rolle gespielt.", "gespielt", ["Rolle", "gespielt"]],
    ["zu-infinitive", "Das Geld scheint eine Rolle zu spielen.", "spielen", ["Rolle", "spielen"]],
    ["question", "Spielt das Geld eine Rolle?", "Spielt", ["Spielt", "Rolle"]],
  ]);
  table("in Kraft treten", /force/, [
    ["main", "Das Gesetz tritt morgen in Kraft.", "tritt", ["tritt", "in", "Kraft"]],
    ["subordinate", "Man erwartet, dass das Gesetz bald in Kraft tritt.", "Kraft", ["in", "Kraft", "tritt"]],
    ["perfect", "Das Gesetz ist gestern in Kraft getreten.", "getreten", ["in", "Kraft", "getreten"]],
    ["zu-infinitive", "Das Gesetz soll ohne Verzögerung in Kraft treten.", "treten", ["in", "Kraft", "treten"]],
    ["question", "Wann tritt das Gesetz in Kraft?", "tritt", ["tritt", "in", "Kraft"]],
  ]);
  table("Kritik üben an", /criticize/, [
    ["main", "Er übt Kritik an der Regierung.", "übt", ["übt", "Kritik", "an"]],
    ["subordinate", "Es ist klar, dass er an der Regierung Kritik übt.", "Kritik", ["an", "Kritik", "übt"]],
    ["perfect", "Er hat scharfe Kritik an der Regierung geübt.", "geübt", ["Kritik", "an", "geübt"]],
  ]);
  table("eine Entscheidung treffen", /decision/, [
    ["main", "Sie trafen eine Entscheidung.", "trafen", ["trafen", "Entscheidung"]],
    ["perfect", "Wir haben eine schwierige Entscheidung getroffen.", "Entscheidung", ["Entscheidung", "getroffen"]],
    ["zu-infinitive", "Es ist Zeit, eine Entscheidung zu treffen.", "treffen", ["Entscheidung", "treffen"]],
  ]);
  table("zum Ausdruck bringen", /express/, [
    ["main", "Er brachte seine Meinung zum Ausdruck.", "brachte", ["brachte", "zum", "Ausdruck"]],
    ["perfect", "Sie hat ihren Dank zum Ausdruck gebracht.", "gebracht", ["zum", "Ausdruck", "gebracht"]],
  ]);
  table("in Frage kommen", /option/, [
    ["main", "Diese Lösung kommt in Frage.", "kommt", ["kommt", "in", "Frage"]],
    ["subordinate", "Er fragt, ob diese Lösung in Frage kommt.", "Frage", ["in", "Frage", "kommt"]],
  ]);
});

describe("support-verb constructions with a preposition and idioms", () => {
  // "von" after a noun usually belongs to that noun; here the noun is the expression's own.
  table("Gebrauch machen von", /make use of/, [
    [
      "main, noun before the preposition",
      "Sie machte Gebrauch von ihrem Recht.",
      "machte",
      ["machte", "Gebrauch", "von"],
    ],
    ["main", "Sie macht von ihrem Recht Gebrauch.", "macht", ["macht", "von", "Gebrauch"]],
    ["perfect", "Er hat von dem Angebot Gebrauch gemacht.", "gemacht", ["von", "Gebrauch", "gemacht"]],
  ]);
  // "gefallen" is also a verb of its own (to please): the expression picks fallen's participle.
  table("ins Wasser fallen", /fall through/, [
    ["main", "Das Fest fällt ins Wasser.", "fällt", ["fällt", "ins", "Wasser"]],
    ["perfect", "Der Ausflug ist leider ins Wasser gefallen.", "gefallen", ["ins", "Wasser", "gefallen"]],
  ]);
  table("die Nase voll haben", /fed up/, [
    ["main", "Ich habe die Nase voll.", "habe", ["habe", "Nase", "voll"]],
    ["subordinate", "Er sagt, dass er die Nase voll hat.", "Nase", ["Nase", "voll", "hat"]],
  ]);
  table("bei sich haben", /./, [["main", "Er hat das Geld nicht bei sich.", "hat", ["hat", "bei", "sich"]]]);

  it("a preposition in the expression stands right before its reflexive (bei sich haben)", () => {
    expect(phraseOn("Er hat sich bei ihr entschuldigt.", "hat")?.lemma).not.toBe("bei sich haben");
  });

  it("the perfect with sein reads gefallen as fallen only inside the expression", () => {
    expect(tokensOf("Der Ausflug ist leider ins Wasser gefallen.").find((t) => t.text === "gefallen")?.lemma).toBe(
      "fallen",
    );
    expect(tokensOf("Das Buch hat mir gefallen.").find((t) => t.text === "gefallen")?.lemma).toBe("gefallen");
  });
});

describe("reflexive verbs and verbs with a fixed preposition", () => {
  table("sich kümmern um", /take care of|look after/, [
    ["main", "Er kümmert sich um die Kinder.", "kümmert", ["kümmert", "sich", "um"]],
    ["subordinate", "Ich weiß, dass er sich um die Kinder kümmert.", "kümmert", ["sich", "um", "kümmert"]],
    ["perfect", "Sie hat sich um die Kinder gekümmert.", "sich", ["sich", "um", "gekümmert"]],
    ["zu-infinitive", "Er versucht, sich um die Kinder zu kümmern.", "kümmern", ["sich", "um", "kümmern"]],
    ["question", "Kümmerst du dich um die Kinder?", "dich", ["Kümmerst", "dich", "um"]],
  ]);
  table("ziehen nach", /move to/, [
    ["main", "Im Sommer zieht sie nach Hamburg.", "zieht", ["zieht", "nach"]],
    ["subordinate", "Er sagt, dass er nach Berlin ziehen will.", "ziehen", ["nach", "ziehen"]],
    ["perfect", "Sie sind nach Wien gezogen.", "gezogen", ["nach", "gezogen"]],
  ]);
  table("reden über", /talk about/, [
    ["main", "Wir redeten lange über das Spiel.", "redeten", ["redeten", "über"]],
    ["perfect", "Sie haben über alles geredet.", "geredet", ["über", "geredet"]],
  ]);
  table("streiten über", /argue about/, [
    ["main", "Die Parteien streiten seit Jahren über den Haushalt.", "streiten", ["streiten", "über"]],
  ]);
  // Ding ranks rarer senses first: "gelten für" → "to extend to", "sich beziehen auf" → "to bear on".
  table("gelten für", /^to apply to$/, [
    ["main", "Die neue Regel gilt für alle Schüler.", "gilt", ["gilt", "für"]],
    ["subordinate", "Er fragt, ob das Verbot auch für Kinder gilt.", "gilt", ["für", "gilt"]],
  ]);
  table("sich beziehen auf", /^to refer to$/, [
    ["main", "Der Bericht bezieht sich auf die Zahlen des Vorjahres.", "bezieht", ["bezieht", "sich", "auf"]],
  ]);
  table("sich bemühen um", /strive for/, [
    ["perfect", "Sie hat sich lange um eine Stelle bemüht.", "bemüht", ["sich", "um", "bemüht"]],
  ]);
  // Ding's first sense is "to advertise".
  table("sich zeigen", /appear/, [
    ["main", "Nach dem Spiel zeigte sich der Trainer zufrieden.", "zeigte", ["zeigte", "sich"]],
  ]);
  table("treffen auf", /meet/, [
    ["main", "Im Finale trifft die Mannschaft auf den Titelverteidiger.", "trifft", ["trifft", "auf"]],
  ]);
  table("halten für", /consider/, [
    ["main", "Viele Experten halten den Plan für unrealistisch.", "halten", ["halten", "für"]],
  ]);
  table("einräumen", /admit/, [["main, separated", "Der Minister räumte Fehler ein.", "räumte", ["räumte", "ein"]]]);
  table("untersuchen auf", /examine for/, [
    ["passive", "Das Wasser wird auf Keime untersucht.", "untersucht", ["auf", "untersucht"]],
  ]);
  table("liegen bei", /be at/, [["main", "Die Arbeitslosenquote liegt bei fünf Prozent.", "liegt", ["liegt", "bei"]]]);
  table("Lust haben", /feel like/, [["main", "Sie hatte keine Lust, früh aufzustehen.", "hatte", ["hatte", "Lust"]]]);
  table("Stellen abbauen", /cut jobs/, [
    ["modal", "Die Firma will viele Stellen abbauen.", "abbauen", ["Stellen", "abbauen"]],
  ]);
  table("ausgehen von", /^to assume$/, [
    ["main, separated", "Wir gehen von einem Erfolg aus.", "gehen", ["gehen", "von", "aus"]],
  ]);
  table("sorgen für", /ensure/, [["perfect", "Die Rede hat für Aufsehen gesorgt.", "gesorgt", ["für", "gesorgt"]]]);
  // Ding spells this idiom "kein Blatt for den Mund nehmen".
  table("kein Blatt vor den Mund nehmen", /mince/, [
    ["main", "Sie nimmt kein Blatt vor den Mund.", "nimmt", ["nimmt", "kein", "Blatt", "vor", "Mund"]],
  ]);
  // Particles that are adjectives or adverbs of their own (sicher, wahr, fern, auseinander, bereit …).
  table("sicherstellen", /seize|ensure/, [
    ["main, separated", "Die Beamten stellten Schmuck und Bargeld sicher.", "stellten", ["stellten", "sicher"]],
  ]);
  table("wahrnehmen", /perceive/, [["main, separated", "Er nimmt den Lärm kaum wahr.", "nimmt", ["nimmt", "wahr"]]]);
  table("fernsehen", /television|TV/, [["main, separated", "Wir sehen heute Abend fern.", "sehen", ["sehen", "fern"]]]);
  table("schiefgehen", /go wrong/, [["main, separated", "Am Ende ging alles schief.", "ging", ["ging", "schief"]]]);
  table("sich auseinandersetzen mit", /deal with/, [
    ["main, separated", "Sie setzt sich mit dem Thema auseinander.", "setzt", ["setzt", "sich", "mit", "auseinander"]],
  ]);
  table("ankündigen", /^to announce$/, [
    ["main, separated", "Der Minister kündigte seinen Rücktritt an.", "kündigte", ["kündigte", "an"]],
  ]);
  table("aussteigen aus", /get out of/, [
    ["main, separated", "Sie stieg an der Haltestelle aus dem Bus aus.", "stieg", ["stieg", "aus", "aus"]],
    ["subordinate", "Er sagt, dass das Land aus der Atomkraft aussteigt.", "aussteigt", ["aus", "aussteigt"]],
  ]);
  table("sich verabreden", /arrange to meet/, [
    ["main", "Wir verabredeten uns für Freitag.", "verabredeten", ["verabredeten", "uns"]],
    ["zu-infinitive", "Sie versuchten, sich für Montag zu verabreden.", "verabreden", ["sich", "verabreden"]],
  ]);
  table("sich freuen auf", /look forward to/, [
    ["main", "Wir freuen uns auf den Urlaub.", "freuen", ["freuen", "uns", "auf"]],
    ["subordinate", "Sie sagt, dass sie sich auf den Urlaub freut.", "auf", ["sich", "auf", "freut"]],
    ["perfect", "Wir haben uns lange auf den Urlaub gefreut.", "gefreut", ["uns", "auf", "gefreut"]],
    ["question", "Freust du dich auf den Urlaub?", "Freust", ["Freust", "dich", "auf"]],
  ]);
  table("sich freuen über", /pleased|happy|glad/, [
    ["main", "Wir freuen uns über das Geschenk.", "über", ["freuen", "uns", "über"]],
  ]);
  table("warten auf", /wait for/, [
    ["main", "Ich warte auf den Bus.", "warte", ["warte", "auf"]],
    ["subordinate", "Er sagt, dass er auf den Bus wartet.", "wartet", ["auf", "wartet"]],
    ["perfect", "Ich habe lange auf dich gewartet.", "auf", ["auf", "gewartet"]],
    ["zu-infinitive", "Es lohnt sich nicht, auf den Bus zu warten.", "warten", ["auf", "warten"]],
    ["question", "Wartest du auf mich?", "Wartest", ["Wartest", "auf"]],
  ]);
  table("denken an", /think/, [
    ["main", "Ich denke oft an dich.", "denke", ["denke", "an"]],
    ["subordinate", "Sie weiß, dass er oft an sie denkt.", "denkt", ["an", "denkt"]],
    ["perfect", "Hast du an den Schlüssel gedacht?", "gedacht", ["an", "gedacht"]],
  ]);
  // Separable verb + preposition combine into one unit.
  table("abhängen von", /depend on/, [
    ["main, separated", "Es hängt vom Wetter ab.", "hängt", ["hängt", "vom", "ab"]],
    ["subordinate", "Ich weiß nicht, ob das vom Wetter abhängt.", "abhängt", ["vom", "abhängt"]],
    ["perfect", "Das hat immer vom Wetter abgehangen.", "abgehangen", ["vom", "abgehangen"]],
    ["question", "Hängt das vom Wetter ab?", "ab", ["Hängt", "vom", "ab"]],
  ]);

  table("leiden unter", /suffer from/, [
    ["main", "Viele Menschen leiden unter der Hitze.", "leiden", ["leiden", "unter"]],
    ["subordinate", "Sie bleibt zu Hause, weil sie unter Stress leidet.", "leidet", ["unter", "leidet"]],
    ["perfect", "Er hat lange unter Rückenschmerzen gelitten.", "gelitten", ["unter", "gelitten"]],
  ]);
  table("sich lustig machen über", /make fun of/, [
    ["main", "Die Kinder machen sich über den Clown lustig.", "machen", ["machen", "sich", "über", "lustig"]],
    ["subordinate", "Er merkt, dass sie sich über ihn lustig macht.", "lustig", ["sich", "über", "lustig", "macht"]],
  ]);

  // Ding glosses "sich entscheiden" only with "to make a decision"; that
  // paraphrases the verb's own "to decide", which stays.
  it("a reflexive verb whose sense only paraphrases the verb keeps the verb's gloss (sich entscheiden)", () => {
    expect(phraseOn("Sie hat sich schnell entschieden.", "entschieden")).toMatchObject({
      lemma: "sich entscheiden",
      gloss: "to decide",
    });
  });

  it("a pronominal adverb stands for the preposition but keeps its own gloss (hängt davon ab)", () => {
    const phrase = phraseOn("Ob wir fahren, hängt davon ab, wie das Wetter wird.", "hängt");
    expect(phrase).toMatchObject({ lemma: "abhängen von", words: ["hängt", "ab"] });
    expect(phraseOn("Ob wir fahren, hängt davon ab, wie das Wetter wird.", "davon")).toBeNull();
  });
});

describe("fixed phrases", () => {
  it.each([
    ["Vor allem im Sommer ist es heiß.", "allem", "vor allem", ["Vor", "allem"]],
    ["Das ist nach wie vor ein Problem.", "wie", "nach wie vor", ["nach", "wie", "vor"]],
    ["Auf jeden Fall komme ich morgen.", "Fall", "auf jeden Fall", ["Auf", "jeden", "Fall"]],
    ["Im Laufe des Tages regnete es.", "Laufe", "im Laufe", ["Im", "Laufe"]],
    ["Äpfel sind zum Beispiel gesund.", "Beispiel", "zum Beispiel", ["zum", "Beispiel"]],
    ["Hin und wieder regnet es.", "wieder", "hin und wieder", ["Hin", "und", "wieder"]],
    ["Nach Angaben der Polizei gab es keine Verletzten.", "Angaben", "nach Angaben", ["Nach", "Angaben"]],
    ["Im Rahmen des Festes spielte eine Band.", "Rahmen", "im Rahmen", ["Im", "Rahmen"]],
    ["Nach Ansicht der Forscher ist das Klima entscheidend.", "Ansicht", "nach Ansicht", ["Nach", "Ansicht"]],
    ["Die Regierung tut zu wenig für das Klima.", "wenig", "zu wenig", ["zu", "wenig"]],
    ["Es regnete den ganzen Tag in Strömen.", "Strömen", "in Strömen", ["in", "Strömen"]],
    ["Was ist los mit dir?", "los", "was ist los", ["Was", "ist", "los"]],
    ["In der Stadt ist heute viel los.", "los", "viel los", ["viel", "los"]],
    ["Wir waren schon spät dran.", "dran", "spät dran", ["spät", "dran"]],
    ["Wann kommst du nach Hause?", "Hause", "nach Hause", ["nach", "Hause"]],
  ])("%s", (sentence, word, lemma, words) => {
    expect(phraseOn(sentence, word)).toMatchObject({ lemma, words });
  });

  it('"nach wie vor" keeps its "vor" from a separable verb at the end of the clause', () => {
    expect(phraseOn("Das Problem besteht nach wie vor.", "vor")?.lemma).toBe("nach wie vor");
  });
});

describe("no expression where the words meet by chance", () => {
  it.each([
    ["es is the object of geben", "Er gibt es ihr.", "gibt"],
    ["an + dative after liegen is a place, not a cause", "Das Hotel liegt direkt am Strand.", "liegt"],
    ["zu is the infinitive marker, not es kommt zu", "Es kommt darauf an, zu gewinnen.", "zu"],
    ["es is the object, a dative follows", "Der Vater gibt es dem Kind.", "gibt"],
    ["es and gibt in different clauses", "Es regnet, und er gibt ihr das Buch.", "gibt"],
    ["auf + dative is a place, not warten auf", "Ich warte auf dem Bahnsteig.", "warte"],
    ["the preposition belongs to another clause (comma)", "Ich denke, dass er an der Uni ist.", "denke"],
    ["a second verb starts another clause", "Ich warte und er geht auf den Markt.", "warte"],
    ["the noun is the object of a preposition", "Das Kind spielt mit der Rolle des Königs.", "Rolle"],
    ["der Fall sein is not im Fall", "Im Fall eines Brandes ist der Ausgang dort.", "Fall"],
    ["damit is a conjunction here, not mit + it", "Er übt, damit er gewinnt.", "übt"],
    [
      "zu before the verb is the infinitive marker, not halten zu",
      "Sie versuchen, ihn in der Debatte zu halten.",
      "halten",
    ],
    ["von after a noun belongs to the noun, not halten von", "Beide hielten Teile von Ägypten.", "hielten"],
  ])("%s: %s", (_why, sentence, word) => {
    const phrase = phraseOn(sentence, word);
    expect(phrase?.lemma.includes(" ") ?? false).toBe(false);
  });

  it("um … zu opens a purpose clause, not bringen um (zum Lachen bringen is the expression)", () => {
    const phrase = phraseOn("Er tut alles, um die Zuschauer zum Lachen zu bringen.", "bringen");
    expect(phrase?.lemma ?? "").not.toMatch(/\bum\b/);
  });

  // mir, uns … are reflexive only beside their own subject; with er/sie they are objects.
  it.each([
    ["Er zeigte mir das Buch.", "zeigte", null],
    ["Er stellte mir seine Frau vor.", "stellte", "vorstellen"],
    ["Sie hat uns gestern getroffen.", "getroffen", null],
    ["Ich stelle mir das schwierig vor.", "stelle", "sich vorstellen"],
    ["Wir treffen uns morgen am Markt.", "treffen", "sich treffen"],
    ["Freust du dich auf den Urlaub?", "Freust", "sich freuen auf"],
  ])("a 1st/2nd person reflexive needs its subject: %s", (sentence, word, lemma) => {
    expect(phraseOn(sentence, word)?.lemma ?? null).toBe(lemma);
  });

  // "von … aus" frames a starting point: its aus is no particle.
  it.each([
    ["Viele arbeiten heute von zu Hause aus.", "arbeiten"],
    ["Von hier aus sieht man das Meer.", "sieht"],
  ])("von … aus is no verb particle: %s", (sentence, word) => {
    expect(phraseOn(sentence, word)).toBeNull();
  });

  it("ausgehen von keeps its particle", () => {
    expect(phraseOn("Wir gehen von einem Erfolg aus.", "gehen")?.lemma).toBe("ausgehen von");
  });

  it("a separable verb without its preposition stays a separable verb", () => {
    expect(phraseOn("Er hängt das Bild ab.", "hängt")).toMatchObject({ lemma: "abhängen", words: ["hängt", "ab"] });
  });
});

describe("stored as one lexeme", () => {
  it("every member of an expression belongs to the expression's PHRASE lexeme; separable verbs stay VERB", () => {
    const tokens = tokensOf("In Berlin gibt es viele Museen.");
    expect(lexemeKeyOf(tokens.find((t) => t.text === "gibt")!)).toEqual({ lemma: "es gibt", pos: "PHRASE" });
    expect(lexemeKeyOf(tokens.find((t) => t.text === "es")!)).toEqual({ lemma: "es gibt", pos: "PHRASE" });
    const separable = tokensOf("Er nimmt die Einladung an.").find((t) => t.text === "nimmt")!;
    expect(lexemeKeyOf(separable)).toEqual({ lemma: "annehmen", pos: "VERB" });
  });

  it("the dictionary panel has an entry for an expression", () => {
    expect(lookupEntry(lexicon, "es gibt", "PHRASE")).toMatchObject({
      lemma: "es gibt",
      pos: "PHRASE",
      senses: [{ gloss: "there is/are" }],
    });
  });
});
