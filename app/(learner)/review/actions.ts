"use server";
// Server actions of the review screen. Each one: authenticate, parse,
// then call the data layer, which authorizes (the card must be the actor's)
// and acts. They return the fresh session so the screen never guesses.
import { cookies } from "next/headers";
import { getActor } from "@/lib/server/auth";
import { isDemoMode } from "@/lib/env";
import { isAppError } from "@/lib/server/errors";
import { answerReview } from "@/lib/server/data/answer-review";
import { undoLastReview } from "@/lib/server/data/undo-last-review";
import { setCardType } from "@/lib/server/data/set-card-type";
import { getReviewSession, type ReviewSessionView } from "@/lib/server/data/get-review-session";
import { CLOCK_COOKIE, resolveReviewClock } from "@/lib/server/clock/resolve-review-clock";
import { answerReviewSchema, setCardTypeSchema, undoReviewSchema } from "@/lib/validation/review";

export type ReviewActionResult =
  | {
      ok: true;
      session: ReviewSessionView;
      answer?: { status: "applied" | "duplicate"; due: string; intervalLabel: string };
    }
  | { ok: false; message: string; needsSignIn?: boolean };

async function reviewNow(): Promise<Date> {
  const jar = await cookies();
  return resolveReviewClock(jar.get(CLOCK_COOKIE)?.value, { isDemoMode });
}

function toFailure(error: unknown): ReviewActionResult {
  if (isAppError(error)) return { ok: false, message: error.message, needsSignIn: error.code === "UNAUTHORIZED" };
  console.error("review action failed", error);
  return { ok: false, message: "That didn't work. Please try again." };
}

const SIGNED_OUT: ReviewActionResult = {
  ok: false,
  message: "Your session has ended. Please sign in again.",
  needsSignIn: true,
};
const BAD_INPUT: ReviewActionResult = {
  ok: false,
  message: "That request was not understood. Reload the page and try again.",
};

export async function answerReviewAction(input: unknown): Promise<ReviewActionResult> {
  const actor = await getActor();
  if (!actor) return SIGNED_OUT;
  const parsed = answerReviewSchema.safeParse(input);
  if (!parsed.success) return BAD_INPUT;
  try {
    const now = await reviewNow();
    const answer = await answerReview(actor, parsed.data, now);
    const session = await getReviewSession(actor, now);
    return {
      ok: true,
      session,
      answer: { status: answer.status, due: answer.due.toISOString(), intervalLabel: answer.intervalLabel },
    };
  } catch (error) {
    return toFailure(error);
  }
}

export async function undoReviewAction(input: unknown): Promise<ReviewActionResult> {
  const actor = await getActor();
  if (!actor) return SIGNED_OUT;
  const parsed = undoReviewSchema.safeParse(input);
  if (!parsed.success) return BAD_INPUT;
  try {
    const now = await reviewNow();
    const undone = await undoLastReview(actor, parsed.data);
    return { ok: true, session: await getReviewSession(actor, now, { preferCardId: undone.cardId ?? undefined }) };
  } catch (error) {
    return toFailure(error);
  }
}

export async function setCardTypeAction(input: unknown): Promise<ReviewActionResult> {
  const actor = await getActor();
  if (!actor) return SIGNED_OUT;
  const parsed = setCardTypeSchema.safeParse(input);
  if (!parsed.success) return BAD_INPUT;
  try {
    const now = await reviewNow();
    await setCardType(actor, parsed.data);
    return { ok: true, session: await getReviewSession(actor, now, { preferCardId: parsed.data.cardId }) };
  } catch (error) {
    return toFailure(error);
  }
}
