/**
 * What every export format (Anki package, Anki CSV, spreadsheet CSV) is made
 * of: one note per card, with the card's scheduling and review history when
 * the learner keeps them. Kept free of sql.js so the CSV writers don't load it.
 */
import type { CardState, Rating, SchedulingCard } from "@/lib/core/srs/scheduler";

/** One answer, as the review log stores it: the rating and the card's state before it. */
export interface ExportReview {
  reviewedAt: Date;
  rating: Rating;
  durationMs: number | null;
  stateBefore: CardState;
  scheduledDaysBefore: number;
  difficultyBefore: number;
  lastReviewBefore: Date | null;
  dueBefore: Date;
  stateAfter: CardState;
  dueAfter: Date;
}

/** A card's schedule today plus every answer that led there, oldest first. */
export interface ExportSchedule {
  card: SchedulingCard;
  reviews: readonly ExportReview[];
  /** Learning steps still to take (Anki's `left`), for a card in (re)learning. */
  remainingSteps?: number;
  /** The learner's desired retention, kept by Anki next to the memory state. */
  desiredRetention?: number;
}

export interface ExportNote {
  german: string;
  english: string;
  /** The sentence the word was met in. */
  context: string;
  contextTranslation?: string | null;
  tags?: string[];
  /** Absent: the card is exported as new. */
  schedule?: ExportSchedule;
}

export const FIELD_SEPARATOR = "\x1f";

export async function sha1(text: string): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.digest("SHA-1", new TextEncoder().encode(text)));
}

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The note's tags as Anki keeps them: space-separated words, so spaces inside a tag become underscores. */
export function normalizeTags(tags: readonly string[] | undefined): string[] {
  return [...new Set((tags ?? []).map((tag) => tag.trim().replace(/\s+/g, "_")).filter((t) => t !== ""))];
}

/** The Context field: the sentence, and its translation below it when there is one (HTML, as Anki fields are). */
export function contextHtml(note: Pick<ExportNote, "context" | "contextTranslation">): string {
  return (
    escapeHtml(note.context) +
    (note.contextTranslation ? `<div class="translation">${escapeHtml(note.contextTranslation)}</div>` : "")
  );
}

/**
 * Anki's note checksum: the first 8 hex digits of the SHA-1 of the first
 * field (HTML stripped) as an integer; Anki uses it to find duplicates.
 *
 * @example
 * await computeFieldChecksum("das Haus"); // an integer < 2^32
 */
export async function computeFieldChecksum(firstField: string): Promise<number> {
  return Number.parseInt(toHex(await sha1(firstField)).slice(0, 8), 16);
}

// Anki's own guid alphabet (base91 without the field separator and quotes issues).
const GUID_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";

/**
 * Stable note guid derived from the word and its sentence, so exporting the
 * same card twice updates the note in Anki instead of duplicating it (the
 * .apkg and the Anki CSV use the same guid, so they update each other too).
 *
 * @example
 * await computeNoteGuid({ german: "das Haus", english: "house", context: "Das Haus ist alt." }); // e.g. "f?Xk2#9qLm"
 */
export async function computeNoteGuid(note: Pick<ExportNote, "german" | "context">): Promise<string> {
  const bytes = await sha1(`lesefluss${FIELD_SEPARATOR}${note.german}${FIELD_SEPARATOR}${note.context}`);
  let value = 0n;
  for (const byte of bytes.slice(0, 8)) value = (value << 8n) | BigInt(byte);
  const base = BigInt(GUID_ALPHABET.length);
  let guid = "";
  do {
    guid = GUID_ALPHABET.charAt(Number(value % base)) + guid;
    value /= base;
  } while (value > 0n);
  return guid;
}
