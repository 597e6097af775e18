/**
 * Place names and surnames the dictionary lacks look like compounds to the
 * splitter (Göttin|gen, Rose|n|heim, Mann|es|mann). Such a word reads as a
 * name, not a compound, when both hold:
 *
 * - its last part is one German place names and surnames end in (-heim,
 *   -dorf, -burg, -mann, the -gen of -ingen, …), uninflected or with a
 *   genitive -s;
 * - it stands where a bare singular noun cannot: right after a preposition
 *   of place (in Göttingen, aus Meerbusch, bei Rosenheim), a title or
 *   classifier (Herr Feldkamp, Landkreis Rosenheim, St. Walburg), or a
 *   first name (Klaus Mannesmann).
 *
 * A real compound with such a head is a singular count noun and takes an
 * article or a contraction (im Altersheim, das Spielfeld, ein Wohnheim), so
 * it never meets the context. A plural may go bare (in Dorfkirchen, von
 * Bürgerkriegsflüchtlingen): -kirchen, a plural head, counts only after a
 * title or name or when the split is a string of pieces (Step|han|s|kirchen,
 * not Dorf|kirchen), and a head must be the ending itself (Flüchtlingen is
 * no -gen).
 */

/** Last parts of German place names and surnames, lower case. */
const NAME_HEADS = new Set(
  "gen heim hausen dorf bach busch feld felde burg berg stedt stätt stetten rode hagen kamp mann see wald stein furt".split(
    " ",
  ),
);
/** Heads that are also a plural (Dorf|kirchen): a name after a title or name (OBI Stephanskirchen) or when split in pieces. */
const PLURAL_HEADS = new Set(["kirchen"]);

/** Prepositions before a bare place name: in Göttingen, aus Meerbusch, nahe Rosenheim. */
const PLACE_PREPOSITIONS = new Set(["in", "aus", "nach", "bei", "von", "nahe", "ab", "bis"]);

/** Titles and classifiers before a name: Herr Feldkamp, Landkreis Rosenheim, St. Walburg. */
const NAME_TITLES = new Set(
  "herr herrn frau familie firma kanzlei konzern stadt gemeinde landkreis kreis ortsteil st. sankt bad".split(" "),
);

/** The head part without a genitive -s (Göttingens: gens → gen). */
function bareHead(head: string): string {
  const lower = head.toLowerCase();
  return lower.endsWith("s") && (NAME_HEADS.has(lower.slice(0, -1)) || PLURAL_HEADS.has(lower.slice(0, -1)))
    ? lower.slice(0, -1)
    : lower;
}

/**
 * Whether `word`, a capitalised word the dictionary lacks that the splitter
 * cuts into `parts` (linking elements included, head last), is rather a
 * place name or surname here.
 *
 * @example
 * readsAsName("Göttingen", ["Göttin", "gen"], { prevText: "nach", prevPos: "ADP", nextText: null }); // true
 * readsAsName("Altersheim", ["Alter", "s", "heim"], { prevText: "im", prevPos: "ADP", nextText: null }); // false
 */
export function readsAsName(
  word: string,
  parts: readonly string[],
  ctx: { prevText: string | null; prevPos: string | null; nextText: string | null },
): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(word)) return false;
  const bare = bareHead(parts[parts.length - 1] ?? "");
  if (!NAME_HEADS.has(bare) && !PLURAL_HEADS.has(bare)) return false;
  const plural = PLURAL_HEADS.has(bare) && parts.length < 4;
  const prev = ctx.prevText?.toLowerCase() ?? null;
  if (prev === null) return false;
  if (NAME_TITLES.has(prev)) return true;
  // "von Kinderheim zu Kinderheim": a bare noun in the idiom.
  if (!plural && PLACE_PREPOSITIONS.has(prev) && !(prev === "von" && ctx.nextText === "zu")) return true;
  // A first name (Klaus Mannesmann, Anna Feldkamp), not a name's genitive
  // before a noun (Berlins Tiergarten, Europas Müllberg).
  return ctx.prevPos === "PROPN" && (!prev.endsWith("s") || bare === "mann");
}

/** The name's lemma: a genitive -s left off (Göttingens → Göttingen). */
export function nameLemma(word: string, head: string): string {
  return bareHead(head) !== head.toLowerCase() ? word.slice(0, -1) : word;
}
