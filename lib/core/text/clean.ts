/**
 * Cleaning without moving offsets: the analyzer must report offsets into
 * the exact input, so instead of rewriting the text we find its paragraphs
 * and lines and mark the boilerplate lines that scraped articles carry
 * (newsletter teasers, comment prompts, share bars, site tags), which are
 * then skipped. `normalizeText` is for callers that store a text: NFC,
 * LF line ends, no zero-width or non-breaking spaces.
 */

export interface LineRange {
  start: number;
  end: number;
}

export interface Paragraph {
  /** Kept lines of the paragraph, in order, trimmed. */
  lines: LineRange[];
}

export interface CleanedText {
  title: string | null;
  paragraphs: Paragraph[];
}

const BOILERPLATE: RegExp[] = [
  // Newsletter and subscription teasers.
  /^(?:jetzt\s+)?(?:erhalten|abonnieren|bestellen|registrieren|melden)\s+sie\b.*\b(?:updates?|newsletter|benachrichtigungen|abo)\b/i,
  /^(?:newsletter|jetzt abonnieren|zum newsletter|kostenlose updates?)\b/i,
  // Comment prompts and counters.
  /^(?:schreibe|schreiben sie|hinterlasse|hinterlassen sie|verfasse)\s+(?:einen|ihren|deinen)\s+kommentar\b/i,
  /^(?:\d+\s+)?kommentare?(?:\s+(?:anzeigen|lesen|schreiben))?\s*$/i,
  // Share bars, "read more", ads.
  /^(?:teilen|drucken|e-?mail|twitter|facebook|whatsapp|linkedin|x)(?:\s*[|·,/]\s*(?:teilen|drucken|e-?mail|twitter|facebook|whatsapp|linkedin|x))+\s*$/i,
  /^(?:lesen sie auch|mehr zum thema|das könnte sie auch interessieren|anzeige|werbung)\s*:?\s*$/i,
  /^(?:©|\(c\)\s)/i,
  // Site tags and slugs: lower-case, no spaces, hyphenated, with a digit ("ttn-de-58").
  /^(?=[^\s]*\d)[a-z0-9]+(?:[-_][a-z0-9]+)+$/,
];

/** True for a line a scraper brought along that is not part of the text. */
export function isBoilerplateLine(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > 160) return false;
  return BOILERPLATE.some((re) => re.test(text));
}

/**
 * Normalises a text for storage: NFC, LF line ends, no BOM/zero-width
 * characters, non-breaking and other spaces as plain spaces, trailing
 * spaces removed, at most one blank line between paragraphs.
 *
 * @example
 * normalizeText("Stra\u0073\u0301e\r\n") // → "Straśe\n" (NFC)
 */
export function normalizeText(input: string): string {
  return input
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, "")
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g, " ")
    .replace(/ +\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n");
}

const WS = /[\s\u00A0\u200B\uFEFF]/;

/**
 * Finds paragraphs (separated by blank lines) and their lines, drops
 * boilerplate lines and detects the title (a short first line without final
 * punctuation, standing alone as a paragraph).
 *
 * @example
 * cleanText("Titel\n\nErster Satz.\n\nSchreibe einen Kommentar").paragraphs.length // → 2
 */
export function cleanText(input: string): CleanedText {
  const paragraphs: Paragraph[] = [];
  let current: LineRange[] = [];
  let pos = 0;
  const flush = (): void => {
    if (current.length > 0) paragraphs.push({ lines: current });
    current = [];
  };
  while (pos <= input.length) {
    let nl = input.indexOf("\n", pos);
    if (nl < 0) nl = input.length;
    let s = pos;
    let e = nl;
    while (s < e && WS.test(input[s] ?? "")) s++;
    while (e > s && WS.test(input[e - 1] ?? "")) e--;
    if (s === e) flush();
    else if (!isBoilerplateLine(input.slice(s, e))) current.push({ start: s, end: e });
    pos = nl + 1;
  }
  flush();
  let title: string | null = null;
  const first = paragraphs[0];
  const firstLine = first?.lines[0];
  if (first && firstLine && first.lines.length === 1 && paragraphs.length > 1) {
    const text = input.slice(firstLine.start, firstLine.end);
    if (text.length <= 200 && !/[.!?:;,]$/.test(text)) title = text.normalize("NFC").replace(/\s+/g, " ");
  }
  return { title, paragraphs };
}
