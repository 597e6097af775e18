/**
 * Chooses the learner gloss of a lemma among all of Ding's entries for it.
 *
 * Ding's first sense is often not the one a learner needs (Bedauern →
 * "unhappiness" before "regret", ausüben → "to bear" before "to exert"), so
 * senses are ranked across every entry of the headword: entries where the
 * headword stands alone, with matching part of speech/gender and without
 * register tags come first, then common English words (SUBTLEX-US counts)
 * and short glosses.
 */

import type { DingLine, DingPos } from "../lexicon/ding";

export interface GlossCandidate {
  line: DingLine;
  /** Index of the headword among the line's synonyms. */
  headIndex: number;
  /** Position of the line among this headword's lines (file order). */
  order: number;
}

export interface GlossQuery {
  pos: DingPos | "PROPN";
  gender?: "m" | "f" | "n" | null;
  /** log10 English word frequency, 0 when unknown. */
  englishFrequency: (word: string) => number;
}

/** Register/regional tags that make a sense a poor default for learners. */
const MARKED_TAGS =
  /^(?:ugs\.|geh\.|veraltet|alt|selten|übtr\.|vulg\.|pej\.|slang|Schw\.|Ös\.|Süddt\.|Norddt\.|Bayr\.|Mittelteldt\.|BW|Dt\.|poet\.|humor\.|euphem\.|coll\.|fig\.|formal|rare|archaic|dated|obs\.|Austr\.|Sc\.|Can\.|Ir\.|NZ|South African|Ind\.|Jägersprache|Kindersprache|children’s speech|hunters’ parlance|Dialekt|dialect|Lit\.|lit\.)$/;

function tagPenalty(tags: string[]): number {
  let penalty = 0;
  for (const tag of tags) {
    if (tag === "Br." || tag === "Am.") penalty += 0.3;
    else if (MARKED_TAGS.test(tag)) penalty += 2;
    else penalty += 0.8; // subject domains ([pol.], [med.]) narrow the sense
  }
  return penalty;
}

function posMatches(query: GlossQuery["pos"], pos: DingPos): boolean {
  if (query === "PROPN") return pos === "NOUN" || pos === null;
  return query === pos;
}

function senseScore(gloss: string, query: GlossQuery): number {
  const words = gloss
    .replace(/^to /, "")
    .replace(/^(?:the|a|an) /, "")
    .split(/[\s/-]+/)
    .filter((w) => w.length > 0);
  if (words.length === 0) return -10;
  let rarest = Infinity;
  for (const w of words) rarest = Math.min(rarest, query.englishFrequency(w.toLowerCase()));
  return 0.35 * rarest - 0.6 * (words.length - 1) - (gloss.length > 30 ? 1.5 : 0);
}

export interface ChosenGloss {
  gloss: string;
  /** Ranked senses with tags, best first (for the dictionary panel). */
  senses: { gloss: string; tags: string[] }[];
}

/**
 * Ranks every sense of every candidate entry and returns the best gloss.
 *
 * @example
 * chooseGloss(candidatesFor("Bedauern"), { pos: "NOUN", gender: "n", englishFrequency })
 * // → { gloss: "regret", senses: [...] }
 */
export function chooseGloss(candidates: GlossCandidate[], query: GlossQuery): ChosenGloss | null {
  const scored: { gloss: string; tags: string[]; score: number }[] = [];
  const anyPosMatch = candidates.some((c) => posMatches(query.pos, c.line.heads[c.headIndex]?.pos ?? null));
  for (const cand of candidates) {
    const head = cand.line.heads[cand.headIndex];
    if (!head) continue;
    const matches = posMatches(query.pos, head.pos);
    if (anyPosMatch && !matches) continue;
    let base = 0;
    if (cand.line.heads.length === 1) base += 1.5;
    base -= 0.4 * Math.min(cand.headIndex, 5);
    base -= tagPenalty(head.tags);
    base -= 0.5 * Math.min(cand.order, 6);
    // Ding's main sense of a word carries the phrases and examples; rare
    // senses stand alone on a bare line.
    base += 0.3 * Math.min(cand.line.examples.length + cand.line.verbForms.length / 3, 8);
    if (query.pos === "NOUN" && query.gender) {
      if (head.gender === query.gender) base += 1;
      else if (head.isPlural) base -= 2;
    }
    cand.line.senses.forEach((sense, k) => {
      let gloss = sense.gloss;
      if (query.pos === "VERB" && !gloss.startsWith("to ")) {
        // Ding gives verbs as "to …"; a non-"to" sense is a participle or phrase.
        gloss = `to ${gloss}`;
        base -= 1;
      }
      const score = base - 0.6 * Math.min(k, 6) - tagPenalty(sense.tags) + senseScore(gloss, query);
      scored.push({ gloss, tags: sense.tags, score });
    });
  }
  if (scored.length === 0) return null;
  scored.sort((a, b) => b.score - a.score);
  const seen = new Set<string>();
  const senses: { gloss: string; tags: string[] }[] = [];
  for (const s of scored) {
    if (seen.has(s.gloss)) continue;
    seen.add(s.gloss);
    senses.push({ gloss: s.gloss, tags: s.tags });
  }
  const best = senses[0];
  return best ? { gloss: best.gloss, senses } : null;
}
