import "server-only";
import { db } from "../db";
import type { Actor } from "../actor";
import { getReadableText } from "./get-readable-text";
import type { ReadingProgressInput } from "@/lib/validation/reading";
import { toStoredTokens } from "../mappers/stored-tokens";
import { isLookup } from "@/lib/core/progress/figure-definitions";

/**
 * Saves where the learner is and adds active reading time. Words read are the
 * words of sentences reached for the first time (moving back counts nothing).
 * Look-ups made since the last report come along: those that count
 * (isLookup) for words of this text are recorded.
 */
export async function saveReadingProgress(actor: Actor, input: ReadingProgressInput, now = new Date()) {
  const { textId, sentenceIndex: requested, seconds } = input;
  const text = await getReadableText(actor, textId);
  const lookedUp = [...new Set((input.lookups ?? []).filter(isLookup).map((l) => l.lexemeId))];
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
      for (const s of reached) wordsRead += toStoredTokens(s.tokens).filter((t) => t.kind === "word").length;
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
    let lookupsRecorded = 0;
    if (lookedUp.length > 0) {
      const inText = await tx.textLexeme.findMany({
        where: { textId, lexemeId: { in: lookedUp } },
        select: { lexemeId: true },
      });
      const created = await tx.lookupEvent.createMany({
        data: inText.map(({ lexemeId }) => ({ userId: actor.id, lexemeId, textId, at: now })),
      });
      lookupsRecorded = created.count;
    }
    return { ...progress, lookupsRecorded };
  });
}
