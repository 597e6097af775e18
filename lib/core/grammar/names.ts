/**
 * The genitive -s of names ("die Rede Obamas", "die Anerkennung Albaniens",
 * "Humphrey Bogarts jüngerer Bruder"): a name takes no article in the
 * genitive, so its -s alone marks the case.
 */

import type { AnalyzedToken } from "../analyze";
import type { Lexicon } from "../lexicon/index";

/**
 * Endings that are a genitive -s on a name the dictionary does not know: not after s, x, z (no genitive
 * -s there), nor -as, -es, -is, -us, -ms, common in names' nominatives (Thomas, Hughes, Davis, Markus, Williams).
 */
const UNKNOWN_GENITIVE = /(?:[^aeiuäöüsxzm]|[oö])s$/;

/**
 * Whether a name is in the genitive by its form: "sure" when the dictionary or the lemmatizer knows the
 * name without its -s (Albaniens, Pekings), "likely" for an unknown name with a genitive-looking -s
 * (Barrosos, Lamarrs), null otherwise.
 */
export function genitiveName(lexicon: Lexicon, token: AnalyzedToken): "sure" | "likely" | null {
  const { text, lemma } = token;
  if (text.length < 4 || !text.endsWith("s") || !/^\p{Lu}/u.test(text)) return null;
  if (lemma && lemma !== text && lemma + "s" === text) return "sure";
  const stem = text.slice(0, -1);
  const isName = (form: string): boolean => lexicon.lookupForm(form).some((id) => lexicon.pos(id) === "PROPN");
  if (isName(stem) && !isName(text)) return "sure";
  if (lexicon.lookupForm(text).length > 0) return null;
  return UNKNOWN_GENITIVE.test(text) ? "likely" : null;
}
