/**
 * Finds multiword expressions in an analysed sentence and links their
 * tokens with one `phrase` (lemma, tokenIndexes, gloss), like separable
 * verbs: fixed phrases word by word ("vor allem", "im Laufe"), verbal
 * expressions by the verb's lemma and their other parts anywhere in the
 * verb's clause, in any German word order ("gibt es", "dass es … gibt",
 * "hat es … gegeben", "es scheint … zu geben", "hängt … von … ab").
 *
 * Precision first: every part must be in the verb's clause (no comma,
 * semicolon, colon, bracket or quotation mark between), no other full verb
 * may stand between a part and the verb (a second clause joined by "und"),
 * prepositions must take the case Ding's placeholder names (warten auf +
 * accusative, not "auf dem Bahnsteig"), and es must be the subject.
 */

import type { AnalyzedToken, Phrase } from "../analyze";
import { ARTICLES, type PhraseElement, type PhrasePattern, type SerializedPhrases } from "./compile";

export interface PhraseIndex {
  /**
   * Verbal patterns by verb lemma, then by one word they need (the most
   * telling: a noun before a preposition before sich/es), so that only the
   * patterns whose word occurs in the sentence are tried ("sein" has 350).
   */
  byVerb: Map<string, Map<string, CompiledPattern[]>>;
  /** Fixed phrases by their first two words (lowercase), longest first. */
  byFirst: Map<string, CompiledPattern[]>;
  /** First words of fixed phrases as written, also capitalised ("vor", "Vor"): a cheap first test. */
  firstWords: Set<string>;
  /** Every pattern by its dictionary form, for the dictionary panel. */
  byLemma: Map<string, PhrasePattern>;
}

interface CompiledPattern extends PhrasePattern {
  /** Lowercase keys that must all occur in the sentence (quick rejection). */
  needs: string[];
  specificity: number;
  /** Position in the compiled list: among equally specific patterns the first wins. */
  order: number;
}

const BOUNDARY = new Set([
  ",",
  ";",
  ":",
  "(",
  ")",
  "[",
  "]",
  '"',
  "„",
  "“",
  "”",
  "»",
  "«",
  "–",
  "—",
  "!",
  "?",
  ".",
  "…",
]);
const REFLEXIVES = new Set(["sich", "mich", "dich", "uns", "euch", "mir", "dir"]);
const DETERMINERS = new Set([
  ...ARTICLES,
  ..."kein keine keinen keinem keiner keines mein meine meinen meinem meiner meines dein deine deinen deinem deiner deines sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres unser unsere unseren unserem unserer unseres euer eure euren eurem eurer eures dies diese diesen diesem dieser dieses jede jeden jedem jeder jedes".split(
    " ",
  ),
]);
/** Preposition + article in one word, with the case the article has. */
const CONTRACTIONS = new Map<string, { p: string; c: "A" | "D" }>(
  Object.entries({
    am: { p: "an", c: "D" },
    ans: { p: "an", c: "A" },
    im: { p: "in", c: "D" },
    ins: { p: "in", c: "A" },
    aufs: { p: "auf", c: "A" },
    beim: { p: "bei", c: "D" },
    vom: { p: "von", c: "D" },
    zum: { p: "zu", c: "D" },
    zur: { p: "zu", c: "D" },
    ums: { p: "um", c: "A" },
    übers: { p: "über", c: "A" },
    fürs: { p: "für", c: "A" },
    durchs: { p: "durch", c: "A" },
    vorm: { p: "vor", c: "D" },
    unterm: { p: "unter", c: "D" },
  } satisfies Record<string, { p: string; c: "A" | "D" }>),
);
/** Determiners and pronouns that are only dative / only accusative. */
const DATIVE_ONLY = new Set(
  "dem einem keinem meinem deinem seinem ihrem unserem eurem diesem jedem ihm mir dir".split(" "),
);
const ACCUSATIVE_ONLY = new Set(
  "einen keinen meinen deinen seinen ihren unseren euren diesen jeden ihn mich dich".split(" "),
);
/** A subject pronoun in front of the verb: "er gibt es ihr" is not "es gibt". */
const SUBJECT_PRONOUNS = new Set(["ich", "du", "er", "sie", "wir", "ihr", "man", "wer"]);
/** After es, a recipient shows es is an object: "gibt es ihm". */
const RECIPIENTS = new Set(["ihm", "ihr", "mir", "dir", "uns", "euch", "ihnen", "dem", "einem", "der"]);

/** Conjunctions that open an infinitive clause with zu: "um zu", "ohne zu", "statt zu". */
const INFINITIVE_CONJUNCTIONS = new Set(["um", "ohne", "statt", "anstatt"]);

/** Verbs that take a zu-infinitive and share its subject: "es scheint … zu geben". */
const RAISING = new Set(["scheinen", "pflegen", "drohen"]);

/** "darauf", "worum", "hierzu" → the preposition they stand for. */
function pronominalPreposition(word: string): string | null {
  const m =
    /^(?:da|wo|hier)r?(an|auf|aus|bei|durch|für|gegen|hinter|in|mit|nach|neben|über|um|unter|von|vor|zu|zwischen)$/.exec(
      word,
    );
  return m ? m[1]! : null;
}

/** The words a pattern needs, the most telling first (nouns, other words, prepositions, sich/es). */
function needsOf(p: PhrasePattern): string[] {
  const ranked: [number, string][] = [];
  for (const e of p.elements) {
    if (e.t === "p") ranked.push([2, e.w]);
    else if (e.t === "r") ranked.push([3, "#refl"]);
    else if (e.t === "e") ranked.push([3, "es"]);
    else for (const w of e.w) if (!ARTICLES.has(w) && w !== "sein") ranked.push([/^\p{Lu}/u.test(w) ? 0 : 1, w]);
  }
  return ranked.sort((a, b) => a[0] - b[0]).map(([, n]) => n);
}

function specificityOf(p: PhrasePattern): number {
  let n = 0;
  for (const e of p.elements) n += e.t === "c" ? e.w.filter((w) => !ARTICLES.has(w) && w !== "sein").length : 1;
  return n;
}

/**
 * Builds the lookup structures from the cached patterns (once per lexicon).
 *
 * @example
 * const index = indexPhrases(serialized);
 * index.byVerb.get("kümmern")?.get("p:um")?.[0]?.lemma; // "sich kümmern um"
 */
export function indexPhrases(serialized: SerializedPhrases): PhraseIndex {
  const byVerb = new Map<string, Map<string, CompiledPattern[]>>();
  const byFirst = new Map<string, CompiledPattern[]>();
  const byLemma = new Map<string, PhrasePattern>();
  const firstWords = new Set<string>();
  for (const [order, [lemma, gloss, verb, elements]] of serialized.patterns.entries()) {
    const p: CompiledPattern = { lemma, gloss, verb: verb || null, elements, needs: [], specificity: 0, order };
    if (!byLemma.has(lemma)) byLemma.set(lemma, p);
    p.needs = needsOf(p);
    p.specificity = specificityOf(p);
    if (p.verb) {
      const need = p.needs[0];
      if (!need) continue;
      let byNeed = byVerb.get(p.verb);
      if (!byNeed) byVerb.set(p.verb, (byNeed = new Map()));
      const list = byNeed.get(need);
      if (list) list.push(p);
      else byNeed.set(need, [p]);
    } else {
      const first = elements[0];
      if (first?.t !== "c" || first.w.length < 2) continue;
      const head = first.w[0]!.toLowerCase();
      firstWords.add(head).add(head.charAt(0).toUpperCase() + head.slice(1));
      const key = `${head} ${first.w[1]!.toLowerCase()}`;
      const list = byFirst.get(key);
      if (list) list.push(p);
      else byFirst.set(key, [p]);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.specificity - a.specificity);
  return { byVerb, byFirst, firstWords, byLemma };
}

function lower(t: AnalyzedToken): string {
  return t.text.toLowerCase();
}

function setPhrase(tokens: AnalyzedToken[], members: number[], lemma: string, gloss: string | null): void {
  const indexes = [...new Set(members)].sort((a, b) => a - b);
  for (const i of indexes) {
    const t = tokens[i]!;
    // A separated particle glossed with its verb ("ab" → "to depend") now
    // explains the whole expression.
    if (t.phrase && t.gloss === t.phrase.gloss && t.lemma === t.text) t.gloss = gloss;
    const phrase: Phrase = { lemma, tokenIndexes: indexes, gloss };
    t.phrase = phrase;
  }
}

/**
 * Links contiguous fixed phrases ("vor allem", "nach wie vor", "im Laufe").
 * Runs before separable verbs so that "nach wie vor" keeps its "vor".
 */
export function linkFixedPhrases(tokens: AnalyzedToken[], index: PhraseIndex): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word" || t.phrase) continue;
    if (!index.firstWords.has(t.text)) continue;
    const next = tokens[i + 1];
    if (!next || next.kind !== "word") continue;
    const candidates = index.byFirst.get(`${lower(t)} ${lower(next)}`);
    if (!candidates) continue;
    for (const p of candidates) {
      const words = (p.elements[0] as { w: string[] }).w;
      if (i + words.length > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) {
        const u = tokens[i + k]!;
        ok = u.kind === "word" && !u.phrase && lower(u) === words[k]!.toLowerCase();
      }
      if (!ok) continue;
      setPhrase(
        tokens,
        words.map((_, k) => i + k),
        p.lemma,
        p.gloss,
      );
      i += words.length - 1;
      break;
    }
  }
}

interface Clause {
  from: number;
  to: number;
}

function clauseOf(tokens: AnalyzedToken[], h: number): Clause {
  let from = h;
  while (from > 0 && !(tokens[from - 1]!.kind !== "word" && BOUNDARY.has(tokens[from - 1]!.text))) from--;
  let to = h;
  while (to < tokens.length - 1 && !(tokens[to + 1]!.kind !== "word" && BOUNDARY.has(tokens[to + 1]!.text))) to++;
  return { from, to };
}

function hasFullVerb(tokens: AnalyzedToken[], clause: Clause): boolean {
  for (let k = clause.from; k <= clause.to; k++) if (tokens[k]!.pos === "VERB") return true;
  return false;
}

/**
 * What a clause offers to the patterns' needs: its words (lowercase unless a
 * noun), lemmas, the prepositions in contractions and pronominal adverbs
 * ("zur", "darauf") and "#refl" for a reflexive pronoun. Strings the tokens
 * already hold, mostly: this runs for nearly every clause.
 */
function clauseKeys(tokens: AnalyzedToken[], clause: Clause): string[] {
  const keys: string[] = [];
  for (let k = clause.from; k <= clause.to; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word") continue;
    let w = t.text;
    // Sentence-initial "Es", "Vor": a noun keeps its capital.
    if (t.pos !== "NOUN" && t.pos !== "PROPN" && w.charCodeAt(0) < 0x61) w = w.toLowerCase();
    keys.push(w);
    if (t.lemma && t.lemma !== w) keys.push(t.lemma);
    if (REFLEXIVES.has(w)) keys.push("#refl");
    const contraction = CONTRACTIONS.get(w);
    if (contraction) keys.push(contraction.p);
    else if (w.startsWith("da") || w.startsWith("wo") || w.startsWith("hi")) {
      const pronominal = pronominalPreposition(w);
      if (pronominal) keys.push(pronominal);
    }
  }
  return keys;
}

interface MatchState {
  tokens: AnalyzedToken[];
  clause: Clause;
  head: number;
  used: Set<number>;
  /** Tokens of the verb itself (finite verb and its particle). */
  own: Set<number>;
  byDistance?: number[];
}

/**
 * A full verb between `a` and `b` starts another clause ("wartet … und geht
 * auf"); raising verbs do not ("es scheint … zu geben").
 */
function verbBetween(s: MatchState, a: number, b: number): boolean {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  for (let k = lo + 1; k < hi; k++) {
    const t = s.tokens[k]!;
    if (t.pos === "VERB" && !s.own.has(k) && !RAISING.has(t.lemma ?? "")) return true;
  }
  return false;
}

/** Candidate positions in the clause, nearest to the verb first (worked out once per verb: every element of every pattern walks them). */
function byDistance(s: MatchState): readonly number[] {
  if (s.byDistance) return s.byDistance;
  const out: number[] = [];
  const { from, to } = s.clause;
  for (let d = 1; s.head - d >= from || s.head + d <= to; d++) {
    if (s.head - d >= from) out.push(s.head - d);
    if (s.head + d <= to) out.push(s.head + d);
  }
  return (s.byDistance = out);
}

function free(s: MatchState, j: number): boolean {
  const t = s.tokens[j]!;
  return t.kind === "word" && !s.used.has(j) && (!t.phrase || s.own.has(j));
}

function matchPreposition(s: MatchState, e: { w: string; c?: "A" | "D" }): number | null {
  for (const j of byDistance(s)) {
    if (!free(s, j) || s.own.has(j)) continue;
    const t = s.tokens[j]!;
    const w = lower(t);
    const contraction = CONTRACTIONS.get(w);
    const pronominal = pronominalPreposition(w);
    if (w !== e.w && contraction?.p !== e.w && pronominal !== e.w) continue;
    if (pronominal === null) {
      const next = s.tokens[j + 1];
      // Clause-final: a separable particle, not a preposition. Before a verb
      // "zu" is the infinitive marker ("zu halten"), not "halten zu".
      if (!next || next.kind !== "word" || next.pos === "VERB" || next.pos === "AUX") continue;
      // "um/ohne/statt … zu" at the head of the clause opens an infinitive
      // clause ("…, um die Zuschauer zum Lachen zu bringen") and is no "bringen um".
      if (j === s.clause.from && INFINITIVE_CONJUNCTIONS.has(w) && lower(s.tokens[s.head - 1] ?? t) === "zu") continue;
      // "von" right after a noun belongs to it ("Teile von Ägypten"), not to the
      // verb, unless that noun is the expression's own ("machte Gebrauch von").
      if (w === "von" && s.tokens[j - 1]?.pos === "NOUN" && !s.used.has(j - 1)) continue;
      if (e.c && contraction && contraction.c !== e.c) continue;
      if (e.c === "A" && DATIVE_ONLY.has(lower(next))) continue;
      if (e.c === "D" && ACCUSATIVE_ONLY.has(lower(next))) continue;
    }
    // "damit" (so that) is a conjunction, not "mit" + it.
    if (pronominal !== null && t.pos !== "ADV" && t.pos !== "ADP") continue;
    if (verbBetween(s, j, s.head)) continue;
    return j;
  }
  return null;
}

function matchReflexive(s: MatchState): number | null {
  for (const j of byDistance(s)) {
    if (!free(s, j) || s.own.has(j)) continue;
    const t = s.tokens[j]!;
    if (t.pos === "PRON" && REFLEXIVES.has(lower(t)) && !verbBetween(s, j, s.head) && fitsSubject(s, j)) return j;
  }
  return null;
}

/** The subject pronoun a 1st or 2nd person reflexive needs: "ich freue mich", not "er zeigte mir". */
const SUBJECT_OF_REFLEXIVE: Readonly<Record<string, string>> = {
  mich: "ich",
  mir: "ich",
  dich: "du",
  dir: "du",
  uns: "wir",
  euch: "ihr",
};
/** How far from the verb and the pronoun the subject is looked for: it stands near one of them. */
const SUBJECT_WINDOW = 8;

/**
 * Only "sich" is reflexive with a 3rd person subject: "mir", "uns" … are reflexive when their own
 * subject pronoun is in the clause ("Ich stelle mir das vor") or the verb leads (imperative or question:
 * "Beeil dich!"); else they are objects ("Er stellte mir seine Frau vor": vorstellen, not sich vorstellen).
 */
function fitsSubject(s: MatchState, j: number): boolean {
  const subject = SUBJECT_OF_REFLEXIVE[lower(s.tokens[j]!)];
  if (subject === undefined || s.head === s.clause.from) return true;
  const from = Math.max(s.clause.from, Math.min(j, s.head) - SUBJECT_WINDOW);
  const to = Math.min(s.clause.to, Math.max(j, s.head) + SUBJECT_WINDOW);
  for (let k = from; k <= to; k++) if (k !== j && lower(s.tokens[k]!) === subject) return true;
  return false;
}

/** Finite verbs of the clause es may lean on: the verb itself or an auxiliary. */
function isVerbAt(s: MatchState, j: number): boolean {
  const t = s.tokens[j];
  return !!t && (j === s.head || t.pos === "AUX" || t.pos === "VERB");
}

function matchEs(s: MatchState): number | null {
  const { from } = s.clause;
  for (const j of byDistance(s)) {
    if (!free(s, j) || s.own.has(j)) continue;
    const t = s.tokens[j]!;
    if (lower(t) !== "es") continue;
    if (verbBetween(s, j, s.head)) continue;
    const next = s.tokens[j + 1];
    if (next && next.kind === "word" && RECIPIENTS.has(lower(next))) continue;
    // es as subject: clause-initial ("Es gibt", "…, dass es … gibt"), or
    // right after the finite verb with no subject pronoun before it
    // ("In Berlin gibt es", "Gibt es", "Hat es … gegeben").
    if (j === from || (j === from + 1 && s.tokens[from]!.pos !== "PRON")) return j;
    if (isVerbAt(s, j - 1) || isVerbAt(s, j + 1)) {
      const vorfeld = s.tokens.slice(from, j - 1).filter((u) => u.kind === "word");
      if (vorfeld.length === 1 && SUBJECT_PRONOUNS.has(lower(vorfeld[0]!))) continue;
      return j;
    }
  }
  return null;
}

/** Matches a chunk of words ("zur Verfügung", "eine Rolle") starting at j; returns its token indexes. */
function chunkAt(s: MatchState, words: string[], j: number): number[] | null {
  // A noun phrase ("eine Rolle", "Kritik") must not be the object of a
  // preposition: "spielt mit der Rolle" is not "eine Rolle spielen".
  const first = words[0]!;
  if (ARTICLES.has(first) || first === "sein" || /^\p{Lu}/u.test(first)) {
    const at = s.tokens[j];
    const before = s.tokens[j - 1];
    const startsWithDeterminer = !!at && DETERMINERS.has(lower(at));
    // Start at the determiner when there is one ("mit der Rolle" is not "eine Rolle").
    if (!startsWithDeterminer && before && before.kind === "word" && DETERMINERS.has(lower(before))) {
      if (ARTICLES.has(first) || first === "sein" || s.tokens[j - 2]?.pos === "ADP") return null;
    }
    if (before?.pos === "ADP") return null;
  }
  const out: number[] = [];
  let k = j;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    const t = s.tokens[k];
    if (ARTICLES.has(word) || word === "sein") {
      // Any determiner or none: "eine Rolle", "keine Rolle", "Entscheidungen treffen".
      if (t && t.kind === "word" && DETERMINERS.has(lower(t)) && free(s, k) && !s.own.has(k)) k++;
      continue;
    }
    const isNoun = /^\p{Lu}/u.test(word);
    // Adjectives before a noun: "eine wichtige Rolle", "zur freien Verfügung".
    if (isNoun) {
      for (let skip = 0; skip < 3; skip++) {
        const u = s.tokens[k];
        if (u && u.kind === "word" && (u.pos === "ADJ" || u.pos === "ADV") && lower(u) !== word.toLowerCase()) k++;
        else break;
      }
    }
    const u = s.tokens[k];
    if (!u || k > s.clause.to || !free(s, k) || s.own.has(k)) return null;
    const ok = isNoun ? u.lemma === word || u.text === word : lower(u) === word || u.lemma === word;
    if (!ok) return null;
    out.push(k);
    k++;
  }
  return out;
}

function matchChunk(s: MatchState, words: string[]): number[] | null {
  for (const j of byDistance(s)) {
    if (!free(s, j) || s.own.has(j)) continue;
    const found = chunkAt(s, words, j);
    if (!found || found.length === 0) continue;
    if (found.some((k) => verbBetween(s, k, s.head))) continue;
    return found;
  }
  return null;
}

/** The order elements are matched in: chunks (the most telling words) first, the rest as written. */
function matchOrder(elements: readonly PhraseElement[]): PhraseElement[] {
  const chunks = elements.filter((e) => e.t === "c");
  return chunks.length === 0 || chunks.length === elements.length
    ? [...elements]
    : [...chunks, ...elements.filter((e) => e.t !== "c")];
}

/** Words that, alone in a chunk, are a preposition: "bei" in "bei sich haben". */
const PREPOSITION_WORDS = new Set([
  "an",
  "auf",
  "aus",
  "bei",
  "für",
  "hinter",
  "in",
  "mit",
  "nach",
  "über",
  "um",
  "unter",
  "von",
  "vor",
  "zu",
]);

function reflexiveAt(s: MatchState, j: number): number | null {
  const t = s.tokens[j];
  return t && j <= s.clause.to && free(s, j) && t.pos === "PRON" && REFLEXIVES.has(lower(t)) && fitsSubject(s, j)
    ? j
    : null;
}

/**
 * The pattern's tokens, or null. A pronominal adverb ("davon", "worauf")
 * satisfies the preposition but stays out of the phrase: it also stands for
 * its object ("hängt davon ab": "depends on it"), so it keeps its own gloss.
 */
function matchPattern(s: MatchState, p: PhrasePattern): number[] | null {
  const members: number[] = [];
  const anchors: number[] = [];
  /** Where a chunk made of one preposition ended: its reflexive follows it ("bei sich haben", "vor sich gehen"). */
  let prepositionChunkEnd: number | null = null;
  // Chunks first: a preposition may lean on the expression's own noun ("Gebrauch von").
  for (const e of matchOrder(p.elements)) {
    let found: number[] | null = null;
    if (e.t === "p") {
      const j = matchPreposition(s, e);
      found = j === null ? null : [j];
    } else if (e.t === "r") {
      const j = prepositionChunkEnd === null ? matchReflexive(s) : reflexiveAt(s, prepositionChunkEnd + 1);
      found = j === null ? null : [j];
    } else if (e.t === "e") {
      const j = matchEs(s);
      found = j === null ? null : [j];
    } else {
      found = matchChunk(s, e.w);
      if (found && e.w.length === 1 && PREPOSITION_WORDS.has(e.w[0]!)) prepositionChunkEnd = found[found.length - 1]!;
    }
    if (!found) {
      for (const j of [...members, ...anchors]) s.used.delete(j);
      return null;
    }
    for (const j of found) {
      s.used.add(j);
      if (e.t === "p" && pronominalPreposition(lower(s.tokens[j]!)) !== null) anchors.push(j);
      else members.push(j);
    }
  }
  for (const j of [...members, ...anchors]) s.used.delete(j);
  return members;
}

/**
 * Links verbal expressions: support-verb constructions, es-constructions,
 * reflexive verbs and verbs with their preposition, found by the verb's
 * lemma (or its particle verb's: "hängt … von … ab" → abhängen von).
 */
export function linkVerbPhrases(
  tokens: AnalyzedToken[],
  index: PhraseIndex,
  otherVerbLemmas?: (form: string) => readonly string[],
): void {
  for (let h = 0; h < tokens.length; h++) {
    const v = tokens[h]!;
    if (v.kind !== "word" || (v.pos !== "VERB" && v.pos !== "AUX")) continue;
    if (v.phrase && v.phrase.lemma.includes(" ")) continue;
    const verbLemma = v.phrase ? v.phrase.lemma : v.lemma;
    if (!verbLemma) continue;
    if (linkVerbPhrase(tokens, index, h, verbLemma) || v.phrase || !otherVerbLemmas) continue;
    // The expression decides between the form's verbs: "ist ins Wasser
    // gefallen" is fallen's participle, not the verb gefallen.
    for (const lemma of otherVerbLemmas(v.text)) {
      if (lemma === verbLemma || !linkVerbPhrase(tokens, index, h, lemma)) continue;
      v.lemma = lemma;
      break;
    }
  }
}

/** Links the expression of verb `lemma` at `h`, if one matches; whether one did. */
function linkVerbPhrase(tokens: AnalyzedToken[], index: PhraseIndex, h: number, verbLemma: string): boolean {
  const v = tokens[h]!;
  const byNeed = index.byVerb.get(verbLemma);
  if (!byNeed) return false;
  const clause = clauseOf(tokens, h);
  // An auxiliary is the verb of an expression ("in Kraft sein") only when
  // it has no full verb to serve ("hat keinen Platz genommen").
  if (v.pos === "AUX" && hasFullVerb(tokens, clause)) return false;
  const keys = clauseKeys(tokens, clause);
  let present: Set<string> | null = null;
  const candidates: CompiledPattern[] = [];
  for (const key of keys) {
    const list = byNeed.get(key);
    if (!list) continue;
    present ??= new Set(keys);
    for (const p of list) if (!candidates.includes(p) && p.needs.every((n) => present!.has(n))) candidates.push(p);
  }
  if (candidates.length === 0) return false;
  candidates.sort((a, b) => b.specificity - a.specificity || a.order - b.order);
  const own = new Set<number>(v.phrase ? v.phrase.tokenIndexes : [h]);
  const state: MatchState = { tokens, clause, head: h, used: new Set(own), own };
  for (const p of candidates) {
    const members = matchPattern(state, p);
    if (!members) continue;
    setPhrase(tokens, [...own, ...members], p.lemma, p.gloss);
    return true;
  }
  return false;
}
