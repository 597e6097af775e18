// Verb forms in every tense from the real inflection tables: irregular and
// separable verbs, participles, infinitives and the subject's person.
import { beforeAll, describe, expect, it } from "vitest";
import { type Lexicon } from "@/lib/core/lexicon/index";
import { loadLexicon } from "../../helpers/lexicon";
import { tokenIn } from "../../helpers/token-in";

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = loadLexicon();
});

function feats(sentence: string, word: string): Record<string, string> {
  return tokenIn(lexicon, sentence, word).feats ?? {};
}

const FIN = { VerbForm: "Fin", Mood: "Ind" };

describe("finite forms of irregular and separable verbs", () => {
  it.each([
    ["Er lädt sie ein.", "lädt", { ...FIN, Tense: "Pres", Person: "3", Number: "Sing" }],
    ["Er lud sie ein.", "lud", { ...FIN, Tense: "Past", Person: "3", Number: "Sing" }],
    ["Wir luden sie ein.", "luden", { ...FIN, Tense: "Past", Person: "1", Number: "Plur" }],
    ["Ich nehme die Einladung an.", "nehme", { ...FIN, Tense: "Pres", Person: "1", Number: "Sing" }],
    ["Du nahmst die Einladung an.", "nahmst", { ...FIN, Tense: "Past", Person: "2", Number: "Sing" }],
    ["Sie ging nach Hause.", "ging", { ...FIN, Tense: "Past", Person: "3", Number: "Sing" }],
    ["Wir sind müde.", "sind", { ...FIN, Tense: "Pres", Person: "1", Number: "Plur" }],
    ["Ihr seid müde.", "seid", { ...FIN, Tense: "Pres", Person: "2", Number: "Plur" }],
    ["Er wäre gern gekommen.", "wäre", { VerbForm: "Fin", Mood: "Sub", Tense: "Past", Person: "3" }],
    ["Er sagte, sie sei krank.", "sei", { VerbForm: "Fin", Mood: "Sub", Tense: "Pres", Person: "3" }],
    ["Sie würde es tun.", "würde", { VerbForm: "Fin", Mood: "Sub", Tense: "Past" }],
    ["Er weiß, dass sie ihn einlud.", "einlud", { ...FIN, Tense: "Past", Person: "3", Number: "Sing" }],
    // weak past of a verb whose table is strong (schuf "created" / schaffte "managed")
    ["Sie schaffte die Prüfung.", "schaffte", { ...FIN, Tense: "Past", Person: "3", Number: "Sing" }],
    ["Wir schafften es nicht.", "schafften", { ...FIN, Tense: "Past", Person: "1", Number: "Plur" }],
    ["Du bereitetest alles vor.", "bereitetest", { ...FIN, Tense: "Past", Person: "2", Number: "Sing" }],
    ["Man weiß, dass der Staat die Steuer abschaffte.", "abschaffte", { ...FIN, Tense: "Past", Person: "3" }],
  ])("%s — %s", (sentence, word, expected) => {
    expect(feats(sentence, word)).toMatchObject(expected);
  });
});

describe("non-finite forms and perfect, future, passive", () => {
  it.each([
    ["Er hat sie eingeladen.", "eingeladen", { VerbForm: "Part", Tense: "Past" }],
    ["Er hat sie eingeladen.", "hat", { ...FIN, Tense: "Pres", Person: "3" }],
    ["Sie ist nach Hause gegangen.", "gegangen", { VerbForm: "Part", Tense: "Past" }],
    ["Er wird sie einladen.", "einladen", { VerbForm: "Inf" }],
    ["Er wird sie einladen.", "wird", { ...FIN, Tense: "Pres", Person: "3", Number: "Sing" }],
    ["Sie wurde eingeladen.", "wurde", { ...FIN, Tense: "Past" }],
    ["Es ist schwierig, sie einzuladen.", "einzuladen", { VerbForm: "Inf" }],
    ["Er versucht, das Haus zu verkaufen.", "verkaufen", { VerbForm: "Inf" }],
    ["Er hat das Haus verkauft.", "verkauft", { VerbForm: "Part" }],
    ["Er verkauft das Haus.", "verkauft", { ...FIN, Person: "3", Number: "Sing" }],
  ])("%s — %s", (sentence, word, expected) => {
    expect(feats(sentence, word)).toMatchObject(expected);
  });
});
