// Gender of nouns in context (issue 15): where the dictionary, the compound's head,
// the determiner and fixed nominalisations decide, on the real pipeline and lexicon.
import { beforeAll, describe, expect, it } from "vitest";
import { type Lexicon } from "@/lib/core/lexicon/index";
import { loadLexicon } from "../../helpers/lexicon";
import { tokenIn } from "../../helpers/token-in";

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = loadLexicon();
});

function analysed(sentence: string, word: string): { lemma?: string; pos?: string; feats: Record<string, string> } {
  const t = tokenIn(lexicon, sentence, word);
  return { lemma: t.lemma ?? undefined, pos: t.pos ?? undefined, feats: t.feats ?? {} };
}

describe("the lexicon: forms and genders of nouns", () => {
  it.each([
    // A Ding-only compound inflects like its head (Ort: Orte), not Aufenthalt|sorte.
    ["Niemand kannte ihre Aufenthaltsorte.", "Aufenthaltsorte", "Aufenthaltsort", { Gender: "Masc", Number: "Plur" }],
    // The genitive -es beside Morphy's -s, not Kamp|fes.
    ["Das Ende des Kampfes kam schnell.", "Kampfes", "Kampf", { Case: "Gen", Gender: "Masc", Number: "Sing" }],
    // Ding's second plural of a table noun.
    ["Die Boni wurden gestrichen.", "Boni", "Bonus", { Gender: "Masc" }],
    // der Moment over the technical das Moment [phys.].
    ["Im Moment regnet es.", "Moment", "Moment", { Gender: "Masc" }],
    // Morphy's neuter against one narrowed Ding line (Magma {f} [geol.]).
    ["Das Magma kühlt langsam ab.", "Magma", "Magma", { Gender: "Neut" }],
    // Abbreviations and currency codes carry the gender of the word they stand for.
    ["Er wohnt in der Straße Nr. 5.", "Nr.", "nr.", { Gender: "Fem" }],
    ["Das kostet 3 Mio. Euro.", "Mio.", "mio.", { Gender: "Fem" }],
    ["Sie zahlte 200 GBP dafür.", "GBP", "GBP", { Gender: "Neut" }],
    ["Das gilt z. B. für Kinder.", "B.", "Beispiel", { Gender: "Neut" }],
  ])("%s — %s is %s %o", (sentence, word, lemma, feats) => {
    const a = analysed(sentence, word);
    expect(a.lemma).toBe(lemma);
    expect(a.feats).toMatchObject(feats);
  });

  it.each([
    // A [geogr.] noun English writes in lower case is a common noun.
    ["Die Vögel brüten im Sumpfgebiet.", "Sumpfgebiet", "NOUN"],
    // One English writes as a name stays a name.
    ["Das Schiff fuhr auf dem Rhein.", "Rhein", "PROPN"],
  ])("%s — %s is a %s", (sentence, word, pos) => {
    expect(analysed(sentence, word).pos).toBe(pos);
  });
});

describe("the determiner decides", () => {
  it.each([
    // das excludes the feminine Leihe (plural Leihen): the nominalised infinitive.
    ["Das Leihen ist teuer.", "Leihen", "Neut"],
    // The dictionary's other gender of a loanword, or a nominalised adjective it lists as neuter.
    ["Sie installierte eine Firewall.", "Firewall", "Fem"],
    ["Der Einzige im Raum schwieg.", "Einzige", "Masc"],
    // Not after another determiner (dieser einen Frau), not for a form of two nouns (den Spielen).
    ["Er dachte an das Gesicht dieser einen Frau.", "Frau", "Fem"],
    ["Bei den Spielen gewann sie.", "Spielen", "Neut"],
  ])("%s — %s is %s", (sentence, word, gender) => {
    expect(analysed(sentence, word).feats.Gender).toBe(gender);
  });
});

describe("fixed nominalisations and words the dictionary lacks", () => {
  it.each([
    // am + superlative, unter anderem: neuter, and no part of the next noun's phrase.
    ["Er lief am schnellsten.", "schnellsten", { Gender: "Neut" }],
    ["Es ist die am weitesten verbreitete Sprache.", "weitesten", { Gender: "Neut" }],
    ["Es ist die am weitesten verbreitete Sprache.", "Sprache", { Gender: "Fem" }],
    ["Sie kaufte unter anderem Brot.", "anderem", { Gender: "Neut" }],
    ["Es ist ein wenig kalt.", "wenig", { Gender: "Neut" }],
    // A nominalised adjective the dictionary lacks: gender from its phrase, a plural group masculine.
    ["Die Älteren bleiben zu Hause.", "Älteren", { Gender: "Masc", Number: "Plur" }],
    // An English title before a name.
    ["Gestern sprach Ms Smith im Radio.", "Ms", { Gender: "Fem" }],
    // An unknown lower-case adjective after an article, with no noun after it.
    ["Es war die verheerendste seit Jahren.", "verheerendste", { Gender: "Fem" }],
  ])("%s — %s %o", (sentence, word, feats) => {
    expect(analysed(sentence, word).feats).toMatchObject(feats);
  });

  it("mit anderen (other people) is plural, not the neuter of unter anderem", () => {
    const f = analysed("Er sprach mit anderen darüber.", "anderen").feats;
    expect(f.Number).toBe("Plur");
    expect(f.Gender).not.toBe("Neut");
  });

  it("the noun whose plural the form is wins over one it is only the dative plural of", () => {
    expect(analysed("Der Dichter rief die Musen an.", "Musen").lemma).toBe("Muse");
  });
});
