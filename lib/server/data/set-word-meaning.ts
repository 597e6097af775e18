import "server-only";
import { db } from "../db";
import { notFoundError } from "../errors";
import type { Actor } from "../actor";
import type { WordMeaningInput } from "@/lib/validation/reading";
import { LearningStatus } from "@/generated/prisma/enums";

/** The learner's own meaning for a word (shown in the reader and on its card). */
export async function setWordMeaning(actor: Actor, input: WordMeaningInput) {
  const { lexemeId, meaning } = input;
  const lexeme = await db.lexeme.findUnique({ where: { id: lexemeId }, select: { id: true } });
  if (!lexeme) throw notFoundError("That word");
  const userMeaning = meaning || null;
  await db.$transaction([
    db.wordStatus.upsert({
      where: { userId_lexemeId: { userId: actor.id, lexemeId } },
      create: { userId: actor.id, lexemeId, status: LearningStatus.NEW, userMeaning },
      update: { userMeaning },
    }),
    db.card.updateMany({ where: { userId: actor.id, lexemeId }, data: { userMeaning } }),
  ]);
  return { lexemeId, meaning: userMeaning };
}
