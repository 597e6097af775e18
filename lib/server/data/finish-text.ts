import "server-only";
import { db } from "../db";
import type { Actor } from "../actor";
import { getReadableText } from "./get-readable-text";
import { saveReadingProgress } from "./save-reading-progress";
import type { FinishTextInput } from "@/lib/validation/reading";
import { NOT_A_WORD_POS } from "@/lib/core/words/countable";
import { LearningStatus } from "@/generated/prisma/enums";

const { NEW, KNOWN } = LearningStatus;

/**
 * "Finish text": records the text as read to the end and, when asked, marks
 * every word of it the learner has not touched (still new) as known — as
 * LingQ does when you page on. Names are left alone.
 */
export async function finishText(actor: Actor, input: FinishTextInput, now = new Date()) {
  const { textId, markKnown } = input;
  const text = await getReadableText(actor, textId);
  await saveReadingProgress(actor, { textId, sentenceIndex: Math.max(0, text.sentenceCount - 1), seconds: 0 }, now);
  let markedKnown = 0;
  await db.$transaction(async (tx) => {
    if (markKnown) {
      const untouched = await tx.textLexeme.findMany({
        where: {
          textId,
          lexeme: { pos: { notIn: [...NOT_A_WORD_POS] }, wordStatuses: { none: { userId: actor.id, status: { not: NEW } } } },
        },
        select: { lexemeId: true },
      });
      const ids = untouched.map((u) => u.lexemeId);
      markedKnown = ids.length;
      if (ids.length) {
        await tx.wordStatus.deleteMany({ where: { userId: actor.id, lexemeId: { in: ids }, status: NEW, userMeaning: null } });
        await tx.wordStatus.updateMany({ where: { userId: actor.id, lexemeId: { in: ids } }, data: { status: KNOWN, isManual: true } });
        await tx.wordStatus.createMany({
          data: ids.map((lexemeId) => ({ userId: actor.id, lexemeId, status: KNOWN, isManual: true })),
          skipDuplicates: true,
        });
        await tx.wordStatusEvent.createMany({
          data: ids.map((lexemeId) => ({ userId: actor.id, lexemeId, fromStatus: NEW, toStatus: KNOWN, at: now })),
        });
      }
    }
    await tx.readingProgress.update({
      where: { userId_textId: { userId: actor.id, textId } },
      data: { finishedAt: now },
    });
  });
  return { markedKnown };
}
