/**
 * Which case a preposition governs, from a German grammar. Two-way
 * prepositions take the accusative for a direction (wohin?) and the
 * dative for a place (wo?); the verb of the clause usually tells which.
 */

import type { AnalyzedToken } from "../analyze";
import type { Case } from "./agreement";

const GOVERNMENT: Record<string, Case[]> = {};
function govern(cases: Case[], words: string): void {
  for (const w of words.split(" ")) GOVERNMENT[w] = cases;
}
govern(["Acc"], "für durch gegen ohne um bis wider entlang per je");
// "pro Person", "pro verkauftem Exemplar": the grammars give pro the accusative, but the dative is common
// and the bare noun after it rarely shows which; an adjective's ending decides when there is one.
govern(["Acc", "Dat"], "pro");
govern(
  ["Dat"],
  "mit nach bei seit von zu aus außer gegenüber ab gemäß entsprechend samt nebst binnen entgegen zuliebe nahe fern",
);
govern(
  ["Gen", "Dat"],
  "wegen während trotz statt anstatt innerhalb außerhalb aufgrund infolge mittels hinsichtlich bezüglich jenseits " +
    "diesseits angesichts anlässlich laut dank zufolge einschließlich abzüglich zuzüglich oberhalb unterhalb seitens " +
    "zugunsten inmitten anhand mithilfe namens inklusive exklusive ungeachtet unweit",
);
export const TWO_WAY = new Set(["in", "an", "auf", "über", "unter", "vor", "hinter", "neben", "zwischen"]);
for (const w of TWO_WAY) GOVERNMENT[w] = ["Dat", "Acc"];

/** Cases a preposition may govern, null when the word is no preposition. */
export function governedCases(preposition: string): Case[] | null {
  return GOVERNMENT[preposition.toLowerCase()] ?? null;
}

/**
 * Verbs of motion and placement: with them a two-way preposition names the
 * goal (accusative: "stellt das Glas auf den Tisch", "fährt in die Stadt").
 * Separable and prefixed verbs count by their base (hinein|gehen, ver|legen).
 */
const DIRECTION_VERBS = new Set(
  (
    "gehen kommen fahren fliegen laufen rennen reisen bringen tragen schicken senden legen stellen setzen " +
    "hängen werfen stecken führen treten steigen fallen springen schieben drängen eilen wandern marschieren " +
    "rollen gießen schütten packen einladen einziehen einsteigen einmarschieren einreisen einführen investieren " +
    "blicken schauen sehen gucken verlegen verschieben verlagern übertragen überweisen stürzen dringen eindringen " +
    "flüchten fliehen zurückkehren heben ausweiten ausdehnen übersetzen hineingehen hinausgehen umziehen " +
    // "gerät in Vergessenheit", "sank auf 3 %": entering a state, falling to a level.
    "geraten sinken"
  ).split(" "),
);
/**
 * Verbs whose object is a dative ("hilft uns", "dankt ihr"): an object
 * that may be accusative or dative is then dative.
 */
const DATIVE_VERBS = new Set(
  (
    "helfen danken folgen gehören gefallen begegnen schaden vertrauen widersprechen zustimmen antworten " +
    "gratulieren drohen dienen fehlen passen nützen raten gelingen misslingen ähneln entsprechen glauben " +
    "zuhören zusehen zuschauen nachgeben ausweichen verzeihen schmecken genügen unterliegen"
  ).split(" "),
);

/** True when the verb takes a dative object and no accusative one. */
export function takesDativeObject(verbLemma: string): boolean {
  return DATIVE_VERBS.has(verbLemma);
}

/** Verbs of position and state: a two-way preposition then names a place (dative). */
const PLACE_VERBS = new Set(
  (
    "sein liegen stehen sitzen hängen wohnen leben arbeiten bleiben befinden finden stattfinden treffen " +
    "halten warten studieren geboren sterben spielen erscheinen veröffentlichen teilnehmen beteiligen " +
    "gründen entstehen existieren herrschen regieren lehren unterrichten feiern wachsen"
  ).split(" "),
);

/**
 * The case a two-way preposition takes with this verb lemma, null when the
 * verb does not tell ("hängen" is both: "hängt an der Wand" / "hängt es an die Wand").
 *
 * @example
 * twoWayCaseFor("stellen"); // "Acc"
 * twoWayCaseFor("wohnen"); // "Dat"
 */
export function twoWayCaseFor(verbLemma: string): "Acc" | "Dat" | null {
  const isDirection = DIRECTION_VERBS.has(verbLemma);
  const isPlace = PLACE_VERBS.has(verbLemma);
  if (isDirection && !isPlace) return "Acc";
  if (isPlace && !isDirection) return "Dat";
  return null;
}

/**
 * A two-way preposition that is the object of a verb expression ("warten auf", "geraten in" in the
 * phrase dictionary): the expression, not the verb's sense of place, fixes its case. A verb of motion
 * still names the goal ("gerät in Vergessenheit": accusative); for any other the dictionary's pattern
 * would have to tell ("wartet auf uns", accusative, but "besteht auf dem Vertrag", dative), so the case
 * stays open. Returns undefined when the preposition at k belongs to no verb expression.
 *
 * @example
 * prepositionalObjectCase(tokens, 3); // tokens of "Das Buch ist in Vergessenheit geraten.": "Acc"
 * prepositionalObjectCase(tokens, 2); // tokens of "Sie wartet auf uns.": null
 */
export function prepositionalObjectCase(tokens: readonly AnalyzedToken[], k: number): "Acc" | "Dat" | null | undefined {
  const phrase = tokens[k]?.phrase;
  if (!phrase || !phrase.lemma.includes(" ")) return undefined;
  const verb = phrase.tokenIndexes.map((i) => tokens[i]).find((t) => t?.pos === "VERB" || t?.pos === "AUX");
  if (!verb) return undefined;
  return twoWayCaseFor(verb.lemma ?? "") === "Acc" ? "Acc" : null;
}

/**
 * "bis auf den letzten Platz", "bis in die Nacht", "bis an die Grenze": bis before a two-way preposition
 * names an end point, the accusative; "bis vor zwei Jahren" (a time ago) keeps the dative. Null when no
 * bis stands before the preposition at k.
 */
export function caseAfterBis(tokens: readonly AnalyzedToken[], k: number): "Acc" | "Dat" | null {
  if (tokens[k - 1]?.text.toLowerCase() !== "bis") return null;
  return tokens[k]!.text.toLowerCase() === "vor" ? "Dat" : "Acc";
}
