/**
 * der, die, das without a noun of their own are pronouns, not articles:
 * "Das ist gut" (that), "der Mann, der dort steht" (who), "die Frau, mit
 * der ich sprach" (whom). A learner must not read them as "the". After a
 * comma, or a preposition after a comma, the pronoun opens a relative
 * clause; elsewhere it points back or ahead (demonstrative).
 */

import type { AnalyzedToken } from "../analyze";

const ARTICLE_FORMS = new Set(["der", "die", "das", "dem", "den"]);
const RELATIVE_GLOSS = "who, which, that";
const DEMONSTRATIVE_GLOSS = "that, this";

/** Words that may stand between an article and its noun: adjectives, numbers, and determiners like beide. */
function canPrecedeNoun(t: AnalyzedToken, next: AnalyzedToken | undefined): boolean {
  if (t.kind === "number" || t.pos === "ADJ" || t.pos === "NUM") return true;
  // "die achämenidischen Truppen": an unknown lower-case word with an adjective ending.
  if (t.pos === "X" && /^\p{Ll}.*e[mnrs]?$/u.test(t.text)) return true;
  if (t.pos === "DET") return t.lemma !== "der" && t.lemma !== "ein";
  // "die gestern gekauften Bücher", "das sehr schöne Haus": an adverb before an adjective.
  return t.pos === "ADV" && next !== undefined && (next.pos === "ADJ" || next.kind === "number");
}

const OPENING_QUOTES = new Set(["„", "“", "»", "«", '"', "‚", "``"]);

function hasNoun(tokens: readonly AnalyzedToken[], from: number, relative: boolean): boolean {
  let j = from;
  // "die „Südsee“": the noun may be quoted.
  while (j < tokens.length && OPENING_QUOTES.has(tokens[j]!.text)) j++;
  while (j < tokens.length && canPrecedeNoun(tokens[j]!, tokens[j + 1])) j++;
  const t = tokens[j];
  if (t && (t.pos === "NOUN" || t.pos === "PROPN")) return true;
  // "das neue", "die beiden": an adjective or determiner ends the phrase, the noun is understood.
  // Where a relative clause may open, only before a clause boundary or a verb ("…, die neue, …"):
  // "der Nachbar, der gerade mit dem Hund spazieren ging" is the relative pronoun.
  if (j === from) return false;
  return !relative || t === undefined || t.kind === "punct" || ENDS_ELLIPSIS.has(t.pos ?? "");
}

/** What may follow an article whose noun is understood ("die neue ist besser", "die alte und die neue"). */
const ENDS_ELLIPSIS = new Set(["VERB", "AUX", "CCONJ"]);

/**
 * "die in den Medien kursierenden Termine", "der für Bildung zuständige Minister": the article
 * of an extended attribute, whose adjective and noun follow its own complement (before any verb).
 */
function hasDistantNoun(tokens: readonly AnalyzedToken[], from: number): boolean {
  // The attribute's complement is a phrase of its own: a noun or pronoun comes before the adjective.
  let complement = false;
  for (let j = from; j < tokens.length && j < from + 10; j++) {
    const t = tokens[j]!;
    if (t.kind === "punct" || t.pos === "VERB" || t.pos === "AUX") return false;
    const next = tokens[j + 1];
    const isNounNext = next?.pos === "NOUN" || next?.pos === "PROPN";
    if (complement && t.pos === "ADJ" && /e[mnrs]?$/.test(t.text) && isNounNext) return true;
    if (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "PRON" || t.kind === "number") complement = true;
  }
  return false;
}

function opensRelativeClause(tokens: readonly AnalyzedToken[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev?.text === ",") return true;
  return prev?.pos === "ADP" && tokens[i - 2]?.text === ",";
}

/**
 * Retags the determiners der/die/das/dem/den that have no noun after them
 * as pronouns (UD PRON) with a pronoun's gloss.
 *
 * @example
 * // "Der Mann, der dort steht, lacht." → the second "der": PRON, "who, which, that"
 */
export function markStandaloneDeterminers(tokens: AnalyzedToken[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== "DET" || t.lemma !== "der" || t.phrase || !ARTICLE_FORMS.has(t.text.toLowerCase())) continue;
    const relative = opensRelativeClause(tokens, i);
    if (hasNoun(tokens, i + 1, relative) || hasDistantNoun(tokens, i + 1)) continue;
    t.pos = "PRON";
    t.gloss = relative ? RELATIVE_GLOSS : DEMONSTRATIVE_GLOSS;
  }
}
