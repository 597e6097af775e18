import "server-only";
import { db } from "../db";
import { notFoundError } from "../errors";
import type { Actor } from "../actor";
import { getReadableSentence } from "./get-readable-sentence";
import { LearningStatus } from "@/generated/prisma/enums";
import { buildCardContent } from "@/lib/core/words/card-content";
import { findClassCorrections } from "./find-class-corrections";
import type { ReaderCardInput } from "@/lib/validation/reading";

/**
 * "Add to review" in the reader: a new card for the word at a token, with its
 * sentence as context. A word already on a card is not added twice. A new
 * word becomes status 1 (learning), as in LingQ.
 */
export async function createReaderCard(actor: Actor, input: ReaderCardInput, now = new Date()) {
  const { textId, sentenceIndex, tokenIndex } = input;
  const sentence = await getReadableSentence(actor, textId, sentenceIndex);
  const { tokens } = sentence;
  const lexemeId = tokens[tokenIndex]?.lx;
  // The card's back is the gloss the reader showed: the class's correction, else the owner's.
  const [override, classCorrections] = lexemeId
    ? await Promise.all([
        db.glossOverride.findUnique({ where: { textId_lexemeId: { textId, lexemeId } }, select: { gloss: true } }),
        findClassCorrections(actor, textId, { lexemeIds: [lexemeId], sentenceIds: [] }),
      ])
    : [null, null];
  const classGloss = lexemeId ? classCorrections?.glossByLexeme.get(lexemeId) : undefined;
  const content = buildCardContent(sentence, tokenIndex, classGloss ?? override?.gloss);
  if (!content || !lexemeId) throw notFoundError("That word");

  return db.$transaction(async (tx) => {
    const existing = await tx.card.findUnique({ where: { userId_lexemeId: { userId: actor.id, lexemeId } }, select: { id: true } });
    if (existing) return { cardId: existing.id, lexemeId, created: false };
    const status = await tx.wordStatus.findUnique({
      where: { userId_lexemeId: { userId: actor.id, lexemeId } },
      select: { status: true, userMeaning: true },
    });
    const card = await tx.card.create({
      data: {
        userId: actor.id,
        lexemeId,
        sentenceId: sentence.id,
        ...content,
        userMeaning: status?.userMeaning ?? null,
        due: now,
        createdAt: now,
        origin: "READER",
      },
      select: { id: true },
    });
    if (!status || status.status === LearningStatus.NEW) {
      await tx.wordStatus.upsert({
        where: { userId_lexemeId: { userId: actor.id, lexemeId } },
        create: { userId: actor.id, lexemeId, status: LearningStatus.LEARNING_1, isManual: false },
        update: { status: LearningStatus.LEARNING_1, isManual: false },
      });
      await tx.wordStatusEvent.create({ data: { userId: actor.id, lexemeId, fromStatus: LearningStatus.NEW, toStatus: LearningStatus.LEARNING_1, at: now } });
    }
    return { cardId: card.id, lexemeId, created: true };
  });
}
