// SubRip (.srt) and WebVTT (.vtt) → running text with the time of every
// character, so that sentences (which rarely match cues) keep their timing.
// A small parser of the two formats' cue blocks: the npm parsers tried here
// lost cue end times with WebVTT cue settings and threw on stray text.
import { ImportFormatError } from "./format-error";

export interface SubtitleCue {
  fromMs: number;
  toMs: number;
  text: string;
}

/** A cue placed in the joined text: characters [start, end) are spoken from fromMs to toMs. */
export interface PlacedCue extends SubtitleCue {
  start: number;
  end: number;
}

export interface SubtitleText {
  text: string;
  cues: PlacedCue[];
}

export const MAX_CUES = 50_000;
// A pause this long between cues starts a new paragraph.
const PARAGRAPH_PAUSE_MS = 4_000;
const TIMING = /^\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})(?:\s.*)?$/;
const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  nbsp: " ",
  quot: '"',
  apos: "'",
  lrm: "",
  rlm: "",
};

/** "01:02:03,456", "02:03.456" → milliseconds. */
export function parseTimestamp(value: string): number {
  const [clock, fraction = "0"] = value.split(/[.,]/);
  const parts = clock!.split(":").map(Number);
  const seconds = parts.reduce((sum, p) => sum * 60 + p, 0);
  return seconds * 1000 + Number(fraction.padEnd(3, "0").slice(0, 3));
}

/** A cue's text as a learner reads it: no markup, no sound descriptions, no dialogue dashes. */
export function cleanCueText(raw: string): string {
  return raw
    .replace(/<[^>]*>/g, "")
    .replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\{\\[^}]*\}/g, "")
    .replace(/\[[^\]]*\]/g, " ")
    .replace(/♪[^♪]*♪?/g, " ")
    .split("\n")
    .map((line) => line.replace(/^\s*[-–]\s+/, ""))
    .join(" ")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

/**
 * The cues of an SRT or WebVTT file in time order (ties in file order).
 * WebVTT headers, NOTE, STYLE and REGION blocks and cue settings are skipped.
 * Throws ImportFormatError when the file has no cue with a valid timing line.
 */
export function parseSubtitles(source: string): SubtitleCue[] {
  const blocks = source
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n+/);
  const cues: SubtitleCue[] = [];
  for (const block of blocks) {
    const lines = block.split("\n").filter((l, i) => i > 0 || l.trim() !== "");
    const timingAt = lines.findIndex((l) => TIMING.test(l));
    // Blocks without timing: the WEBVTT header, NOTE/STYLE/REGION, stray text.
    if (timingAt < 0 || timingAt > 1) continue;
    const match = TIMING.exec(lines[timingAt]!)!;
    const fromMs = parseTimestamp(match[1]!);
    const toMs = parseTimestamp(match[2]!);
    const text = cleanCueText(lines.slice(timingAt + 1).join("\n"));
    if (!text || toMs <= fromMs) continue;
    cues.push({ fromMs, toMs, text });
    if (cues.length > MAX_CUES)
      throw new ImportFormatError(
        `This subtitle file has more than ${MAX_CUES.toLocaleString("en")} cues; split it into parts.`,
      );
  }
  if (cues.length === 0) {
    throw new ImportFormatError(
      'No subtitles were found in this file. An .srt or .vtt file lists cues like "00:00:01,000 --> 00:00:03,000" followed by their text.',
    );
  }
  return cues
    .map((cue, i) => ({ cue, i }))
    .sort((a, b) => a.cue.fromMs - b.cue.fromMs || a.i - b.i)
    .map(({ cue }) => cue);
}

/**
 * Cues → one running text (a long pause starts a new paragraph), each cue
 * remembering the characters it became.
 */
export function joinCues(cues: SubtitleCue[]): SubtitleText {
  let text = "";
  const placed: PlacedCue[] = [];
  let lastEnd = -Infinity;
  for (const cue of cues) {
    if (text) text += cue.fromMs - lastEnd >= PARAGRAPH_PAUSE_MS ? "\n\n" : " ";
    placed.push({ ...cue, start: text.length, end: text.length + cue.text.length });
    text += cue.text;
    lastEnd = Math.max(lastEnd, cue.toMs);
  }
  return { text, cues: placed };
}

/** The moment character `offset` of the joined text is spoken: interpolated inside its cue, else the next cue's start. */
function timeAt(cues: PlacedCue[], offset: number, edge: "start" | "end"): number {
  // The last cue starting at or before the offset (cues are in text order).
  let lo = 0;
  let hi = cues.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const cue = cues[found];
  if (!cue) return cues[0]?.fromMs ?? 0;
  const inside = edge === "start" ? offset < cue.end : offset <= cue.end;
  if (!inside) return edge === "start" ? (cues[found + 1]?.fromMs ?? cue.toMs) : cue.toMs;
  const share = cue.end > cue.start ? (offset - cue.start) / (cue.end - cue.start) : 0;
  return Math.round(cue.fromMs + share * (cue.toMs - cue.fromMs));
}

/**
 * Start and end time of each sentence (character ranges of the joined text):
 * a sentence inside one cue gets its share of the cue's time by characters,
 * one that spans cues runs from the first cue's part to the last's.
 *
 * @example
 * const { text, cues } = joinCues(parseSubtitles(srt));
 * timeSentences(cues, analysed.sentences); // [{ startMs: 1000, endMs: 2400 }, …]
 */
export function timeSentences(
  cues: PlacedCue[],
  sentences: { start: number; end: number }[],
): { startMs: number; endMs: number }[] {
  return sentences.map((s) => {
    const startMs = timeAt(cues, s.start, "start");
    const endMs = timeAt(cues, s.end, "end");
    return { startMs, endMs: Math.max(endMs, startMs + 1) };
  });
}
