// Authorization matrix: a learner can neither see nor change another learner's cards, answers or jobs.
import { describe, expect, it } from "vitest";
import { answerReview } from "@/lib/server/data/answer-review";
import { undoLastReview } from "@/lib/server/data/undo-last-review";
import { getReviewSession } from "@/lib/server/data/get-review-session";
import { countDueCards } from "@/lib/server/data/count-due-cards";
import { setCardType } from "@/lib/server/data/set-card-type";
import { getOptimizerJob } from "@/lib/server/data/get-optimizer-job";
import { db } from "@/lib/server/db";
import { makeUser } from "../../helpers/factories";
import { makeCard, newClientId } from "./factories";
import { expectAppError } from "../../helpers/expect-app-error";

describe("review access", () => {
  it("answers 404 for another learner's card and leaves it untouched", async () => {
    const owner = await makeUser();
    const other = await makeUser();
    const card = await makeCard(owner);
    const now = new Date("2025-06-10T08:00:00Z");

    await expectAppError(
      answerReview(other, { cardId: card.id, clientId: newClientId(), rating: "good" }, now),
      "NOT_FOUND",
    );
    await expectAppError(
      answerReview(other, { cardId: "does-not-exist", clientId: newClientId(), rating: "good" }, now),
      "NOT_FOUND",
    );
    await expectAppError(setCardType(other, { cardId: card.id, cardType: "RECALL" }), "NOT_FOUND");
    expect((await getReviewSession(other, now)).current).toBeNull();
    expect(await countDueCards(other, now)).toBe(0);

    const row = await db.card.findUniqueOrThrow({ where: { id: card.id }, select: { reps: true, cardType: true } });
    expect(row).toEqual({ reps: 0, cardType: "AUTO" });
    expect(await db.reviewLog.count({ where: { cardId: card.id } })).toBe(0);

    // The owner still can.
    expect((await getReviewSession(owner, now)).current?.id).toBe(card.id);
    await setCardType(owner, { cardId: card.id, cardType: "RECALL" });
    expect((await answerReview(owner, { cardId: card.id, clientId: newClientId(), rating: "good" }, now)).status).toBe(
      "applied",
    );
  });

  it("cannot undo another learner's answer, even knowing its client id", async () => {
    const owner = await makeUser();
    const other = await makeUser();
    const card = await makeCard(owner);
    const clientId = newClientId();
    await answerReview(owner, { cardId: card.id, clientId, rating: "good" });
    expect(await undoLastReview(other, { clientId })).toEqual({ status: "already-undone", cardId: null });
    expect(await db.reviewLog.count({ where: { cardId: card.id } })).toBe(1);
  });

  it("lets the same client id be used by two learners independently", async () => {
    const [a, b] = [await makeUser(), await makeUser()];
    const [cardA, cardB] = [await makeCard(a), await makeCard(b)];
    const clientId = newClientId();
    expect((await answerReview(a, { cardId: cardA.id, clientId, rating: "good" })).status).toBe("applied");
    expect((await answerReview(b, { cardId: cardB.id, clientId, rating: "good" })).status).toBe("applied");
  });

  it("answers 404 for another learner's optimiser job", async () => {
    const owner = await makeUser();
    const other = await makeUser();
    const job = await db.optimizerJob.create({ data: { userId: owner.id } });
    expect((await getOptimizerJob(owner, job.id)).status).toBe("QUEUED");
    await expectAppError(getOptimizerJob(other, job.id), "NOT_FOUND");
    await expectAppError(getOptimizerJob(other, ""), "NOT_FOUND");
  });
});
