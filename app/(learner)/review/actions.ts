"use server";
// Server actions of the review screen, through authedAction: the use case
// authorises (the card must be the actor's) and acts; each returns the fresh
// session so the screen never guesses.
import { cookies } from "next/headers";
import { isDemoMode } from "@/lib/env";
import { authedAction } from "@/lib/server/action";
import { answerReview } from "@/lib/server/data/answer-review";
import { undoLastReview } from "@/lib/server/data/undo-last-review";
import { setCardType } from "@/lib/server/data/set-card-type";
import { getReviewSession, type ReviewSessionView } from "@/lib/server/data/get-review-session";
import { CLOCK_COOKIE, resolveReviewClock } from "@/lib/server/clock/resolve-review-clock";
import { answerReviewSchema, setCardTypeSchema, undoReviewSchema } from "@/lib/validation/review";

export interface ReviewStep {
  session: ReviewSessionView;
  answer?: { status: "applied" | "duplicate"; due: string; intervalLabel: string };
}

async function reviewNow(): Promise<Date> {
  const jar = await cookies();
  return resolveReviewClock(jar.get(CLOCK_COOKIE)?.value, { isDemoMode });
}

export const answerReviewAction = authedAction(answerReviewSchema, async (actor, input): Promise<ReviewStep> => {
  const now = await reviewNow();
  const answer = await answerReview(actor, input, now);
  return {
    session: await getReviewSession(actor, now),
    answer: { status: answer.status, due: answer.due.toISOString(), intervalLabel: answer.intervalLabel },
  };
});

export const undoReviewAction = authedAction(undoReviewSchema, async (actor, input): Promise<ReviewStep> => {
  const now = await reviewNow();
  const undone = await undoLastReview(actor, input);
  return { session: await getReviewSession(actor, now, { preferCardId: undone.cardId ?? undefined }) };
});

export const setCardTypeAction = authedAction(setCardTypeSchema, async (actor, input): Promise<ReviewStep> => {
  const now = await reviewNow();
  await setCardType(actor, input);
  return { session: await getReviewSession(actor, now, { preferCardId: input.cardId }) };
});
