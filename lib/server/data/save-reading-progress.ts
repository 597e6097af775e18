import "server-only";
import { db } from "../db";
import type { Actor } from "../actor";
import { getReadableText } from "./get-readable-text";
import type { ReadingProgressInput } from "@/lib/validation/reading";
import type { StoredToken } from "@/lib/core/import/stored-token";

/**
 * Saves where the learner is and adds active reading time. Words read are the
 * words of sentences reached for the first time (moving back counts nothing).
 */
export async function saveReadingProgress(actor: Actor, input: ReadingProgressInput, now = new Date()) {
  const { textId, sentenceIndex: requested, seconds } = input;
  const text = await getReadableText(actor, textId);
  const sentenceIndex = Math.min(requested, Math.max(0, text.sentenceCount - 1));
  return db.$transaction(async (tx) => {
    const previous = await tx.readingProgress.findUnique({
      where: { userId_textId: { userId: actor.id, textId } },
      select: { maxSentence: true },
    });
    const from = previous ? previous.maxSentence + 1 : 0;
    let wordsRead = 0;
    if (sentenceIndex >= from) {
      const reached = await tx.sentence.findMany({
        where: { textId, index: { gte: from, lte: sentenceIndex } },
        select: { tokens: true },
      });
      for (const s of reached) wordsRead += (s.tokens as unknown as StoredToken[]).filter((t) => t.kind === "word").length;
    }
    const maxSentence = Math.max(previous?.maxSentence ?? -1, sentenceIndex);
    const progress = await tx.readingProgress.upsert({
      where: { userId_textId: { userId: actor.id, textId } },
      create: { userId: actor.id, textId, sentenceIndex, maxSentence, secondsSpent: seconds, wordsRead, lastReadAt: now },
      update: {
        sentenceIndex,
        maxSentence,
        secondsSpent: { increment: seconds },
        wordsRead: { increment: wordsRead },
        lastReadAt: now,
      },
      select: { sentenceIndex: true, maxSentence: true, secondsSpent: true, wordsRead: true },
    });
    if (seconds > 0 || wordsRead > 0) {
      await tx.readingEvent.create({ data: { userId: actor.id, textId, at: now, seconds, wordsRead } });
    }
    return progress;
  });
}
