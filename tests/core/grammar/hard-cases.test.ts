// The harder cases of issues 15 and 18 on the real pipeline and lexicon:
// nominalised adjectives and participles take their gender from the
// declension (not the dictionary's neuter), homograph nouns their main
// gender, separable and irregular verbs in every tense, modals in the new
// spelling, coordinated clauses and relative pronouns.
import { beforeAll, describe, expect, it } from "vitest";
import { formatGrammarLine } from "@/lib/core/grammar/format";
import { type Lexicon } from "@/lib/core/lexicon/index";
import { loadLexicon } from "../../helpers/lexicon";
import { headwordOf } from "@/lib/core/words/headword";
import { tokenIn } from "../../helpers/token-in";

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = loadLexicon();
});

function feats(sentence: string, word: string): Record<string, string> {
  return tokenIn(lexicon, sentence, word).feats ?? {};
}

describe("nominalised adjectives and participles (issue 18)", () => {
  it.each([
    ["Der Verbündete half ihm.", "Verbündete", { Case: "Nom", Gender: "Masc", Number: "Sing" }],
    ["Die Verbündete half ihm.", "Verbündete", { Case: "Nom", Gender: "Fem", Number: "Sing" }],
    ["Er sprach mit einer Deutschen.", "Deutschen", { Case: "Dat", Gender: "Fem", Number: "Sing" }],
    ["Er sprach mit einem Deutschen.", "Deutschen", { Case: "Dat", Gender: "Masc", Number: "Sing" }],
    ["Ein Abgeordneter sprach.", "Abgeordneter", { Case: "Nom", Gender: "Masc", Number: "Sing" }],
    ["Sie sucht das Gute.", "Gute", { Gender: "Neut", Number: "Sing" }],
    // A plural group of people: masculine, the generic form (as UD annotates it).
    ["Die USA und ihre Verbündeten sind bestürzt.", "Verbündeten", { Gender: "Masc", Number: "Plur" }],
    ["Die Zahl der Beschäftigten steigt.", "Beschäftigten", { Case: "Gen", Number: "Plur" }],
  ])("%s — %s", (sentence, word, expected) => {
    expect(feats(sentence, word)).toMatchObject(expected);
  });

  it.each([
    ["Die USA und ihre Verbündeten sind bestürzt.", "Verbündeten", "der/die Verbündete"],
    ["Die Verbündete half ihm.", "Verbündete", "der/die Verbündete"],
    ["Sie sucht das Gute.", "Gute", "das Gute"],
  ])("the headword of %s — %s is %s, never the neuter default for a person", (sentence, word, headword) => {
    expect(headwordOf(tokenIn(lexicon, sentence, word))).toBe(headword);
  });

  it("the grammar line gives this form's article", () => {
    const token = tokenIn(lexicon, "Die Verbündete half ihm.", "Verbündete");
    expect(formatGrammarLine({ ...token, article: token.article ?? null })).toMatch(/^die Verbündete — feminine noun/);
  });
});

describe("homograph nouns take their main gender", () => {
  it.each([
    ["Der Tag war lang.", "Tag", "Masc"],
    ["Ein großer Teil fehlt.", "Teil", "Masc"],
    ["Die Liebe ist stark.", "Liebe", "Fem"],
    ["Es gibt eine Alternative.", "Alternative", "Fem"],
    ["Er kam aus dem Norden.", "Norden", "Masc"],
  ])("%s — %s is %s", (sentence, word, gender) => {
    expect(feats(sentence, word).Gender).toBe(gender);
  });
});

const FIN = { VerbForm: "Fin" };

describe("a separable and an irregular verb in every tense", () => {
  it.each([
    ["Der Zug kommt pünktlich an.", "kommt", { ...FIN, Mood: "Ind", Tense: "Pres", Person: "3", Number: "Sing" }],
    ["Der Zug kam pünktlich an.", "kam", { ...FIN, Mood: "Ind", Tense: "Past", Person: "3", Number: "Sing" }],
    ["Der Zug ist pünktlich angekommen.", "angekommen", { VerbForm: "Part", Tense: "Past" }],
    ["Der Zug wird pünktlich ankommen.", "ankommen", { VerbForm: "Inf" }],
    ["Wenn der Zug pünktlich ankäme, wäre er froh.", "ankäme", { ...FIN, Mood: "Sub", Tense: "Past" }],
    ["Sie sagt, der Zug komme pünktlich an.", "komme", { ...FIN, Mood: "Sub", Tense: "Pres", Person: "3" }],
    ["Wir gingen nach Hause.", "gingen", { ...FIN, Mood: "Ind", Tense: "Past", Person: "1", Number: "Plur" }],
    ["Wenn ich ginge, wäre es still.", "ginge", { ...FIN, Mood: "Sub", Tense: "Past", Number: "Sing" }],
  ])("%s — %s", (sentence, word, expected) => {
    expect(feats(sentence, word)).toMatchObject(expected);
  });
});

describe("modals in the new spelling", () => {
  it.each([
    ["Er muss gehen.", "muss", { Tense: "Pres", Person: "3", Number: "Sing" }],
    ["Sie musste gehen.", "musste", { Tense: "Past", Mood: "Ind", Person: "3", Number: "Sing" }],
    ["Du musst dich wehren.", "musst", { Tense: "Pres", Person: "2", Number: "Sing" }],
  ])("%s — %s", (sentence, word, expected) => {
    expect(feats(sentence, word)).toMatchObject({ VerbForm: "Fin", ...expected });
  });
});

describe("clauses", () => {
  it("each of two coordinated main clauses has its own finite verb", () => {
    expect(feats("Er hört genau hin und wartet auf das nächste Geräusch.", "wartet")).toMatchObject({
      VerbForm: "Fin",
      Mood: "Ind",
      Person: "3",
      Number: "Sing",
    });
    expect(feats("Sie setzt sich ein und bestärkt Mädchen.", "bestärkt")).toMatchObject({
      VerbForm: "Fin",
      Tense: "Pres",
    });
  });

  it.each([
    ["Zwei Männer, die hier wohnen, kamen.", "die", "Plur"],
    ["Die Haltestelle, die 2004 eröffnet wurde, ist alt.", "die", "Sing"],
  ])("a relative pronoun agrees with its noun: %s — %s is %s", (sentence, word, number) => {
    const f = tokenIn(lexicon, sentence, word).feats ?? {};
    expect(f.Number).toBe(number);
  });
});
