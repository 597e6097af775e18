/**
 * What a lexeme adds to the grammar line of each of its forms, from the
 * lexicon (server side): principal parts and perfect auxiliary of verbs,
 * the genitive of nouns, the comparison of adjectives.
 */

import { gradeStems } from "../lexicon/build-index";
import type { Lexicon } from "../lexicon/index";
import type { GrammarInfo } from "./format";
import { decodeParadigm } from "./paradigms";
import { principalParts } from "./verbs";

/**
 * The lexeme-level part of the grammar line, from the lexicon.
 *
 * @example
 * grammarInfoOf(lexicon, "einladen", "VERB"); // { parts: "lädt ein, lud ein, hat eingeladen" }
 * grammarInfoOf(lexicon, "Präsident", "NOUN"); // { genitive: "des Präsidenten" }
 */
export function grammarInfoOf(lexicon: Lexicon, lemma: string, pos: string): GrammarInfo {
  const ids = lexicon.lookupForm(lemma).filter((i) => lexicon.lemma(i) === lemma);
  if (pos === "VERB" || pos === "AUX") {
    const id = ids.find((i) => lexicon.pos(i) === "VERB" || lexicon.pos(i) === "AUX");
    const parts = id !== undefined ? principalParts(lexicon, id) : null;
    return parts ? { parts: `${parts.present}, ${parts.past}, ${parts.perfect}` } : {};
  }
  if (pos === "NOUN") {
    const id = ids.find((i) => lexicon.pos(i) === "NOUN");
    const pattern = id !== undefined ? lexicon.paradigm?.(id) : null;
    const gender = id !== undefined ? lexicon.gender(id) : null;
    const genitive = pattern ? decodeParadigm(lemma, pattern)[1] : null;
    if (genitive && genitive !== lemma && gender) return { genitive: `${gender === "f" ? "der" : "des"} ${genitive}` };
    return {};
  }
  if (pos === "ADJ") {
    if (!ids.some((i) => lexicon.pos(i) === "ADJ")) return {};
    const [comparative, ...superlatives] = gradeStems(lemma);
    // kürzest, ältest, heißest, but größt; irregular ones have one stem (best).
    const superlative =
      superlatives.length === 1
        ? superlatives[0]
        : /[sßzxtd]$/.test(lemma) && lemma !== "groß"
          ? superlatives[1]
          : superlatives[lemma === "groß" ? 2 : 0];
    return comparative && superlative ? { comparison: `${comparative}, am ${superlative}en` } : {};
  }
  return {};
}
