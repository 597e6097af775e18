/**
 * Sense in context: the few best dictionary senses of a lexeme, ranked once
 * by the index build (./select-gloss.ts) and kept with what the dictionary
 * says about where each sense is used: the German words of its collocations
 * and example phrases, its subject fields ([fin.], [hist.]) and the verb's
 * frame (reflexive "sich", prepositions). At analysis time the sentence
 * re-ranks them: a sense whose collocates occur in the sentence, whose frame
 * the sentence fills or whose field the text is about moves up.
 *
 * The learner sees the chosen sense first, and a second one only when it
 * scores close to the first (never more than two from here: a longer list
 * is not a better gloss).
 */

import type { ScoredSense } from "./select-gloss";

export interface SenseOption {
  /** English gloss of the sense ("to take", "bench"). */
  gloss: string;
  /** Context-free score from the ranking of ./select-gloss.ts (higher is better). */
  score: number;
  /**
   * Lower-case German lemmas the dictionary uses this sense with; those from
   * other entries' phrases (weaker evidence) start with INDIRECT_CUE.
   */
  cues: string[];
  /** The verb sense is reflexive ("sich freuen"). */
  reflexive: boolean;
  /** Prepositions of the verb's objects in this sense ("warten auf"). */
  prepositions: string[];
  /** Subject fields of the sense ("fin.", "hist."). */
  domains: string[];
}

/** What a sentence (and its text) offers to choose a sense with. */
export interface SenseContext {
  /** Lower-case lemmas and forms of the sentence's words. */
  words: ReadonlySet<string>;
  /** A reflexive pronoun stands in the sentence. */
  reflexive: boolean;
  /** Subject fields the sentence's other words and the text so far are about. */
  domains: ReadonlySet<string>;
  /** How much a collocate found in the sentence says: rarer German words say more (default 1). */
  cueWeight?: (cue: string) => number;
}

/**
 * Marks a collocate found in another entry's phrase ("seinem Bedauern
 * Ausdruck verleihen :: to express one's unhappiness"): there the other
 * words often belong to the construction, not to the sense, so it counts half.
 */
export const INDIRECT_CUE = "~";

/** At most this many senses per lexeme are kept for the choice in context. */
export const MAX_SENSE_OPTIONS = 4;
/** Collocates kept per sense: the lexeme's own examples first. */
export const MAX_CUES = 20;

/**
 * Collocates of the sense found in the sentence count up to three, each by
 * its weight (≤ 1.2 for a rare word): one shared word decides between close
 * senses, several overturn a clear ranking.
 */
const MAX_CUES_COUNTED = 3;
/** A reflexive sense with (or without) a reflexive pronoun in the sentence. */
const REFLEXIVE_WEIGHT = 1.2;
/** A sense whose preposition occurs in the sentence. */
const PREPOSITION_WEIGHT = 0.6;
/** A sense in a subject field the text is about (offsets the field's penalty in the ranking). */
const DOMAIN_WEIGHT = 1;
/**
 * A second sense is shown when it scores within this margin of the first:
 * Ding's near-synonyms of one meaning (to begin; to start) or two meanings
 * the sentence does not decide between (history; story). A sense 1.5 below
 * the first is still a translation a reader meets for the word; the mean
 * stays near 1.45 alternatives per content word (eval:gloss).
 */
export const SECOND_SENSE_MARGIN = 1.5;

/** Subject-field tags: not register, region or grammar (those are penalised in the ranking, not fields). */
const NON_FIELD_TAGS =
  /^(?:ugs\.|veraltet|alt|selten|übtr\.|vulg\.|pej\.|slang|geh\.|formal|adm\.|poet\.|humor\.|euphem\.|coll\.|fig\.|rare|archaic|dated|obs\.|Br\.|Am\.|eAm\.|abbr\.|tm|Lit\.|lit\.|old use|historic|veraltend|Sprw\.|prov\.|mass noun|no pl|usually pl|usu\. pl|also pl|countable|uncountable|sing\.|pl\.|.*dt\.|.*ös\.|Schw\.|Ös\.|Austr\.|Sc\.|Can\.|Ir\.|NZ|Ind\.|BW)$/;

/** The subject fields among Ding tags ("fin.", "hist."). */
export function fieldTags(tags: readonly string[]): string[] {
  return tags.filter((t) => !NON_FIELD_TAGS.test(t));
}

/**
 * The best distinct senses of a ranking (best first), without collocates:
 * the index build adds those.
 *
 * @example
 * rankSenseOptions(scoreSenses(candidatesFor("Bank"), query)).map((o) => o.gloss); // ["bank", "bench", …]
 */
export function rankSenseOptions(
  scored: readonly ScoredSense[],
  max = MAX_SENSE_OPTIONS,
): (SenseOption & { source: ScoredSense })[] {
  const out: (SenseOption & { source: ScoredSense })[] = [];
  const seen = new Set<string>();
  for (const s of scored) {
    if (seen.has(s.gloss)) continue;
    seen.add(s.gloss);
    const last = s.line.heads[s.line.heads.length - 1];
    out.push({
      gloss: s.gloss,
      score: s.score,
      cues: [],
      reflexive: s.head.frame?.reflexive ?? false,
      prepositions: s.head.frame?.prepositions ?? [],
      domains: [...new Set(fieldTags([...s.tags, ...s.head.tags, ...(last && last !== s.head ? last.tags : [])]))],
      source: s,
    });
    if (out.length >= max) break;
  }
  return out;
}

const FIELD_SEP = "\u001f";
const OPTION_SEP = "\u001e";

/** Compact text form for the cached index. */
export function encodeSenseOptions(options: readonly SenseOption[]): string {
  return options
    .map((o) =>
      [
        o.gloss,
        o.score.toFixed(2),
        o.cues.join(" "),
        `${o.reflexive ? "r" : ""}${o.prepositions.length ? `:${o.prepositions.join(" ")}` : ""}`,
        o.domains.join(" "),
      ].join(FIELD_SEP),
    )
    .join(OPTION_SEP);
}

const words = (s: string | undefined): string[] => (s ? s.split(" ") : []);

/** Inverse of encodeSenseOptions. */
export function decodeSenseOptions(text: string): SenseOption[] {
  return text.split(OPTION_SEP).map((o) => {
    const [gloss = "", score = "0", cues, frame = "", domains] = o.split(FIELD_SEP);
    const colon = frame.indexOf(":");
    return {
      gloss,
      score: Number(score),
      cues: words(cues),
      reflexive: frame.startsWith("r"),
      prepositions: colon >= 0 ? words(frame.slice(colon + 1)) : [],
      domains: words(domains),
    };
  });
}

/** A sense's collocates, direct ones and indirect ones, each with its short hash (see markWords). */
interface SplitCues {
  direct: string[];
  indirect: string[];
  directHashes: Int32Array;
  indirectHashes: Int32Array;
}

/** Options are decoded once per lexicon and kept: their cues are split once too. */
const splitCache = new WeakMap<SenseOption, SplitCues>();

/** Direct collocates first, then those from other entries' phrases (INDIRECT_CUE). */
function splitCues(cues: readonly string[]): SplitCues {
  const direct: string[] = [];
  const indirect: string[] = [];
  for (const c of cues) {
    if (c.startsWith(INDIRECT_CUE)) indirect.push(c.slice(1));
    else direct.push(c);
  }
  return {
    direct,
    indirect,
    directHashes: Int32Array.from(direct, shortHash),
    indirectHashes: Int32Array.from(indirect, shortHash),
  };
}

/**
 * A sentence's words marked in a small table by a short hash, once per
 * sentence: most collocates of most senses are not in the sentence, and the
 * table rules them out with one array read before the set is asked.
 */
const HASH_BITS = 12;
const marks = new Int32Array(1 << HASH_BITS);
let stamp = 0;
let markedWords: ReadonlySet<string> | null = null;
let markedSize = -1;

function shortHash(s: string): number {
  let h = s.length;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return (h ^ (h >>> HASH_BITS)) & ((1 << HASH_BITS) - 1);
}

/** Marks `words` (again when the set is another one or its size changed). */
function markWords(words: ReadonlySet<string>): void {
  if (words === markedWords && words.size === markedSize) return;
  markedWords = words;
  markedSize = words.size;
  stamp++;
  for (const w of words) marks[shortHash(w)] = stamp;
}

/** Whether one of `list` is in `set` (a loop: `some` allocated two closures per sense scored). */
function someIn(list: readonly string[], set: ReadonlySet<string>): boolean {
  for (let i = 0; i < list.length; i++) if (set.has(list[i]!)) return true;
  return false;
}

/** The score of a sense in this context; `self` is the word's own lower-case form (no evidence for itself). */
export function scoreInContext(option: SenseOption, ctx: SenseContext, self = ""): number {
  let score = option.score;
  let cues = 0;
  let split = splitCache.get(option);
  if (!split) splitCache.set(option, (split = splitCues(option.cues)));
  markWords(ctx.words);
  for (let pass = 0; pass < 2 && cues < MAX_CUES_COUNTED; pass++) {
    const list = pass === 0 ? split.direct : split.indirect;
    const hashes = pass === 0 ? split.directHashes : split.indirectHashes;
    const weight = pass === 0 ? 1 : 0.5;
    for (let k = 0; k < list.length; k++) {
      const cue = list[k]!;
      if (marks[hashes[k]!] !== stamp || cue === self || !ctx.words.has(cue)) continue;
      score += (ctx.cueWeight ? ctx.cueWeight(cue) : 1) * weight;
      if (++cues === MAX_CUES_COUNTED) break;
    }
  }
  if (option.reflexive) score += ctx.reflexive ? REFLEXIVE_WEIGHT : -REFLEXIVE_WEIGHT;
  if (someIn(option.prepositions, ctx.words)) score += PREPOSITION_WEIGHT;
  if (someIn(option.domains, ctx.domains)) score += DOMAIN_WEIGHT;
  return score;
}

/** "to begin" + "to start" → "to begin, start"; "history" + "story" → "history, story". */
function joinGlosses(first: string, second: string): string {
  return `${first}, ${first.startsWith("to ") ? second.replace(/^to /, "") : second}`;
}

/** The second gloss adds nothing: all its words are in the first ("to go up" / "up"; not "story" / "history"). */
function wordsOf(g: string): string[] {
  return g
    .toLowerCase()
    .replace(/^to /, "")
    .split(/[\s-]+/);
}

/** isRedundant per pair of glosses: a text asks about the same few pairs again and again. */
const redundantPairs = new Map<string, Map<string, boolean>>();
function isRedundant(first: string, second: string): boolean {
  let bySecond = redundantPairs.get(first);
  if (!bySecond) {
    if (redundantPairs.size >= 50_000) redundantPairs.clear();
    redundantPairs.set(first, (bySecond = new Map()));
  }
  let known = bySecond.get(second);
  if (known === undefined) bySecond.set(second, (known = computeIsRedundant(first, second)));
  return known;
}
function computeIsRedundant(first: string, second: string): boolean {
  const a = new Set(wordsOf(first));
  const b = wordsOf(second);
  return b.every((w) => a.has(w)) || [...a].every((w) => b.includes(w));
}

/** British → American spelling and joined/hyphenated/spaced compounds, for comparing two glosses. */
const spellingKeys = new Map<string, string>();
function spellingKey(gloss: string): string {
  let key = spellingKeys.get(gloss);
  if (key === undefined) {
    key = computeSpellingKey(gloss);
    if (spellingKeys.size < 100_000) spellingKeys.set(gloss, key);
  }
  return key;
}
function computeSpellingKey(gloss: string): string {
  return gloss
    .toLowerCase()
    .replace(/^to /, "")
    .replace(/[\s-]+/g, "")
    .replace(/our\b/g, "or")
    .replace(/is(e|ed|es|ing|ation|ations)\b/g, "iz$1")
    .replace(/([^aeiou])re\b/g, "$1er")
    .replace(/ence\b/g, "ense")
    .replace(/ll\b/g, "l")
    .replace(/ll(ed|ing|er)\b/g, "l$1");
}

/**
 * Two spellings of one English word: "colour"/"color", "centre"/"center",
 * "to fulfil"/"to fulfill", "blogpost"/"blog post", "marijuana"/"marihuana"
 * (one letter apart in a long word); not "history"/"story".
 *
 * @example
 * isSpellingVariant("defence", "defense"); // true
 */
export function isSpellingVariant(a: string, b: string): boolean {
  const x = spellingKey(a);
  const y = spellingKey(b);
  if (x === y) return true;
  if (x.length !== y.length || x.length < 7 || x[0] !== y[0]) return false;
  let diff = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i] && ++diff > 1) return false;
  return true;
}

/**
 * The learner gloss in context: the best sense, and the runner-up when it is
 * close. Returns the index of the chosen sense too (the dictionary panel
 * marks it).
 *
 * @example
 * chooseSense(decodeSenseOptions(lexicon.senses(bankId)), senseContextOf(["sitzen", "park"]));
 * // → { gloss: "bench", chosen: 1 }
 */
export function chooseSense(
  options: readonly SenseOption[],
  ctx: SenseContext,
  self = "",
): { gloss: string; chosen: number } {
  let best = 0;
  const scores = options.map((o) => scoreInContext(o, ctx, self));
  for (let i = 1; i < scores.length; i++) if (scores[i]! > scores[best]!) best = i;
  const first = options[best]!.gloss;
  // The runner-up: the best other sense that is not the same English word
  // spelt another way ("colour, color", "to fulfil, fulfill").
  let second = -1;
  let variant = -1;
  for (;;) {
    second = -1;
    for (let i = 0; i < scores.length; i++) {
      if (i === best || i === variant) continue;
      if (second < 0 || scores[i]! > scores[second]!) second = i;
    }
    if (second < 0 || variant >= 0 || !isSpellingVariant(first, options[second]!.gloss)) break;
    variant = second;
  }
  // When the sentence overturns the ranking, the ranking's first sense stays
  // in view as the second: context is evidence, not certainty.
  const overturned = best !== 0;
  if (overturned) second = 0;
  const runnerUp = second >= 0 ? options[second] : undefined;
  if (
    runnerUp &&
    (overturned || scores[best]! - scores[second]! < SECOND_SENSE_MARGIN) &&
    // The frame tells them apart: "sich anbieten" (to suggest itself) is no
    // second sense of "bot … an" without "sich", nor "to enjoy" of "sich freuen".
    (overturned || runnerUp.reflexive === options[best]!.reflexive) &&
    !isRedundant(first, runnerUp.gloss) &&
    first.length + runnerUp.gloss.length <= 36 &&
    !first.includes(",") &&
    !runnerUp.gloss.includes(",")
  )
    return { gloss: joinGlosses(first, runnerUp.gloss), chosen: best };
  return { gloss: first, chosen: best };
}

/**
 * The sense a learner gloss chose: its first alternative ("to begin, start"
 * → "to begin"), for marking it among the dictionary's senses.
 *
 * @example
 * chosenSenseOf("history, story"); // "history"
 */
export function chosenSenseOf(gloss: string | null | undefined): string | null {
  return gloss ? (gloss.split(", ")[0] ?? null) : null;
}
