import "server-only";
import { db } from "../db";
import { notFoundError } from "../errors";
import type { Actor } from "../actor";
import { getReadableText } from "./get-readable-text";
import type { WordStatusInput } from "@/lib/validation/reading";
import { LearningStatus } from "@/generated/prisma/enums";
import { toLearningStatus } from "../mappers/word-status";

/**
 * Sets the learner's status for a lexeme met in a readable text (every form
 * of the word takes it). Records the change for progress over time.
 */
export async function setWordStatus(actor: Actor, input: WordStatusInput, now = new Date()) {
  const { textId, lexemeId } = input;
  const status = toLearningStatus(input.status);
  await getReadableText(actor, textId);
  const inText = await db.textLexeme.findUnique({ where: { textId_lexemeId: { textId, lexemeId } }, select: { lexemeId: true } });
  if (!inText) throw notFoundError("That word");
  return db.$transaction(async (tx) => {
    const previous = await tx.wordStatus.findUnique({
      where: { userId_lexemeId: { userId: actor.id, lexemeId } },
      select: { status: true },
    });
    const fromStatus = previous?.status ?? LearningStatus.NEW;
    await tx.wordStatus.upsert({
      where: { userId_lexemeId: { userId: actor.id, lexemeId } },
      create: { userId: actor.id, lexemeId, status, isManual: true },
      update: { status, isManual: true },
    });
    if (fromStatus !== status) {
      await tx.wordStatusEvent.create({ data: { userId: actor.id, lexemeId, fromStatus, toStatus: status, at: now } });
    }
    return { lexemeId, status: input.status };
  });
}
