// A PDF's text layer comes as lines (where the typesetter broke them). These
// rules put the running text back together: lines into paragraphs, and a word
// hyphenated at a line end into one word again. Pure, tested on its own.

/** One line of a page as laid out: its text and the baseline's height on the page (PDF units, upwards). */
export interface PdfLine {
  text: string;
  y: number;
  /** The font size of the line (its tallest item). */
  size: number;
}

// Words after which a trailing hyphen is an elision, not a break: "Haupt- und Nebensatz", "Ein- oder Ausgang".
const ELISION_FOLLOWERS = new Set(["und", "oder", "bzw.", "bis", "sowie", "noch", "wie", "als", "statt", "and", "or"]);
const PAGE_NUMBER = /^[-–—\s]*(seite\s+)?\d{1,4}([-–—\s]*|\s*(\/|von)\s*\d{1,4})$/i;

/**
 * Joins two lines where the first ended: the word hyphenated at a line end
 * becomes one word ("Ein-" + "ladung" → "Einladung"); a hyphen that is part of
 * the word stays ("Nord-" + "Süd-Dialog" → "Nord-Süd-Dialog": a German word
 * split by hyphenation never continues with a capital, so a capital means the
 * hyphen was written; also after digits and capitals, "3-jährig",
 * "US-amerikanisch"); an elided part keeps its hyphen and a space
 * ("Haupt-" + "und Nebensatz").
 *
 * @example
 * joinLines("Die Ein-", "ladung kam."); // "Die Einladung kam."
 */
export function joinLines(left: string, right: string): string {
  const l = left.replace(/\s+$/, "");
  const r = right.replace(/^\s+/, "");
  if (l.endsWith("\u00ad")) return l.slice(0, -1) + r;
  const hyphen = /([\p{L}\p{N}])-$/u.exec(l);
  if (!hyphen) return `${l} ${r}`;
  const firstWord = r.split(/\s/, 1)[0] ?? "";
  if (ELISION_FOLLOWERS.has(firstWord.toLowerCase()) || firstWord === ",") return `${l} ${r}`;
  const before = hyphen[1]!;
  const next = r[0] ?? "";
  const wordBefore = /[\p{L}\p{N}]+-$/u.exec(l)?.[0] ?? "";
  const isAcronym = wordBefore.length > 2 && /^\p{Lu}+-$/u.test(wordBefore);
  if (/\p{Ll}/u.test(next) && /\p{L}/u.test(before) && !isAcronym) return l.slice(0, -1) + r;
  return l + r;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  // The lower median: with few lines, one paragraph gap must not count as the line spacing.
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/**
 * One page's lines → paragraphs: a paragraph ends where the gap to the next
 * line is clearly wider than the page's usual line spacing, or the font size
 * changes (a heading). Lines that are only a page number are dropped.
 */
export function linesToParagraphs(lines: PdfLine[]): string[] {
  const kept = lines.filter((l) => l.text.trim() && !PAGE_NUMBER.test(l.text.trim()));
  const gaps: number[] = [];
  for (let i = 1; i < kept.length; i++) {
    const gap = kept[i - 1]!.y - kept[i]!.y;
    if (gap > 0) gaps.push(gap);
  }
  const spacing = median(gaps);
  const paragraphs: string[] = [];
  let current = "";
  kept.forEach((line, i) => {
    const previous = kept[i - 1];
    const gap = previous ? previous.y - line.y : 0;
    const sizeChanged = previous ? Math.abs(previous.size - line.size) > Math.max(1, 0.15 * line.size) : false;
    // A line higher up than the one before (a new column) or far below it starts a new paragraph.
    const isBreak = !previous || gap < 0 || (spacing > 0 && gap > spacing * 1.4) || sizeChanged;
    if (isBreak) {
      if (current) paragraphs.push(current);
      current = line.text.trim();
    } else {
      current = joinLines(current, line.text.trim());
    }
  });
  if (current) paragraphs.push(current);
  return paragraphs.map((p) => p.replace(/[\s\u00a0]+/g, " ").trim()).filter(Boolean);
}

/**
 * Pages' paragraphs → one text: a paragraph that runs over the page end (its
 * last line ends without a sentence's closing mark) is joined with the next
 * page's first paragraph.
 */
export function joinPages(pages: string[][]): string {
  const out: string[] = [];
  for (const page of pages) {
    page.forEach((paragraph, i) => {
      const last = out[out.length - 1];
      const runsOn = i === 0 && last !== undefined && !/[.!?:;…"“”»«)]$/.test(last);
      if (runsOn) out[out.length - 1] = joinLines(last, paragraph);
      else out.push(paragraph);
    });
  }
  return out.join("\n\n");
}
