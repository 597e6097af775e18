import "server-only";
import { db } from "../db";
import type { Actor } from "../actor";
import { getReadableText } from "./get-readable-text";
import { getDictionarySettings } from "./update-dictionary-settings";
import type { DictionarySettings } from "@/lib/validation/dictionaries";

export interface TextMedia {
  textId: string;
  author: string | null;
  /** A book's chapters, each with the reader page it starts on. */
  sections: { title: string; sentenceIndex: number; page: number }[];
  /** Sentence index → [startMs, endMs] in the audio, for sentences with timings (subtitles). */
  timings: Record<number, [number, number]>;
  /** Each reader page's first sentence index (only for a text with audio: the follow-along turns pages). */
  pageStarts: number[];
  /** Where the audio is served (only to readers of the text), or null without audio. */
  audio: { url: string; mimeType: string } | null;
  /** The owner may mark sentence starts while listening: the text has audio and no timings yet. */
  canMarkTimings: boolean;
  /** The learner's online dictionaries for the word panel (their settings, not the text's). */
  dictionaries: DictionarySettings;
}

/**
 * What the reader needs besides the page's text: chapters, sentence timings,
 * the audio's address and the learner's dictionaries, for a text `actor` may
 * read (NOT_FOUND otherwise).
 * Small: a few numbers per sentence of a subtitled text, nothing for others.
 */
export async function getTextMedia(actor: Actor, textId: string): Promise<TextMedia> {
  const text = await getReadableText(actor, textId);
  const [row, sections, timed, dictionaries] = await Promise.all([
    db.text.findUnique({ where: { id: text.id }, select: { author: true, audio: { select: { mimeType: true, createdAt: true } } } }),
    db.textSection.findMany({
      where: { textId: text.id },
      orderBy: { index: "asc" },
      select: { title: true, sentenceIndex: true, page: true },
    }),
    db.sentence.findMany({
      where: { textId: text.id, startMs: { not: null }, endMs: { not: null } },
      orderBy: { index: "asc" },
      select: { index: true, startMs: true, endMs: true },
    }),
    getDictionarySettings(actor),
  ]);
  const timings: Record<number, [number, number]> = {};
  for (const s of timed) if (s.startMs !== null && s.endMs !== null) timings[s.index] = [s.startMs, s.endMs];
  const audio = row?.audio
    ? { url: `/api/texts/${encodeURIComponent(text.id)}/audio?v=${row.audio.createdAt.getTime()}`, mimeType: row.audio.mimeType }
    : null;
  const canMarkTimings = audio !== null && text.ownerId === actor.id && timed.length === 0;
  const pages = audio
    ? await db.sentence.groupBy({ by: ["page"], where: { textId: text.id }, _min: { index: true }, orderBy: { page: "asc" } })
    : [];
  const pageStarts = pages.map((p) => p._min.index ?? 0);
  return { textId: text.id, author: row?.author ?? null, sections, timings, pageStarts, audio, canMarkTimings, dictionaries };
}
