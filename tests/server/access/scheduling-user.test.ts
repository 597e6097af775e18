// loadSchedulingUser reads the settings with one raw statement (it runs on every page); answerReview and the
// data export read the same columns through schedulingUserSelect. Both must give the same settings.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { loadSchedulingUser, schedulingUserSelect, toSchedulingUser } from "@/lib/server/access/review-access";
import { makeUser } from "../../helpers/factories";
import { expectAppError } from "../../helpers/expect-app-error";

describe("loadSchedulingUser", () => {
  it("reads every scheduling setting as the Prisma select does, none of them left at its default", async () => {
    const actor = await makeUser("LEARNER", {
      timeZone: "Europe/Berlin",
      dayStartHour: 6,
      newCardsPerDay: 7,
      maxReviewsPerDay: 55,
    });
    const weights = Array.from({ length: 21 }, (_, i) => Math.round((i + 1) * 37) / 100);
    await db.user.update({
      where: { id: actor.id },
      data: { desiredRetention: 0.85, learningSteps: "2m 15m 1h", enableFuzz: false, fsrsWeights: weights },
    });

    const loaded = await loadSchedulingUser(actor);
    const viaPrisma = toSchedulingUser(
      await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: schedulingUserSelect }),
    );

    expect(loaded).toEqual(viaPrisma);
    expect(loaded).toMatchObject({
      timeZone: "Europe/Berlin",
      dayStartHour: 6,
      newCardsPerDay: 7,
      maxReviewsPerDay: 55,
    });
    expect(loaded.settings).toMatchObject({
      desiredRetention: 0.85,
      learningSteps: ["2m", "15m", "1h"],
      enableFuzz: false,
      weights,
    });
  });

  it("treats a session whose user is gone as signed out", async () => {
    const actor = await makeUser();
    await db.user.delete({ where: { id: actor.id } });
    await expectAppError(loadSchedulingUser(actor), "UNAUTHORIZED");
  });
});
