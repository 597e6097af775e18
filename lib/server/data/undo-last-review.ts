import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import type { Actor } from "../actor";
import { fromStateCode } from "../mappers/card";
import { toStoredStatus } from "../mappers/word-status";
import { isLeech, statusFromCard } from "@/lib/core/srs/status";
import type { UndoReviewInput } from "@/lib/validation/review";
import { ownedCardWhere, ownedReviewLogWhere } from "../access/review-access";

export interface UndoResult {
  /** "already-undone": that answer no longer exists (a repeated undo); nothing changed. */
  status: "undone" | "already-undone";
  cardId: string | null;
}

/**
 * Takes back the actor's most recent answer: the card gets exactly the FSRS
 * state stored in the log ("before" columns), the log row is deleted, and a
 * word status the answer changed goes back to what it was. Only the most
 * recent answer can be undone (CONFLICT otherwise), so undo never skips over
 * a later answer; undoing the same answer twice is a no-op.
 *
 * @example
 * const answer = await answerReview(actor, { cardId, clientId, rating: "again" });
 * await undoLastReview(actor, { clientId }); // card as before the answer
 */
export async function undoLastReview(actor: Actor, input: UndoReviewInput): Promise<UndoResult> {
  const { clientId } = input;
  return db.$transaction(async (tx) => {
    const last = await tx.reviewLog.findFirst({
      where: ownedReviewLogWhere(actor),
      orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
    });
    if (!last || last.clientId !== clientId) {
      const target = await tx.reviewLog.findUnique({
        where: { userId_clientId: { userId: actor.id, clientId } },
        select: { id: true },
      });
      if (!target) return { status: "already-undone" as const, cardId: null };
      throw new AppError("CONFLICT", "Only your most recent answer can be undone.");
    }
    const card = await tx.card.findFirst({
      where: { id: last.cardId, ...ownedCardWhere(actor) },
      select: { id: true, lexemeId: true, isLeech: true },
    });
    if (!card) throw new AppError("CONFLICT", "That card no longer exists.");

    await tx.card.update({
      where: { id: card.id },
      data: {
        state: last.stateBefore,
        due: last.dueBefore,
        stability: last.stabilityBefore,
        difficulty: last.difficultyBefore,
        elapsedDays: last.elapsedDaysBefore,
        scheduledDays: last.scheduledDaysBefore,
        learningSteps: last.learningStepsBefore,
        reps: last.repsBefore,
        lapses: last.lapsesBefore,
        lastReview: last.lastReviewBefore,
        // Reviews only ever set the flag by lapse count, so the lapses before decide it.
        isLeech: card.isLeech && isLeech({ lapses: last.lapsesBefore }),
      },
    });
    await tx.reviewLog.delete({ where: { id: last.id } });

    // answerReview records a status change as an event at the answer's time.
    const event = await tx.wordStatusEvent.findFirst({
      where: { userId: actor.id, lexemeId: card.lexemeId, at: last.reviewedAt },
      orderBy: { id: "desc" },
    });
    if (event) {
      // A status equal to what the earlier card state implies came from
      // reviews; anything else was the learner's own setting.
      const derivedBefore = toStoredStatus(
        statusFromCard({ state: fromStateCode(last.stateBefore), stability: last.stabilityBefore, lapses: last.lapsesBefore }),
      );
      await tx.wordStatus.updateMany({
        where: { userId: actor.id, lexemeId: card.lexemeId, status: event.toStatus },
        data: {
          status: event.fromStatus,
          isManual: event.fromStatus !== toStoredStatus("new") && event.fromStatus !== derivedBefore,
        },
      });
      await tx.wordStatusEvent.delete({ where: { id: event.id } });
    }
    return { status: "undone" as const, cardId: card.id };
  });
}
