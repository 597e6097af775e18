/**
 * Compiles multiword expressions (idioms, support-verb constructions,
 * es-constructions, reflexive verbs and verbs with a fixed preposition)
 * from Ding's own multiword headwords ("sich um jdn./etw. kümmern {vr}",
 * "jdn./etw. zur Verfügung stellen", "vor allem") and the small reasoned
 * table in data/phrases/phrases.tsv into patterns the analyser matches by
 * lemma in any German word order (./match.ts).
 *
 * Runs once, inside the lexicon index build (lib/core/lexicon/build-index.ts);
 * the patterns are cached with the index.
 */

import { cleanSense, hasNarrowingComment, splitTop, stripAnnotations } from "../lexicon/ding";

export const PHRASE_TABLE_FILE = "data/phrases/phrases.tsv";

/**
 * One element of a pattern besides its verb:
 * - `p`: a governed preposition ("um" in "sich um etw. kümmern"), with the
 *   case its object takes when Ding's placeholder says so (jdn. → A, jdm. → D);
 * - `r`: the reflexive pronoun (sich / mich / uns …);
 * - `e`: the expletive subject es ("es gibt");
 * - `c`: a chunk of literal words that stand together ("zur Verfügung",
 *   "eine Rolle"); determiners in it match any determiner or none.
 */
export type PhraseElement = { t: "p"; w: string; c?: "A" | "D" } | { t: "r" } | { t: "e" } | { t: "c"; w: string[] };

export interface PhrasePattern {
  /** Dictionary form shown to learners: "sich kümmern um", "zur Verfügung stellen". */
  lemma: string;
  gloss: string;
  /** Verb lemma the pattern is found by (null: a fixed phrase, matched contiguously). */
  verb: string | null;
  elements: PhraseElement[];
}

/** The patterns as cached with the lexicon index. */
export interface SerializedPhrases {
  /** [lemma, gloss, verb or "", elements as JSON-friendly arrays]. */
  patterns: [string, string, string, PhraseElement[]][];
}

export interface PhraseBuildContext {
  /** True when `word` is the infinitive of a verb (VERB or AUX) in the lexicon. */
  isVerb: (word: string) => boolean;
  /** log10 English word frequency, 0 when unknown. */
  englishFrequency: (word: string) => number;
  /** The lexicon's learner gloss of a single verb ("führen" → "to lead"), if any. */
  verbGloss?: (verb: string) => string | null;
  /** The lexicon's learner gloss of a noun ("Verantwortung" → "responsibility"), if any. */
  nounGloss?: (noun: string) => string | null;
}

/** Articles: in a pattern they stand for any determiner (or none). */
export const ARTICLES: ReadonlySet<string> = new Set(
  "ein eine einen einem einer eines der die das den dem des".split(" "),
);
/** Possessives in Ding's idioms stand for the subject's ("seinen Hut nehmen"). */
const POSSESSIVES = /^(?:sein|ihr|mein|dein|unser|euer)(?:e|en|em|er|es)?$/;
const PREPOSITIONS = new Set(
  "ab an auf aus bei durch für gegen gegenüber hinter in mit nach neben ohne über um unter von vor wegen zu zwischen".split(
    " ",
  ),
);
/** First words of fixed phrases: prepositions, their contractions with the article, and a few adverbs. */
const FIXED_STARTS = new Set([
  ...PREPOSITIONS,
  ..."am ans aufs beim im ins vom zum zur bis seit statt trotz dank laut je".split(" "),
]);
/** Pronouns: "für mich", "mit denen" are no phrases. */
const PERSONAL = new Set(
  "mich dich sich uns euch ihn ihm ihr ihnen mir dir es sie er wir denen dem deren dessen welche welcher welchem welchen was wem wen wer".split(
    " ",
  ),
);
/** Capitalised words that open a sentence, not a noun: "Ich …", "Man …", "Das …". */
const SENTENCE_STARTS = new Set("ich du wir ihr man dies diese dieser dieses jeder alle wer was wie wo".split(" "));
const PLACEHOLDER = /^(?:jdn|jdm|jds|jd|etw|jmd|jmdn|jmdm|jemanden|jemandem|etwas)\.?(?:\/(?:jdn|jdm|jds|jd|etw)\.)*$/;
const MODALS = new Set(["können", "müssen", "sollen", "wollen", "dürfen", "mögen", "möchten"]);
const LIGHT_VERBS = new Set(["sein", "haben", "werden", "machen", "tun", "lassen", "geben", "kommen", "gehen"]);
/** Register tags that make a sense a poor default. */
const MARKED =
  /^(?:ugs\.|veraltet|alt|selten|vulg\.|pej\.|slang|Schw\.|Ös\.|Süddt\.|Norddt\.|Bayr\.|poet\.|humor\.|coll\.|rare|archaic|dated|obs\.|Sprw\.|prov\.|Dialekt|dialect)$/;

function caseOf(placeholder: string): "A" | "D" | undefined {
  if (/^(?:jdn|jmdn|jemanden)\./.test(placeholder)) return "A";
  if (/^(?:jdm|jmdm|jemandem)\./.test(placeholder) || placeholder === "einer Sache") return "D";
  return undefined;
}

interface Parsed {
  lemma: string;
  verb: string | null;
  elements: PhraseElement[];
}

/**
 * Parses one German multiword entry (annotations already stripped) into a
 * pattern; null when it is not a usable expression.
 *
 * @example
 * parsePhrase("sich um jdn./etw. kümmern", true, ctx);
 * // → { lemma: "sich kümmern um", verb: "kümmern", elements: [{ t: "r" }, { t: "p", w: "um", c: "A" }] }
 */
export function parsePhrase(text: string, verbal: boolean, ctx: PhraseBuildContext, curated = false): Parsed | null {
  const words = text
    .replace(/\beiner Sache\b/g, "etw.")
    .replace(/[,]/g, " ")
    .split(/\s+/)
    .filter((w) => w.length > 0);
  if (words.length < 2 || words.length > 7) return null;
  const verb = verbal ? (words[words.length - 1] ?? "") : null;
  if (verb !== null && (!ctx.isVerb(verb) || MODALS.has(verb))) return null;
  const body = verbal ? words.slice(0, -1) : words;
  const elements: PhraseElement[] = [];
  const lemmaFront: string[] = [];
  const lemmaWords: string[] = [];
  const lemmaBack: string[] = [];
  let chunk: string[] | null = null;
  let literals = 0;
  let nouns = 0;
  for (let i = 0; i < body.length; i++) {
    const w = body[i]!;
    const next = body[i + 1];
    if (PLACEHOLDER.test(w)) {
      chunk = null;
      continue;
    }
    if (!/^[\p{L}]+$/u.test(w)) return null;
    if (verbal && PREPOSITIONS.has(w) && next !== undefined && PLACEHOLDER.test(next)) {
      const c = caseOf(next);
      elements.push(c ? { t: "p", w, c } : { t: "p", w });
      lemmaBack.push(w);
      chunk = null;
      continue;
    }
    if (w === "sich" && verbal) {
      elements.push({ t: "r" });
      // "sich kümmern um", but "vor sich gehen" as Ding writes it.
      if (lemmaWords.length === 0) lemmaFront.push("sich");
      else lemmaWords.push("sich");
      chunk = null;
      continue;
    }
    if (w === "es" && verbal) {
      elements.push({ t: "e" });
      lemmaFront.unshift("es");
      chunk = null;
      continue;
    }
    // A second verb ("warten müssen", "jdn. warten lassen") is a
    // construction, not an expression with a meaning of its own.
    if (verbal && /^\p{Ll}/u.test(w) && ctx.isVerb(w) && !PREPOSITIONS.has(w) && !ARTICLES.has(w)) return null;
    const word = POSSESSIVES.test(w) ? "sein" : w;
    if (!chunk) {
      chunk = [];
      elements.push({ t: "c", w: chunk });
    }
    chunk.push(word);
    lemmaWords.push(w);
    if (!ARTICLES.has(w) && word !== "sein") literals++;
    if (/^\p{Lu}/u.test(w)) nouns++;
  }
  // Every chunk needs a word of its own; articles alone are not a chunk.
  for (const el of elements) if (el.t === "c" && el.w.every((w) => ARTICLES.has(w) || w === "sein")) return null;
  if (verb !== null) {
    if (elements.length === 0) return null;
    // Light verbs ("sein", "haben", "geben" …) make an expression only with a
    // noun or es ("in Kraft sein", "es gibt"); with adverbs they are free
    // combinations ("gut sein").
    const hasAnchor = nouns > 0 || elements.some((e) => e.t === "e" || e.t === "p" || e.t === "r");
    if (!hasAnchor) return null;
    if (LIGHT_VERBS.has(verb) && nouns === 0 && !elements.some((e) => e.t === "e" || e.t === "r")) return null;
    // Adverbs alone ("gespannt warten") are compositional; a chunk without a
    // noun must at least start with a preposition ("zu Hilfe", "vor sich").
    // The reasoned table vouches for its own ("sich über jdn. lustig machen").
    for (const el of elements) {
      if (el.t !== "c" || curated) continue;
      if (!el.w.some((w) => /^\p{Lu}/u.test(w)) && !PREPOSITIONS.has(el.w[0] ?? "")) return null;
    }
  } else {
    if (elements.length !== 1 || elements[0]!.t !== "c") return null;
    // A fixed phrase starts with a preposition ("vor allem", "im Laufe") and
    // has more than an article after it ("mit der" is no phrase).
    if (words.length > 4 || (!curated && !FIXED_STARTS.has(words[0]!)) || literals < 2) return null;
    if (words.filter((w) => /^\p{Lu}/u.test(w)).length > 1) return null;
    // "für mich", "in sich": a preposition with a pronoun is no phrase of its
    // own; "zu vermuten" is an infinitive.
    const rest = words.slice(1);
    if (rest.every((w) => PERSONAL.has(w) || ARTICLES.has(w))) return null;
    // "am wichtigsten", "am weitesten": a superlative, not a phrase.
    if (words[0] === "am" && /sten$/.test(rest[0] ?? "")) return null;
    const last = words[words.length - 1]!;
    if (/^\p{Ll}/u.test(last) && ctx.isVerb(last)) return null;
    if (words.some((w) => /^(?:prep|adj|adv|conj)$/.test(w))) return null;
  }
  const lemma = [...lemmaFront, ...lemmaWords, ...(verb ? [verb] : []), ...lemmaBack].join(" ");
  return { lemma, verb, elements };
}

/** Patterns with the same dictionary form are one expression; Ding's case hints (jdn./jdm.) are kept. */
function signature(p: Parsed): string {
  return `${p.verb ?? ""}|${p.lemma}`;
}

function caseHints(p: Parsed): number {
  return p.elements.filter((e) => e.t === "p" && e.c).length;
}

interface Sense {
  gloss: string;
  score: number;
}

/** English particles and function words: not what makes an English idiom ("to step up to the plate": step, plate). */
const ENGLISH_LIGHT =
  /^(?:of|the|a|an|to|in|on|at|for|with|by|be|sth|sb|one's|one’s|oneself|up|down|out|off|away|back|over|through|about|around|along|into|onto|home)$/i;

/** How much a figurative idiom written for another synonym counts less (./isForeignIdiom). */
const FOREIGN_IDIOM_PENALTY = 3;

/**
 * A figurative English idiom of several content words that shares no word
 * with the German expression's parts ("to step up to the plate [fig.]",
 * "to rub shoulders [fig.]"). Written after the line's first synonym ("sich
 * der Herausforderung stellen; Verantwortung übernehmen :: to step up to the
 * plate [Am.] [fig.]"), such an idiom renders the line's figurative first
 * synonym, not a literal later one ("Verantwortung übernehmen" is "to take
 * responsibility"). It stays the gloss when nothing else renders it.
 */
export function isForeignIdiom(raw: string, verbWords: ReadonlySet<string>): boolean {
  if (!/\[fig\.\]/.test(raw)) return false;
  const words = cleanSense(raw)
    .replace(/^to /, "")
    .split(/[\s/-]+/)
    .filter((w) => w.length > 0);
  const content = words.filter((w) => !ENGLISH_LIGHT.test(w));
  return content.length >= 2 && !words.some((w) => verbWords.has(w.toLowerCase()));
}

/** Higher is a better default gloss: common English words, few of them, no register tags. */
function scoreSense(raw: string, ctx: PhraseBuildContext, rank: number, verbWords: Set<string>): Sense | null {
  const gloss = cleanSense(raw);
  if (!gloss || gloss.length > 40 || /[.!?]$/.test(gloss)) return null;
  // Placeholders dropped from the middle leave broken English: "to stand
  // between sb. and sb." → "to stand between and", "to get sb. to do sth." → "to get to do".
  // A final "to" is the preposition's ("to lead to sth." → "to lead to").
  if (/\s(?:and|or)$/.test(gloss) || /\bto (?:\S+ )?to do\b|\bto do$/.test(gloss.replace(/^to do$/, ""))) return null;
  const words = gloss
    .replace(/^to /, "")
    .split(/[\s/-]+/)
    .filter((w) => w.length > 0 && !/^(?:of|the|a|an|to|in|on|at|for|with|by|be|sth|sb|one's|oneself)$/i.test(w));
  let rarest = words.length ? Infinity : 0;
  for (const w of words) rarest = Math.min(rarest, ctx.englishFrequency(w.toLowerCase()));
  let tagPenalty = 0;
  for (const m of raw.matchAll(/\[([^\]]+)\]/g)) {
    const tag = m[1] ?? "";
    tagPenalty += MARKED.test(tag) ? 2 : tag === "Br." || tag === "Am." ? 0.3 : tag === "fig." ? 0.5 : 1;
  }
  // The verb's own sense with the preposition ("zu etw. führen" → "to lead
  // to", not "to open on to") is the usual reading of a construction.
  const compositional = words.some((w) => verbWords.has(w.toLowerCase())) ? 1 : 0;
  const score =
    compositional + 0.5 * Math.min(rarest, 4.2) - 0.3 * Math.max(words.length - 1, 0) - tagPenalty - 0.4 * rank;
  return { gloss, score };
}

/**
 * The English words of the expression's own parts: the verb's gloss and its
 * nouns' ("Verantwortung übernehmen" → take, responsibility). A sense that
 * keeps one of them is the usual, literal-enough reading of a construction
 * ("to take responsibility", "to play a role", "to come into contact"),
 * where Ding also lists figurative equivalents ("to step up to the plate").
 */
function verbWordsOf(parsed: Parsed, ctx: PhraseBuildContext): Set<string> {
  const glosses: string[] = [];
  const own = parsed.verb ? ctx.verbGloss?.(parsed.verb) : null;
  if (own) glosses.push(own);
  for (const e of parsed.elements)
    if (e.t === "c")
      for (const w of e.w) {
        const gloss = /^\p{Lu}/u.test(w) ? ctx.nounGloss?.(w) : null;
        if (gloss) glosses.push(gloss);
      }
  return new Set(
    glosses.flatMap((gloss) =>
      gloss
        .toLowerCase()
        .split(/[,;/]\s*/)
        .map((g) => g.replace(/^(?:to|the|a|an) /, "").split(/\s+/)[0] ?? "")
        .filter((w) => w.length > 2 && !/^(?:be|have|get|do|make)$/.test(w)),
    ),
  );
}

/**
 * The sense says what the verb says, in other words: "to make a decision"
 * for "sich entscheiden" beside "to decide" (the same stem).
 */
function paraphrases(sense: string, verbGloss: string): boolean {
  const verb = verbGloss.replace(/^to /, "").split(/[\s,;/]/)[0] ?? "";
  if (verb.length < 4) return false;
  const stem = verb.slice(0, Math.max(4, verb.length - 2));
  return (
    sense
      .replace(/^to /, "")
      .split(/\s+/)
      // A participle says what happens to the subject ("sich ärgern" → "to get annoyed"), not the same.
      .some((w) => w !== verb && w.startsWith(stem) && !/(?:ed|ing)$/.test(w))
  );
}

/**
 * The noun of a noun line whose first synonym is one noun ("Flamme {f} |
 * Flammen {pl}"), with its plural: the line's sub-entries use either.
 */
function nounForms(deParts: readonly string[], tags: readonly string[][]): Set<string> | null {
  const first = tags[0] ?? [];
  if (!first.some((x) => /^(?:m|f|n)$/.test(x))) return null;
  const head = stripAnnotations(splitTop(deParts[0] ?? "", "; ")[0] ?? "");
  if (!/^\p{Lu}\p{Ll}+$/u.test(head)) return null;
  const forms = new Set([head]);
  const plural = stripAnnotations(splitTop(deParts[1] ?? "", "; ")[0] ?? "");
  if (/\{pl\}/.test(deParts[1] ?? "") && /^\p{Lu}\p{Ll}+$/u.test(plural)) forms.add(plural);
  return forms;
}

const POS_TAG = /\{([^}]+)\}/g;
/** An optional valency in parentheses: "(über etw.)", "(zu etw. / etw. zu tun)". */
const OPTIONAL_PREPOSITION =
  /\((an|auf|aus|bei|für|gegen|in|mit|nach|über|um|von|vor|zu)\s+(jdn\.|jdm\.|etw\.|jdn\.\/etw\.|jdm\.\/etw\.)[^)]*\)/;

function posTags(text: string): string[] {
  return [...text.matchAll(POS_TAG)].map((m) => (m[1] ?? "").trim());
}

/**
 * Compiles the phrase patterns from Ding's lines plus the reasoned table.
 *
 * @example
 * const { patterns } = buildPhrases(dingLines, phraseTableText, ctx);
 * patterns.find(([lemma]) => lemma === "sich kümmern um"); // ["sich kümmern um", "to take care of", "kümmern", […]]
 */
export function buildPhrases(
  lines: readonly string[],
  phraseTable: string,
  ctx: PhraseBuildContext,
): SerializedPhrases {
  const byKey = new Map<string, { parsed: Parsed; senses: Sense[]; fixed?: string }>();
  const add = (parsed: Parsed, senses: Sense[]): void => {
    const key = signature(parsed);
    const entry = byKey.get(key);
    if (entry) {
      entry.senses.push(...senses);
      if (caseHints(parsed) > caseHints(entry.parsed)) entry.parsed = parsed;
    } else byKey.set(key, { parsed, senses: [...senses] });
  };
  for (const raw of lines) {
    if (raw.startsWith("#")) continue;
    const sep = raw.indexOf(" :: ");
    if (sep < 0) continue;
    const deParts = raw.slice(0, sep).split(" | ");
    const enParts = raw.slice(sep + 4).split(" | ");
    // The headword part: synonyms share the senses; POS tags are inherited
    // from the next synonym that has one ("etw. bereitstellen; zur Verfügung stellen; stellen {vt}").
    const synonyms = splitTop(deParts[0] ?? "", "; ");
    const tags = synonyms.map(posTags);
    let nextTags: string[] = [];
    for (let i = synonyms.length - 1; i >= 0; i--) {
      if (tags[i]!.length) nextTags = tags[i]!;
      else tags[i] = nextTags;
    }
    const enSenses = splitTop(enParts[0] ?? "", "; ");
    const lineIsVerb = tags.some((t) => t.some((x) => /^v[tir]?$/.test(x)));
    synonyms.forEach((syn, i) => {
      const t = tags[i]!;
      if (t.some((x) => /^(?:m|f|n|pl|adj|art|num|pron)$/.test(x))) return;
      const isVerb = t.some((x) => /^v[tir]?$/.test(x));
      // Fixed phrases: Ding's adverbs, prepositions and conjunctions ("zum
      // Beispiel {adv}"); untagged only when made of function words and
      // adverbs ("vor allem", "nach wie vor"), since an untagged noun phrase
      // is usually a free combination ("in einem Zug").
      const tagged = t.some((x) => /^(?:adv|prp|conj)$/.test(x));
      const isFixed = tagged || (t.length === 0 && !/\s\p{Lu}/u.test(stripAnnotations(syn)));
      if (!isVerb && !isFixed) return;
      // "jdn. zu etw. (Angenehmem) einladen" → "to treat": a narrowed sense
      // is no default for every "lädt … zu … ein".
      if (hasNarrowingComment(syn.replace(/\{[^}]*\}/g, "").replace(OPTIONAL_PREPOSITION, ""))) return;
      const text = stripAnnotations(syn);
      if (!isVerb && enSenses.some((s) => /^to /.test(cleanSense(s)))) return;
      const variants: string[] = text.includes(" ") ? [text] : [];
      // "sich freuen {vr} (über etw.)", "jdn. einladen (zu etw.)": the verb's
      // main senses hold with the preposition too.
      const optional = isVerb ? OPTIONAL_PREPOSITION.exec(syn) : null;
      if (optional) {
        const words = text.split(" ");
        variants.push([...words.slice(0, -1), optional[1], optional[2], words[words.length - 1]].join(" "));
      }
      for (const variant of variants) {
        const parsed = parsePhrase(variant, isVerb, ctx);
        if (!parsed) continue;
        const verbWords = verbWordsOf(parsed, ctx);
        // Main entries (with verb forms or examples) before one-sense lines.
        const main = deParts.length >= 3 ? 0 : 1;
        const senses = enSenses
          .map((s, k) => scoreSense(s, ctx, k + main + (i > 0 ? 1 : 0), verbWords))
          .map((s, k) =>
            s && i > 0 && parsed.verb && isForeignIdiom(enSenses[k]!, verbWords)
              ? { ...s, score: s.score - FOREIGN_IDIOM_PENALTY }
              : s,
          )
          .filter((s): s is Sense => !!s);
        if (senses.length) add(parsed, senses);
      }
    });
    // Verb lines list their constructions as sub-entries: "sich freuen {vr}
    // | … | sich auf etw. freuen :: to be glad | … | to look forward to sth.";
    // noun lines their verbal collocations: "Verantwortung {f} | … |
    // Verantwortung übernehmen :: responsibility | … | to assume responsibility".
    const nouns = lineIsVerb ? null : nounForms(deParts, tags);
    if (!lineIsVerb && !nouns) continue;
    for (let k = 1; k < deParts.length && k < enParts.length; k++) {
      const de = deParts[k] ?? "";
      const en = enParts[k] ?? "";
      // A capital starts a noun ("Verantwortung übernehmen") or a sentence,
      // which ends in punctuation or holds a finite verb before its end.
      if (/[.!?…]\s*$/.test(de) || splitTop(de, "; ").length > 1) continue;
      const first = /^\p{Lu}\p{Ll}*/u.exec(de.trim())?.[0].toLowerCase();
      if (first && (PERSONAL.has(first) || ARTICLES.has(first) || SENTENCE_STARTS.has(first))) continue;
      const ens = splitTop(en, "; ").filter((s) => /^to /.test(cleanSense(s)));
      if (!ens.length) continue;
      const text = stripAnnotations(de);
      if (!text.includes(" ")) continue;
      const parsed = parsePhrase(text, true, ctx);
      if (!parsed) continue;
      // Only constructions that change the meaning: a preposition, a
      // reflexive, es or a bare noun ("Bezug nehmen auf"); with an article
      // they are usually examples ("einen Safe knacken").
      const construction = nouns
        ? // The line's noun in a chunk of its own: "Platz nehmen", "in Flammen aufgehen", not "einen Platz finden".
          parsed.elements.some((e) => e.t === "c" && e.w.some((w) => nouns.has(w)) && !e.w.some((w) => ARTICLES.has(w)))
        : parsed.elements.some(
            (e) => e.t !== "c" || (/^\p{Lu}/u.test(e.w[0] ?? "") && !e.w.some((w) => ARTICLES.has(w))),
          );
      if (!construction) continue;
      // "eine Einladung annehmen :: to accept an invitation": the verb's own
      // gloss says it already; a collocation is worth linking when its
      // English renders the verb otherwise ("Verantwortung übernehmen" → "to assume").
      if (nouns) {
        const own = verbWordsOf({ ...parsed, elements: [] }, ctx);
        const firstWords = cleanSense(ens[0] ?? "")
          .replace(/^to /, "")
          .toLowerCase()
          .split(/[\s/-]+/);
        if (firstWords.some((w) => own.has(w))) continue;
      }
      const verbWords = verbWordsOf(parsed, ctx);
      const senses = ens.map((s, j) => scoreSense(s, ctx, j + 1, verbWords)).filter((s): s is Sense => !!s);
      if (senses.length) add(parsed, senses);
    }
  }
  // The reasoned table: what Ding lacks ("es gibt") or glosses with a
  // figurative first sense ("eine Rolle spielen" → "to figure").
  for (const row of parsePhraseTable(phraseTable)) {
    const parsed = parsePhrase(row.pattern, row.verbal, ctx, true);
    if (!parsed) throw new Error(`${PHRASE_TABLE_FILE}: cannot parse "${row.pattern}"`);
    if (row.lemma) parsed.lemma = row.lemma;
    const key = signature(parsed);
    // "-": Ding's expression reads a free phrase as an idiom too often ("liegt am Strand" is a place).
    if (row.gloss === "-") byKey.delete(key);
    else byKey.set(key, { parsed, senses: [{ gloss: row.gloss, score: Infinity }] });
  }
  const patterns: SerializedPhrases["patterns"] = [];
  for (const { parsed, senses } of byKey.values()) {
    senses.sort((a, b) => b.score - a.score);
    let gloss = senses[0]!.gloss;
    // A reflexive verb that means what the verb means ("sich befinden" → "to
    // be") keeps the verb's own, curated gloss rather than a rarer sense.
    const own = parsed.verb ? ctx.verbGloss?.(parsed.verb) : null;
    const reflexiveOnly = parsed.elements.length === 1 && parsed.elements[0]!.t === "r";
    if (
      reflexiveOnly &&
      own &&
      senses[0]!.score !== Infinity &&
      (senses.some((x) => x.gloss === own) || paraphrases(gloss, own))
    )
      gloss = own;
    patterns.push([parsed.lemma, gloss, parsed.verb ?? "", parsed.elements]);
  }
  return { patterns };
}

export interface PhraseTableRow {
  pattern: string;
  verbal: boolean;
  gloss: string;
  lemma: string | null;
}

/**
 * Parses data/phrases/phrases.tsv: `pattern<TAB>gloss[<TAB>lemma]`, patterns
 * written like Ding's headwords with the verb last ("es um etw. gehen");
 * fixed phrases are marked with a leading "=" ("=auf jeden Fall"); the gloss
 * "-" removes Ding's expression of that pattern.
 */
export function parsePhraseTable(text: string): PhraseTableRow[] {
  const rows: PhraseTableRow[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    const [pattern = "", gloss = "", lemma = ""] = line.split("\t").map((c) => c.trim());
    const fixed = pattern.startsWith("=");
    rows.push({ pattern: fixed ? pattern.slice(1) : pattern, verbal: !fixed, gloss, lemma: lemma || null });
  }
  return rows;
}
