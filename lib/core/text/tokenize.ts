/**
 * Tokenizer with exact offsets into the input. Hyphenated compounds
 * (US-Außenministeriums, Atom-U-Booten) stay one word, as do decades
 * (1970er, 80er-Jahre) and numbers joined to a word (28-Jährige), a truncation hyphen
 * stays with its word ("Staats- und Regierungschefs"), abbreviations keep
 * their period (z. B. → "z." "B."), ordinals keep theirs ("am 3. Oktober").
 */

import { latin1Word } from "./one-byte";

export type RawTokenKind = "word" | "number" | "punct" | "symbol";

export interface RawToken {
  text: string;
  start: number;
  end: number;
  kind: RawTokenKind;
  /** Whitespace before this token contained a line break. */
  newlineBefore: boolean;
}

/**
 * Abbreviations that keep their period. Single letters are handled
 * separately (z. B., u. a., initials).
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    "dr prof nr bzw usw etc vgl ca st hr hrn fr frl str inkl evtl ggf mio mrd jh jhd sog chr tel abs bd " +
    "hrsg geb gest jan feb febr apr jun jul aug sep sept okt nov dez mo di mi do sa so ff ebd allg bspw " +
    "dt engl franz max min mind ugs urspr zzt zz dipl ing med phil rer nat jur mag bzgl insb ggü gem " +
    "abt anm bzgl co corp inc ltd mr mrs ms vs vors stellv sen jun gen kap art lt ua zb"
  ).split(" "),
);

/**
 * Abbreviations that are everyday words in lower case ("So." Sunday, "Mag." Magister; "Ich sehe das
 * so.", "…, dass er sie mag."): written in lower case their period ends the sentence.
 */
const WORDS_AS_WELL: ReadonlySet<string> = new Set(["so", "mag", "gen"]);

/** Abbreviations that can also end a sentence ("… Äpfel, Birnen usw. Dann …"). */
export const SENTENCE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set(["usw", "etc", "ff", "co", "inc", "ltd"]);

export const MONTHS: ReadonlySet<string> = new Set(
  "Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember".split(" "),
);

const TOKEN =
  /(\s+)|(https?:\/\/[^\s]+[^\s.,;:!?)"'“”]|www\.[^\s]+[^\s.,;:!?)"'“”]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)|(\d+er[ns]?(?![\p{L}\p{N}])(?:-[\p{L}][\p{L}\p{M}\p{N}]*)*-?|\d+(?:[.,:]\d+)*(?:-[\p{L}][\p{L}\p{M}\p{N}]*)+-?)|(\d+(?:[.,:]\d+)*)|([\p{L}](?:\.[\p{L}])+\.?)|([\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}]+)?(?:-[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*-?)|(``|''|\.{2,}|[!?]+|\p{P})|([\s\S])/uy;

/** German letters of the common plain word (ASCII letters, umlauts, ß). */
function isPlainLetter(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    c === 0xe4 ||
    c === 0xf6 ||
    c === 0xfc ||
    c === 0xc4 ||
    c === 0xd6 ||
    c === 0xdc ||
    c === 0xdf
  );
}

/**
 * Characters after which a run of plain letters is a whole word for TOKEN: no
 * URL (":"), e-mail ("@", "."), abbreviation ("."), hyphen, apostrophe, digit
 * or other letter can continue it.
 */
function endsPlainWord(c: number): boolean {
  return (
    Number.isNaN(c) ||
    c === 32 ||
    c === 10 ||
    c === 13 ||
    c === 9 ||
    c === 44 || // ,
    c === 59 || // ;
    c === 33 || // !
    c === 63 || // ?
    c === 41 || // )
    c === 34 || // "
    c === 0x201e || // „
    c === 0x201c // “
  );
}

/**
 * The end of the plain word at `pos` (letters only, followed by a space or
 * punctuation that cannot continue it), or `pos` when the text there needs
 * TOKEN. Most tokens are such words: they skip the regex and its match array.
 */
function plainWordEnd(input: string, pos: number): number {
  let i = pos;
  while (isPlainLetter(input.charCodeAt(i))) i++;
  return i > pos && endsPlainWord(input.charCodeAt(i)) ? i : pos;
}

const TRUNCATION_FOLLOWER = /^[\s\u00A0]+(?:und|oder|bzw\.|sowie|bis|wie)\b|^,/;

/**
 * Yields the tokens of `input[start, end)`.
 *
 * @example
 * [...tokenize("z. B. am 3. Oktober")].map((t) => t.text);
 * // → ["z.", "B.", "am", "3.", "Oktober"]
 */
export function* tokenize(input: string, start = 0, end = input.length): Generator<RawToken> {
  const re = new RegExp(TOKEN.source, TOKEN.flags);
  re.lastIndex = start;
  let newlineBefore = false;
  while (re.lastIndex < end) {
    // Plain spaces and line breaks are skipped here: half the regex matches were whitespace otherwise.
    let pos = re.lastIndex;
    for (let c = input.charCodeAt(pos); pos < end && (c === 32 || c === 10 || c === 13 || c === 9);) {
      if (c === 10) newlineBefore = true;
      c = input.charCodeAt(++pos);
    }
    if (pos >= end) break;
    const wordEnd = plainWordEnd(input, pos);
    if (wordEnd > pos && wordEnd <= end) {
      re.lastIndex = wordEnd;
      yield { text: latin1Word(input.slice(pos, wordEnd)), start: pos, end: wordEnd, kind: "word", newlineBefore };
      newlineBefore = false;
      continue;
    }
    re.lastIndex = pos;
    const m = re.exec(input);
    if (!m) break;
    let tokEnd = Math.min(pos + m[0].length, end);
    if (m[1] !== undefined) {
      if (m[1].includes("\n")) newlineBefore = true;
      continue;
    }
    let kind: RawTokenKind;
    if (m[2] !== undefined) kind = "symbol";
    else if (m[3] !== undefined) kind = "word";
    else if (m[4] !== undefined) {
      kind = "number";
      if (input[tokEnd] === "." && isOrdinalContext(input, tokEnd + 1, end, pos)) tokEnd++;
    } else if (m[5] !== undefined) kind = "word";
    else if (m[6] !== undefined) {
      kind = "word";
      const word = m[6];
      if (word.endsWith("-") && !TRUNCATION_FOLLOWER.test(input.slice(tokEnd, Math.min(end, tokEnd + 12)))) {
        tokEnd--;
      } else if (input[tokEnd] === "." && tokEnd < end) {
        const bare = word.toLowerCase();
        const isWordToo = word === bare && WORDS_AS_WELL.has(bare);
        if ((ABBREVIATIONS.has(bare) && !isWordToo) || (word.length === 1 && /\p{L}/u.test(word))) tokEnd++;
      }
    } else if (m[7] !== undefined) kind = "punct";
    else kind = /[\p{L}\p{N}]/u.test(m[0]) ? "word" : "symbol";
    re.lastIndex = tokEnd;
    const text = input.slice(pos, tokEnd);
    yield { text: kind === "word" ? latin1Word(text) : text, start: pos, end: tokEnd, kind, newlineBefore };
    newlineBefore = false;
  }
}

/** Articles and article contractions before an ordinal ("der 35. Tagung", "zum 100. Geburtstag"). */
const ORDINAL_DETERMINERS =
  /(?:^|[^\p{L}])(?:der|die|das|dem|den|des|am|im|zum|zur|vom|beim|seinem|seiner|ihrem|ihrer)[ \t\u00A0]+$/iu;

/**
 * "3." is an ordinal when a lower-case word or a month follows ("am 3.
 * Oktober"), or a capitalised word when an article stands before the number
 * ("auf der 35. Tagung": a cardinal after "der" would need no period).
 */
function isOrdinalContext(input: string, from: number, end: number, numberStart = from): boolean {
  const rest = input.slice(from, Math.min(end, from + 24));
  const m = /^[ \t\u00A0]*([\p{L}]+)/u.exec(rest);
  if (!m || !m[1]) return false;
  const next = m[1];
  // "im späten 15. Jahrhundert": a century or millennium is always counted by an ordinal.
  if (next[0] === next[0]?.toLowerCase() || MONTHS.has(next) || /^Jahr(?:hundert|tausend)/.test(next)) return true;
  return ORDINAL_DETERMINERS.test(input.slice(Math.max(0, numberStart - 12), numberStart));
}
