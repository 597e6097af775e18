/**
 * Applies the choice of sense in context (./sense-context.ts) to an
 * analysed sentence: every word whose gloss is its lexeme's ranked default
 * gets the sense its sentence and text point to, and separable verbs their
 * phrase gloss likewise. Glosses from other sources (the hand-curated table,
 * compounds, plurals, function words) are left alone.
 */

import type { AnalyzedToken } from "../analyze";
import type { Lexicon } from "../lexicon/index";
import { isAdverbialAdjective } from "./adverbial";
import { chooseSense, type SenseContext, type SenseOption } from "./sense-context";

const REFLEXIVE_PRONOUNS = new Set(["sich", "mich", "dich", "uns", "euch"]);
/** A subject field the text has shown this often counts for every later sentence. */
const TEXT_DOMAIN_MIN = 2;

/** Subject fields seen in a text so far, with counts (updated sentence by sentence). */
export type TextDomains = Map<string, number>;

/** Rarer collocates say more: a word among the 1,000 commonest is weak evidence. */
const cueWeights = new WeakMap<Lexicon, (cue: string) => number>();
function cueWeightIn(lexicon: Lexicon): (cue: string) => number {
  let weigh = cueWeights.get(lexicon);
  if (!weigh) cueWeights.set(lexicon, (weigh = weighCues(lexicon)));
  return weigh;
}
function weighCues(lexicon: Lexicon): (cue: string) => number {
  const cache = new Map<string, number>();
  return (cue) => {
    const known = cache.get(cue);
    if (known !== undefined) return known;
    let rank = 0;
    for (const form of [cue, cue.charAt(0).toUpperCase() + cue.slice(1)]) {
      for (const id of lexicon.lookupForm(form)) {
        const r = lexicon.rank(id);
        if (r > 0 && (rank === 0 || r < rank)) rank = r;
      }
    }
    const weight = rank === 0 || rank > 3000 ? 1.5 : rank > 1000 ? 1.2 : 0.8;
    cache.set(cue, weight);
    return weight;
  };
}

function phraseLexeme(lexicon: Lexicon, lemma: string): number | undefined {
  return lexicon.lookupForm(lemma).find((i) => lexicon.lemma(i) === lemma && lexicon.pos(i) === "VERB");
}

/** The ADV lexeme of an adjective's lemma (Ding's {adv} entry: häufig → "often"). */
function adverbLexeme(lexicon: Lexicon, lemma: string): number | undefined {
  return lexicon.lookupForm(lemma).find((i) => lexicon.pos(i) === "ADV" && lexicon.lemma(i) === lemma);
}

/**
 * How much less an adjective sense counts for an adjective used as an
 * adverb: the adverb's own senses come first, but an adjective sense that
 * the adverb's ranking puts far below stays in the running (kurz: "short"
 * before "momentarily").
 */
const ADJECTIVE_SENSE_PENALTY = 1;

/** The adverb's senses with the adjective's, penalised, best first (cached per lexicon and pair). */
const adverbialOptions = new WeakMap<Lexicon, Map<number, readonly SenseOption[]>>();
function adverbialSensesOf(lexicon: Lexicon, adverb: number, adjective: number): readonly SenseOption[] | null {
  let cache = adverbialOptions.get(lexicon);
  if (!cache) adverbialOptions.set(lexicon, (cache = new Map()));
  const known = cache.get(adverb);
  if (known) return known;
  const own = lexicon.senses?.(adverb);
  if (!own) return null;
  const merged = [
    ...own,
    ...(lexicon.senses?.(adjective) ?? []).map((o) => ({ ...o, score: o.score - ADJECTIVE_SENSE_PENALTY })),
  ].sort((a, b) => b.score - a.score);
  if (cache.size < 50_000) cache.set(adverb, merged);
  return merged;
}

function isTextWide(textDomains: TextDomains, d: string): boolean {
  return (textDomains.get(d) ?? 0) >= TEXT_DOMAIN_MIN;
}

/** The context of a word: its own subject field is no evidence for itself. */
function contextFor(
  shared: SenseContext,
  sentenceDomains: ReadonlyMap<string, number>,
  textDomains: TextDomains,
  own: readonly string[],
): SenseContext {
  if (own.length === 0) return shared;
  const alone = own.filter((d) => sentenceDomains.get(d) === 1 && !isTextWide(textDomains, d));
  if (alone.length === 0) return shared;
  return { ...shared, domains: new Set([...shared.domains].filter((d) => !alone.includes(d))) };
}

/**
 * Re-glosses the sentence's tokens in place. `ids[i]` is the lexeme chosen
 * for token i (null for guesses and non-words); `textDomains` carries the
 * text's subject fields from sentence to sentence.
 *
 * @example
 * glossInContext(tokens, ids, lexicon, new Map()); // "Geschichte" in "die Geschichte des Mittelalters" → "history, story"
 */
export function glossInContext(
  tokens: AnalyzedToken[],
  ids: readonly (number | null)[],
  lexicon: Lexicon,
  textDomains: TextDomains,
): void {
  const senses = lexicon.senses;
  if (!senses) return;
  const words = new Set<string>();
  let reflexive = false;
  const sentenceDomains = new Map<string, number>();
  tokens.forEach((t, i) => {
    if (t.kind !== "word") return;
    const lower = t.text.toLowerCase();
    words.add(lower);
    if (t.lemma) words.add(t.lemma.toLowerCase());
    if (REFLEXIVE_PRONOUNS.has(lower)) reflexive = true;
    const id = ids[i];
    if (id !== null && id !== undefined)
      for (const d of lexicon.domains?.(id) ?? []) sentenceDomains.set(d, (sentenceDomains.get(d) ?? 0) + 1);
  });
  const cueWeight = cueWeightIn(lexicon);
  const domains = new Set<string>(sentenceDomains.keys());
  for (const d of textDomains.keys()) if (isTextWide(textDomains, d)) domains.add(d);
  const shared: SenseContext = { words, reflexive, domains, cueWeight };
  tokens.forEach((t, i) => {
    if (t.kind !== "word") return;
    const phrase = t.phrase;
    const self = t.text.toLowerCase();
    if (phrase && phrase.tokenIndexes[0] === i && phrase.gloss) {
      const id = phraseLexeme(lexicon, phrase.lemma);
      const options = id !== undefined && phrase.gloss === lexicon.gloss(id) ? senses(id) : null;
      if (options) {
        const { gloss } = chooseSense(options, contextFor(shared, sentenceDomains, textDomains, []), self);
        for (const j of phrase.tokenIndexes) {
          const member = tokens[j];
          if (!member?.phrase) continue;
          if (member.gloss === member.phrase.gloss) member.gloss = gloss;
          member.phrase.gloss = gloss;
        }
      }
    }
    const id = ids[i];
    if (id === null || id === undefined || (phrase && phrase.tokenIndexes[0] !== i)) return;
    if (!t.gloss || t.gloss !== lexicon.gloss(id)) return;
    // A bare adjective that modifies the verb takes the adverb's senses (gerade → "just", not "straight").
    const adverb = t.lemma && isAdverbialAdjective(tokens, i) ? adverbLexeme(lexicon, t.lemma) : undefined;
    const lexeme = adverb ?? id;
    const options = adverb !== undefined ? adverbialSensesOf(lexicon, adverb, id) : senses(id);
    if (!options) {
      if (adverb !== undefined) t.gloss = lexicon.gloss(adverb) ?? t.gloss;
      return;
    }
    t.gloss = chooseSense(
      options,
      contextFor(shared, sentenceDomains, textDomains, lexicon.domains?.(lexeme) ?? []),
      self,
    ).gloss;
  });
  for (const [d, n] of sentenceDomains) textDomains.set(d, (textDomains.get(d) ?? 0) + n);
}
