/**
 * Which exercise a card shows, chosen from its memory state so difficulty
 * grows with the learner: recognise the German word first (easiest), then
 * fill it into its sentence, then produce it from the English.
 */
import type { CardState } from "./scheduler";

export type CardType = "recognition" | "cloze" | "recall";

export interface CardTypeThresholds {
  /** Successful-ish reviews (reps) in review state before cloze is used. */
  clozeAfterReps: number;
  /** Stability in days from which the card asks for typed recall. */
  recallFromStabilityDays: number;
}

export const defaultCardTypeThresholds: CardTypeThresholds = {
  clozeAfterReps: 3,
  recallFromStabilityDays: 10,
};

export interface CardTypeInput {
  state: CardState;
  reps: number;
  stability: number;
}

/**
 * Picks the exercise for a card:
 * - new, learning and relearning → recognition (a lapse goes back to the easiest form);
 * - review with stability ≥ `recallFromStabilityDays` → recall;
 * - review with reps ≥ `clozeAfterReps` → cloze, if the card has a context sentence;
 * - otherwise recognition.
 * Without a context sentence there is nothing to blank, so cloze falls back to recognition.
 *
 * @example
 * chooseCardType({ state: "review", reps: 4, stability: 3.2 }, { hasContext: true }); // "cloze"
 * chooseCardType({ state: "review", reps: 6, stability: 25 }); // "recall"
 */
export function chooseCardType(
  card: CardTypeInput,
  options: { hasContext?: boolean; thresholds?: CardTypeThresholds } = {},
): CardType {
  const thresholds = options.thresholds ?? defaultCardTypeThresholds;
  const hasContext = options.hasContext ?? true;
  if (card.state !== "review") return "recognition";
  if (card.stability >= thresholds.recallFromStabilityDays) return "recall";
  if (card.reps >= thresholds.clozeAfterReps && hasContext) return "cloze";
  return "recognition";
}

/** A piece of a cloze sentence; blanks carry the hidden text so the UI can reveal it. */
export interface ClozeSegment {
  text: string;
  isBlank: boolean;
}

export interface TextSpan {
  /** String index into the sentence, inclusive. */
  start: number;
  /** String index, exclusive. */
  end: number;
}

/**
 * Splits a sentence into text and blanks. All given spans are blanked in the
 * same card, so both parts of a separated verb ("nimmt … an") disappear
 * together and the learner can't guess one from the other. Overlapping or
 * touching spans merge into one blank; span order doesn't matter.
 *
 * @example
 * buildCloze("Er nimmt das Angebot an.", [{ start: 3, end: 8 }, { start: 21, end: 23 }]);
 * // [ {text:"Er ",isBlank:false}, {text:"nimmt",isBlank:true},
 * //   {text:" das Angebot ",isBlank:false}, {text:"an",isBlank:true}, {text:".",isBlank:false} ]
 */
export function buildCloze(sentenceText: string, tokenSpans: readonly TextSpan[]): ClozeSegment[] {
  for (const span of tokenSpans) {
    if (
      !Number.isInteger(span.start) ||
      !Number.isInteger(span.end) ||
      span.start < 0 ||
      span.end > sentenceText.length ||
      span.start >= span.end
    ) {
      throw new RangeError(`Invalid span ${span.start}–${span.end} for a sentence of length ${sentenceText.length}`);
    }
  }
  const sorted = [...tokenSpans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextSpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  const segments: ClozeSegment[] = [];
  let cursor = 0;
  for (const span of merged) {
    if (span.start > cursor) segments.push({ text: sentenceText.slice(cursor, span.start), isBlank: false });
    segments.push({ text: sentenceText.slice(span.start, span.end), isBlank: true });
    cursor = span.end;
  }
  if (cursor < sentenceText.length) segments.push({ text: sentenceText.slice(cursor), isBlank: false });
  return segments;
}
