import "server-only";
import { parseInput } from "./parse-input";
import type { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { db } from "../db";
import { AppError, notFoundError } from "../errors";
import type { Actor } from "../actor";
import { cardFsrsSelect, toCardColumns, toSchedulingCard } from "../mappers/card";
import { fromStatusCode, toStatusCode } from "../mappers/word-status";
import { applyRating, formatIntervalLabel } from "@/lib/core/srs/scheduler";
import { RATING_CODE } from "./review-ratings";
import { updateStatusAfterReview } from "@/lib/core/srs/status";
import {
  answerReviewSchema,
  type AnswerReviewInput,
} from "@/lib/validation/review";
import {
  ownedCardWhere,
  schedulingUserSelect,
  toSchedulingUser,
} from "./review-access";

export interface AnswerResult {
  /** "duplicate": this clientId was answered before; nothing changed. */
  status: "applied" | "duplicate";
  cardId: string;
  clientId: string;
  due: Date;
  intervalLabel: string;
}

const cardSelect = {
  id: true,
  lexemeId: true,
  isLeech: true,
  ...cardFsrsSelect,
  user: { select: schedulingUserSelect },
} as const satisfies Prisma.CardSelect;

// Raised inside the transaction when another answer changed the card first.
class CardChangedError extends Error {}

const MAX_ATTEMPTS = 3;

type AnswerReviewData = z.output<typeof answerReviewSchema>;

async function findPreviousAnswer(
  actor: Actor,
  clientId: string,
  cardId: string,
): Promise<AnswerResult | null> {
  const log = await db.reviewLog.findUnique({
    where: { userId_clientId: { userId: actor.id, clientId } },
    select: { cardId: true, dueAfter: true, reviewedAt: true },
  });
  if (!log) return null;
  if (log.cardId !== cardId)
    throw new AppError(
      "CONFLICT",
      "This answer id was already used for another card.",
    );
  return {
    status: "duplicate",
    cardId,
    clientId,
    due: log.dueAfter,
    intervalLabel: formatIntervalLabel(
      log.dueAfter.getTime() - log.reviewedAt.getTime(),
    ),
  };
}

/**
 * Answers a card: the card's new FSRS state, a ReviewLog with the state
 * before (for undo and the optimiser) and the word status, in one
 * transaction. The same `clientId` twice is applied once (a double-submitted
 * answer returns "duplicate"). Foreign and unknown cards are NOT_FOUND.
 *
 * @example
 * await answerReview(actor, { cardId, clientId: crypto.randomUUID(), rating: "good" });
 */
export async function answerReview(
  actor: Actor,
  input: AnswerReviewInput,
  now: Date = new Date(),
): Promise<AnswerResult> {
  const { cardId, clientId, rating, durationMs } = parseInput(
    answerReviewSchema,
    input,
  );

  // A lost race (another answer changed the card, or the same answer was
  // stored first) is retried from the top: the retry either finds this
  // answer already stored (duplicate) or applies it to the card's new state.
  for (let attempt = 1; ; attempt++) {
    const previous = await findPreviousAnswer(actor, clientId, cardId);
    if (previous) return previous;
    try {
      return await applyAnswer(
        actor,
        { cardId, clientId, rating, durationMs },
        now,
      );
    } catch (error) {
      const isRace =
        error instanceof CardChangedError ||
        (error instanceof Prisma.PrismaClientKnownRequestError &&
          error.code === "P2002");
      if (!isRace) throw error;
      if (attempt >= MAX_ATTEMPTS) {
        throw new AppError(
          "CONFLICT",
          "This card was just answered elsewhere. Reload to continue.",
        );
      }
    }
  }
}

async function applyAnswer(
  actor: Actor,
  { cardId, clientId, rating, durationMs }: AnswerReviewData,
  now: Date,
): Promise<AnswerResult> {
  return db.$transaction(async (tx) => {
    const card = await tx.card.findFirst({
      where: { id: cardId, ...ownedCardWhere(actor) },
      select: cardSelect,
    });
    if (!card) throw notFoundError("That card");
    const { settings } = toSchedulingUser(card.user);
    const before = toSchedulingCard(card);
    const { card: after } = applyRating(before, rating, now, settings);

    const wordStatus = await tx.wordStatus.findUnique({
      where: { userId_lexemeId: { userId: actor.id, lexemeId: card.lexemeId } },
      select: { status: true, isManual: true },
    });
    const currentStatus = wordStatus
      ? fromStatusCode(wordStatus.status)
      : "new";
    const status = updateStatusAfterReview({
      current: currentStatus,
      isManual: wordStatus?.isManual ?? false,
      card: {
        state: after.state,
        stability: after.stability,
        lapses: after.lapses,
      },
    });

    // Guarded on the state we computed from: a concurrent answer to the same
    // card makes this match nothing instead of overwriting it.
    const updated = await tx.card.updateMany({
      where: {
        id: card.id,
        ...ownedCardWhere(actor),
        reps: card.reps,
        due: card.due,
      },
      data: {
        ...toCardColumns(after),
        isLeech: card.isLeech || status.isLeech,
      },
    });
    if (updated.count !== 1) throw new CardChangedError();

    await tx.reviewLog.create({
      data: {
        userId: actor.id,
        cardId: card.id,
        clientId,
        rating: RATING_CODE[rating],
        reviewedAt: now,
        durationMs: durationMs ?? null,
        stateBefore: card.state,
        dueBefore: card.due,
        stabilityBefore: card.stability,
        difficultyBefore: card.difficulty,
        elapsedDaysBefore: card.elapsedDays,
        scheduledDaysBefore: card.scheduledDays,
        learningStepsBefore: card.learningSteps,
        repsBefore: card.reps,
        lapsesBefore: card.lapses,
        lastReviewBefore: card.lastReview,
        stateAfter: toCardColumns(after).state,
        dueAfter: after.due,
        stabilityAfter: after.stability,
      },
    });

    const fromCode = wordStatus?.status ?? toStatusCode("new");
    const toCode = toStatusCode(status.status);
    if (
      !wordStatus ||
      fromCode !== toCode ||
      wordStatus.isManual !== status.isManual
    ) {
      await tx.wordStatus.upsert({
        where: {
          userId_lexemeId: { userId: actor.id, lexemeId: card.lexemeId },
        },
        create: {
          userId: actor.id,
          lexemeId: card.lexemeId,
          status: toCode,
          isManual: status.isManual,
        },
        update: { status: toCode, isManual: status.isManual },
      });
    }
    if (fromCode !== toCode) {
      // `at` = the answer's time, which is how undo finds (and removes) this event.
      await tx.wordStatusEvent.create({
        data: {
          userId: actor.id,
          lexemeId: card.lexemeId,
          fromStatus: fromCode,
          toStatus: toCode,
          at: now,
        },
      });
    }
    return {
      status: "applied" as const,
      cardId: card.id,
      clientId,
      due: after.due,
      intervalLabel: formatIntervalLabel(after.due.getTime() - now.getTime()),
    };
  });
}
