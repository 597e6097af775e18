/**
 * CLI: `npx tsx scripts/probe-expressions.ts` — how many everyday German
 * expressions (idioms, support-verb constructions, prepositional and
 * reflexive verbs) the analysis links as one phrase, on sentences written
 * for this probe (not taken from the evaluation treebanks). Prints each
 * sentence with the phrase found on its word, then the count. Measures
 * only; nothing in lib/core is derived from it.
 */

import { analyzeText } from "../lib/core/analyze";
import { loadLexicon } from "../lib/server/lexicon/lexicon-cache";

const lexicon = loadLexicon();
/** A sentence and the word the expression must be found on. */
const cases: [sentence: string, word: string][] = [
  ["Das Spiel hat mir viel Spaß gemacht.", "Spaß"],
  ["Ich habe keine Lust auf Kino.", "Lust"],
  ["Kannst du mir bitte Bescheid sagen?", "Bescheid"],
  ["Er hat die Nase voll von der Arbeit.", "Nase"],
  ["Die Lösung liegt auf der Hand.", "Hand"],
  ["Wir müssen Rücksicht auf die Nachbarn nehmen.", "Rücksicht"],
  ["Sie nahm Abschied von ihrer Familie.", "Abschied"],
  ["Er legt großen Wert auf Pünktlichkeit.", "Wert"],
  ["Das geht mir auf die Nerven.", "Nerven"],
  ["Sie machte Gebrauch von ihrem Recht.", "Gebrauch"],
  ["Er hat es eilig.", "eilig"],
  ["Ab und zu gehen wir ins Kino.", "Ab"],
  ["Hin und wieder regnet es.", "Hin"],
  ["Nach und nach wurde es besser.", "Nach"],
  ["Im Gegenteil, es war wunderbar.", "Gegenteil"],
  ["Die Maschine wurde in Gang gesetzt.", "Gang"],
  ["Es lohnt sich, früh aufzustehen.", "lohnt"],
  ["Die Firma ist nicht in der Lage, zu zahlen.", "Lage"],
  ["Wir freuen uns auf den Urlaub.", "freuen"],
  ["Ich interessiere mich für Musik.", "interessiere"],
  ["Sie hat sich an die Regeln gehalten.", "gehalten"],
  ["Er ärgert sich über den Lärm.", "ärgert"],
  ["Das Kind fürchtet sich vor dem Hund.", "fürchtet"],
  ["Wir haben an der Konferenz teilgenommen.", "teilgenommen"],
  ["Sie bewirbt sich um die Stelle.", "bewirbt"],
  ["Er beschäftigt sich mit Geschichte.", "beschäftigt"],
  ["Das besteht aus drei Teilen.", "besteht"],
  ["Sie hat sich für das rote Kleid entschieden.", "entschieden"],
  ["Er hat sich bei ihr entschuldigt.", "entschuldigt"],
  ["Ich kann mich nicht daran erinnern.", "erinnern"],
  ["Es kommt darauf an, was du willst.", "kommt"],
  ["Die Sitzung fand im Rathaus statt.", "fand"],
  ["Das kommt nicht in Frage.", "Frage"],
  ["Der Plan ist ins Wasser gefallen.", "Wasser"],
  ["Er hat mich im Stich gelassen.", "Stich"],
  ["Sie hat ihm die Meinung gesagt.", "Meinung"],
  ["Wir haben keine Zeit zu verlieren.", "Zeit"],
  ["Er macht sich lustig über uns.", "lustig"],
  ["Der Vertrag tritt morgen in Kraft.", "tritt"],
  ["Das Treffen findet trotz des Regens statt, weil es wichtig ist.", "findet"],
  ["Sie stellte fest, dass niemand da war.", "stellte"],
  ["Er leidet unter Kopfschmerzen.", "leidet"],
  ["Die Kinder passen auf den Hund auf.", "passen"],
];
let linked = 0;
for (const [sentence, word] of cases) {
  const tokens = analyzeText(sentence, lexicon).sentences.flatMap((s) => s.tokens);
  const token = tokens.find((t) => t.text === word);
  const phrase = token?.phrase && token.phrase.tokenIndexes.length > 1 ? token.phrase : undefined;
  if (phrase) linked++;
  const shown = phrase
    ? `${phrase.lemma} = ${phrase.gloss ?? "—"} [${phrase.tokenIndexes.map((i) => tokens[i]?.text ?? "").join(" ")}]`
    : `${token?.lemma ?? "?"}: ${token?.gloss ?? "—"}`;
  console.log(`${phrase ? "linked" : "  —   "}  ${sentence} → ${shown}`);
}
console.log(`expressions linked: ${linked} of ${cases.length}`);
