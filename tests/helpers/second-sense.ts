/**
 * Issue 12: a learner gloss may add a close second sense after the chosen
 * one ("difficult, hard"). Tests that pin the chosen sense compare the gloss
 * without that last alternative when the whole gloss does not match.
 *
 * @example
 * chosenPart("difficult, hard", "difficult"); // "difficult"
 */
export function chosenPart(gloss: string | null | undefined, expected: string | RegExp): string {
  const g = gloss ?? "";
  if (typeof expected === "string" ? g === expected : expected.test(g)) return g;
  const cut = g.lastIndexOf(", ");
  return cut < 0 ? g : g.slice(0, cut);
}
