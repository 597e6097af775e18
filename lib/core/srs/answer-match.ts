/**
 * Checking a typed German answer (recall cards: English prompt → type the
 * German word). Learners on an English keyboard write "ae"/"ss" for ä/ß and
 * often leave out the article, so those don't count as wrong; a wrong article
 * does, because the gender is part of knowing a German noun.
 */

export type AnswerDiffKind = "same" | "missing" | "extra";

/** One run of the character diff: "missing" = in the expected answer only, "extra" = typed only. */
export interface AnswerDiffPart {
  text: string;
  kind: AnswerDiffKind;
}

export interface AnswerMatch {
  /** Accepted (after the tolerances described on {@link matchAnswer}). */
  isCorrect: boolean;
  /** Typed exactly as expected, apart from surrounding whitespace. */
  isExact: boolean;
  /** Character diff of the trimmed typed text against the trimmed expected text, for display. */
  diff: AnswerDiffPart[];
}

const ARTICLES = ["der", "die", "das"] as const;
const ARTICLE_PATTERN = /^(der|die|das)\s+(.+)$/i;
const EDGE_PUNCTUATION = /^[\s.,;:!?"'„“”‚‘’]+|[\s.,;:!?"'„“”‚‘’]+$/g;
// Longer inputs aren't words any more; skip the quadratic diff for them.
const MAX_DIFF_LENGTH = 300;

/**
 * Case- and umlaut-insensitive form for comparison: lower case, ä→ae, ö→oe,
 * ü→ue, ß→ss, single spaces, no surrounding whitespace or punctuation.
 *
 * @example
 * normalizeGerman("  Straße "); // "strasse"
 * normalizeGerman("Mädchen"); // "maedchen"
 */
export function normalizeGerman(text: string): string {
  return text
    .normalize("NFC")
    .replace(EDGE_PUNCTUATION, "")
    .replace(/\s+/g, " ")
    .toLocaleLowerCase("de-DE")
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss");
}

function splitArticle(normalized: string): { article: string | null; rest: string } {
  const match = ARTICLE_PATTERN.exec(normalized);
  if (match?.[1] && match[2]) return { article: match[1], rest: match[2] };
  return { article: null, rest: normalized };
}

function looksLikeNoun(expected: string): boolean {
  const trimmed = expected.trim();
  const { article } = splitArticle(trimmed.toLocaleLowerCase("de-DE"));
  if (article && (ARTICLES as readonly string[]).includes(article)) return true;
  // German nouns are capitalised; verbs and adjectives aren't.
  const first = trimmed.charAt(0);
  return first !== "" && first === first.toLocaleUpperCase("de-DE") && first !== first.toLocaleLowerCase("de-DE");
}

function isAccepted(typed: string, expected: string): boolean {
  const t = normalizeGerman(typed);
  const e = normalizeGerman(expected);
  if (t === "") return false;
  if (t === e) return true;
  if (!looksLikeNoun(expected)) return false;
  const typedParts = splitArticle(t);
  const expectedParts = splitArticle(e);
  if (typedParts.rest !== expectedParts.rest) return false;
  // Missing article is fine; a present one must match the expected gender
  // when the expected answer names it.
  if (typedParts.article === null || expectedParts.article === null) return true;
  return typedParts.article === expectedParts.article;
}

function pushPart(parts: AnswerDiffPart[], text: string, kind: AnswerDiffKind): void {
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else parts.push({ text, kind });
}

/**
 * Character diff via longest common subsequence (answers are short).
 * Deletions are emitted before insertions at the same place, so a wrong
 * letter shows as "extra x, missing y".
 *
 * @example
 * diffCharacters("Hause", "Haus");
 * // [{ text: "Haus", kind: "same" }, { text: "e", kind: "extra" }]
 */
export function diffCharacters(typed: string, expected: string): AnswerDiffPart[] {
  const a = Array.from(typed);
  const b = Array.from(expected);
  if (a.length > MAX_DIFF_LENGTH || b.length > MAX_DIFF_LENGTH) {
    if (typed === expected) return typed ? [{ text: typed, kind: "same" }] : [];
    const parts: AnswerDiffPart[] = [];
    if (typed) parts.push({ text: typed, kind: "extra" });
    if (expected) parts.push({ text: expected, kind: "missing" });
    return parts;
  }
  const rows = a.length + 1;
  const cols = b.length + 1;
  // lcs[i*cols+j] = LCS length of a[i..] and b[j..]
  const lcs = new Uint16Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * cols + j] =
        a[i] === b[j]
          ? (lcs[(i + 1) * cols + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * cols + j] ?? 0, lcs[i * cols + j + 1] ?? 0);
    }
  }
  const parts: AnswerDiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a[i] ?? "";
    const cb = b[j] ?? "";
    if (ca === cb) {
      pushPart(parts, cb, "same");
      i++;
      j++;
    } else if ((lcs[(i + 1) * cols + j] ?? 0) >= (lcs[i * cols + j + 1] ?? 0)) {
      pushPart(parts, ca, "extra");
      i++;
    } else {
      pushPart(parts, cb, "missing");
      j++;
    }
  }
  for (; i < a.length; i++) pushPart(parts, a[i] ?? "", "extra");
  for (; j < b.length; j++) pushPart(parts, b[j] ?? "", "missing");
  return parts;
}

/**
 * Checks a typed answer against the expected German.
 * Tolerated: case, surrounding whitespace/punctuation, repeated spaces,
 * ae/oe/ue/ss for ä/ö/ü/ß, and for nouns a missing article — or any article
 * when the expected answer names none. A wrong article (der vs die) is wrong.
 *
 * @example
 * matchAnswer("strasse", "die Straße");
 * // { isCorrect: true, isExact: false, diff: [...] }
 * matchAnswer("der Straße", "die Straße").isCorrect; // false
 */
export function matchAnswer(typed: string, expected: string): AnswerMatch {
  const typedTrimmed = typed.trim();
  const expectedTrimmed = expected.trim();
  const isExact = typedTrimmed === expectedTrimmed && expectedTrimmed !== "";
  return {
    isCorrect: isExact || isAccepted(typedTrimmed, expectedTrimmed),
    isExact,
    diff: diffCharacters(typedTrimmed, expectedTrimmed),
  };
}
