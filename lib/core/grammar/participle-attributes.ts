/**
 * Participles before their noun that the tagger read as a past-tense verb ("die veröffentlichten
 * Zahlen" is not "sie veröffentlichten Zahlen"): inside a noun phrase the form is an adjective and its
 * ending marks the case.
 */

import type { AnalyzedToken } from "../analyze";

/** A weak participle (veröffentlicht, stationiert) with an adjective ending. */
const WEAK_PARTICIPLE = /^\p{Ll}[\p{Ll}-]*t(e|em|en|er|es)$/u;

/** Determiners that open a noun phrase (der, ein, kein, dieser, the possessives …). */
const OPENS_PHRASE = /^(?:der|ein|kein|dies|jen|jed|mein|dein|sein|ihr|unser|euer)/;

function isInflectedAdjective(t: AnalyzedToken | undefined): boolean {
  return t?.pos === "ADJ" && /(?:e|em|en|er|es)$/.test(t.text);
}

/**
 * The adjective ending of a verb-tagged participle at `i` that stands inside a noun phrase, else null:
 * right after an article or an inflected adjective ("einen ausgeklügelten Plan", "eine moderne
 * umweltorientierte Technik"), or at the end of an extended attribute whose article stands alone
 * before a preposition or adverb ("in einem am Montag veröffentlichten Urteil"), with a noun after it.
 */
export function attributiveParticipleEnding(tokens: AnalyzedToken[], i: number): string | null {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (next?.kind !== "word" || next.pos !== "NOUN") return null;
  const ending = WEAK_PARTICIPLE.exec(t.text)?.[1];
  if (!ending) return null;
  const prev = tokens[i - 1];
  if ((prev?.pos === "DET" && OPENS_PHRASE.test(prev.lemma ?? "")) || isInflectedAdjective(prev)) return ending;
  // An extended attribute: back to a lone definite article (the one attachDistantArticles joins to the
  // phrase), through no punctuation and no other verb; complete phrases inside it ("des Pfunds") are passed.
  for (let k = i - 1; k > 0 && i - k <= 10; k--) {
    const w = tokens[k]!;
    if (w.kind === "punct" || w.pos === "VERB" || w.pos === "AUX") return null;
    const after = tokens[k + 1]!;
    const lone = after.pos === "ADP" || after.pos === "ADV";
    if (w.pos === "DET" && lone) return w.lemma === "der" && tokens[k - 1]!.kind !== "punct" ? ending : null;
  }
  return null;
}
