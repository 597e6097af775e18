// Issue 12 (session 4): particle verbs whose particle stands apart right
// before the verb, verbs that are another verb's zu-infinitive, ordinals
// after an article, a demonstrative pronoun before a finite verb, and the
// context-free gloss a shared lexeme row keeps. Real pipeline, real lexicon.
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeText } from "@/lib/core/analyze";
import { lexemeGloss, tokenLexemeGloss } from "@/lib/core/gloss/lexeme-gloss";
import { isZuInfinitiveOf, weakPreteriteForms, type VerbInfo } from "@/lib/core/lexicon/build-index";
import { type Lexicon } from "@/lib/core/lexicon/index";
import { loadLexicon } from "../../helpers/lexicon";
import { tokenize } from "@/lib/core/text/tokenize";
import { tokenIn } from "../../helpers/token-in";

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = loadLexicon();
});

const tokensOf = (sentence: string) => analyzeText(sentence, lexicon).sentences.flatMap((s) => s.tokens);

describe("a particle written apart before its verb", () => {
  it.each([
    // zu-infinitive written in three words
    ["Es war schön, mit Ihnen zusammen zu arbeiten.", "zusammen", "arbeiten", "zusammenarbeiten"],
    // participle after the particle (perfect)
    ["Ich habe mein Geld zurück bekommen.", "zurück", "bekommen", "zurückbekommen"],
    ["Das alte Wissen ist verloren gegangen.", "verloren", "gegangen", "verlorengehen"],
    // verb-final subordinate clause
    ["Er sagt, dass er morgen zurück kommt.", "zurück", "kommt", "zurückkommen"],
  ])("%s", (sentence, particle, verb, lemma) => {
    const tokens = tokensOf(sentence);
    const p = tokens.findIndex((t) => t.text === particle);
    const v = tokens.findIndex((t) => t.text === verb);
    expect(tokens[v]?.phrase?.lemma.split(" ")).toContain(lemma);
    expect(tokens[p]?.phrase?.tokenIndexes).toContain(v);
    expect(tokens[p]?.phrase?.tokenIndexes).toContain(p);
  });

  it.each([
    ["Er kam, um zu arbeiten.", "arbeiten"],
    ["Sie ging, ohne zu fragen.", "fragen"],
    ["Er hat viel zu arbeiten.", "arbeiten"],
    // a prepositional particle before a phrase is that phrase's preposition (zurück is not one)
    ["Er fährt mit dem Bus zur Arbeit.", "fährt"],
    ["Er fährt mit dem Bus zur Arbeit.", "Bus"],
  ])("does not join an infinitive clause or a preposition: %s", (sentence, word) => {
    expect(tokensOf(sentence).find((t) => t.text === word)?.phrase).toBeUndefined();
  });
});

describe("clause-final particles", () => {
  it("does not take a preposition before 'zu' + a determiner for a particle (warten auf, not aufwarten)", () => {
    const tokens = tokensOf("Sie wartet auf zu viele Dinge.");
    expect(tokens.find((t) => t.text === "wartet")?.phrase?.lemma).toBe("warten auf");
  });

  it.each([
    // hinzukommen is a verb of its own, not only hinkommen's zu-infinitive
    ["Aber es kommt eine neue Dimension hinzu.", "kommt", "hinzu", "hinzukommen"],
    // an ordinal after an article does not end the sentence before the particle
    ["Sie gaben auf der 35. Tagung am Mittwoch das Thema vor.", "gaben", "vor", "vorgeben"],
    // before an extraposed zu-infinitive: a preposition is never followed by "zu" + verb
    ["Dann hörte der Regen plötzlich auf zu fallen.", "hörte", "auf", "aufhören"],
    ["Die Kinder fingen sofort an zu lachen.", "fingen", "an", "anfangen"],
    // the particle picks the verb: gehört is gehören here, not the participle of hören
    ["Zu einem guten Frühstück gehört frischer Kaffee dazu.", "gehört", "dazu", "dazugehören"],
    // a directional particle before a prepositional phrase moved behind the clause
    ["Am Abend kehrten die Fischer zurück in den Hafen.", "kehrten", "zurück", "zurückkehren"],
    ["Er lief gestern weg von zu Hause.", "lief", "weg", "weglaufen"],
    // the weak past of a verb whose table is strong (schuf / schaffte)
    ["Die Regierung schaffte die Steuer im Mai ab.", "schaffte", "ab", "abschaffen"],
    ["Viele Briefe gingen im Krieg verloren.", "gingen", "verloren", "verlorengehen"],
  ])("%s", (sentence, verb, particle, lemma) => {
    const tokens = tokensOf(sentence);
    const v = tokens.findIndex((t) => t.text === verb);
    const p = tokens.findLastIndex((t) => t.text === particle);
    expect(tokens[v]?.phrase?.lemma).toBe(lemma);
    expect(tokens[v]?.phrase?.tokenIndexes).toEqual([v, p]);
  });

  it.each([
    [
      "schaffen",
      { PA2: ["geschaffen", "geschafft"], PRT: { S: { 3: "schuf" } } },
      ["schaffte", "schafftest", "schafften", "schafftet"],
    ],
    [
      "bereiten",
      { PA2: ["bereitet", "beritten"], PRT: { S: { 3: "beritt" } } },
      ["bereitete", "bereitetest", "bereiteten", "bereitetet"],
    ],
    [
      "abschaffen",
      { PA2: ["abgeschaffen", "abgeschafft"], PRT: { S: { 3: ["schuf", "ab"] } } },
      ["abschaffte", "abschafftest", "abschafften", "abschafftet"],
    ],
    // strong only, or weak already: nothing to add
    ["gehen", { PA2: ["gegangen"], PRT: { S: { 3: "ging" } } }, []],
    ["machen", { PA2: ["gemacht"], PRT: { S: { 3: "machte" } } }, []],
  ] satisfies [string, VerbInfo, string[]][])("weakPreteriteForms(%s)", (inf, info, expected) => {
    expect(weakPreteriteForms(inf, info)).toEqual(expected);
  });

  it.each([
    ["hinzukommen", "hinkommen", true],
    ["anzunehmen", "annehmen", true],
    ["zunehmen", "nehmen", false],
    ["kommen", "kommen", false],
  ])("isZuInfinitiveOf(%s, %s) is %s", (form, lemma, expected) => {
    expect(isZuInfinitiveOf(form, lemma)).toBe(expected);
  });
});

describe("ordinals after an article", () => {
  it.each([
    ["auf der 35. Tagung", "35."],
    ["zum 100. Geburtstag", "100."],
    ["am 3. Oktober", "3."],
  ])("%s keeps the period on the number", (text, number) => {
    expect([...tokenize(text)].map((t) => t.text)).toContain(number);
  });

  it("a number ending a sentence before a capital stays a cardinal", () => {
    expect([...tokenize("Es waren 35. Dann kam er.")].map((t) => t.text)).toContain("35");
  });
});

describe("a demonstrative pronoun before a finite verb", () => {
  it.each([
    ["Das bedeutet nichts.", "bedeutet", "bedeuten", "VERB"],
    ["Die funktioniert nicht.", "funktioniert", "funktionieren", "VERB"],
    ["Das bedeutete Ende kam schnell.", "bedeutete", "bedeutet", "ADJ"],
    ["Die veröffentlichten neuen Zahlen sind gut.", "veröffentlichten", "veröffentlicht", "ADJ"],
  ])("%s", (sentence, word, lemma, pos) => {
    const t = tokenIn(lexicon, sentence, word);
    expect(t.lemma).toBe(lemma);
    expect(t.pos).toBe(pos);
  });
});

describe("the gloss a shared lexeme keeps", () => {
  it("is the context-free gloss, whatever the sentence chose", () => {
    const free = lexemeGloss(lexicon, "Geschichte", "NOUN", null);
    expect(free).toBeTruthy();
    for (const sentence of [
      "Er erzählt den Kindern eine spannende Geschichte vor dem Schlafen.",
      "Die Geschichte des Mittelalters wird an der Universität gelehrt.",
    ]) {
      const t = tokenIn(lexicon, sentence, "Geschichte");
      expect(tokenLexemeGloss(lexicon, t, "Geschichte", "NOUN")).toBe(free);
    }
  });

  it.each([
    ["In Berlin gibt es viele Museen.", "gibt", "es gibt", "PHRASE"],
    ["Putin nimmt die Einladung an.", "nimmt", "annehmen", "VERB"],
  ])("an expression's row keeps the expression's gloss: %s", (sentence, word, lemma, pos) => {
    const t = tokenIn(lexicon, sentence, word);
    const gloss = tokenLexemeGloss(lexicon, t, lemma, pos);
    expect(gloss).toBeTruthy();
    expect(gloss).toBe(lexemeGloss(lexicon, lemma, pos, null));
  });

  it("falls back to the token's gloss for a guessed compound", () => {
    const t = tokenIn(lexicon, "Der Kremlsprecher kam.", "Kremlsprecher");
    expect(tokenLexemeGloss(lexicon, t, "Kremlsprecher", "NOUN")).toBe(t.gloss);
  });
});

describe("participles and past tenses", () => {
  it.each([
    ["Er besiegte die Armee.", "besiegte", "besiegen", "VERB"],
    ["Die Firma entwickelte eine neue Methode.", "entwickelte", "entwickeln", "VERB"],
    ["Die Firma entwickelte Methoden.", "entwickelte", "entwickeln", "VERB"],
    ["Er kaufte gebrauchte Autos.", "gebrauchte", "gebraucht", "ADJ"],
    ["Sie sah die entwickelten Methoden.", "entwickelten", "entwickelt", "ADJ"],
    // not a participle: "lange" stays the adjective before a preposition
    ["Wir haben uns lange auf den Urlaub gefreut.", "lange", "lang", "ADJ"],
  ])("%s", (sentence, word, lemma, pos) => {
    const t = tokenIn(lexicon, sentence, word);
    expect(t.lemma).toBe(lemma);
    expect(t.pos).toBe(pos);
  });

  it("a participle adjective with a rare dictionary gloss reads as its verb's participle", () => {
    expect(tokenIn(lexicon, "Sie sah die entwickelten Methoden.", "entwickelten").gloss).toBe("developed");
  });
});
