import { describe, expect, it } from "vitest";
import { answerReview } from "@/lib/server/data/answer-review";
import { getReviewSession } from "@/lib/server/data/get-review-session";
import { countDueCards } from "@/lib/server/data/count-due-cards";
import { resolveReviewClock } from "@/lib/server/clock/resolve-review-clock";
import { db } from "@/lib/server/db";
import { makeUser } from "../../helpers/factories";
import { makeCard, makeCards, newClientId } from "./factories";

describe("daily limits", () => {
  it("offers new cards up to the daily limit, counting the ones already started today", async () => {
    const actor = await makeUser("LEARNER", { newCardsPerDay: 2, timeZone: "UTC", dayStartHour: 4 });
    await makeCards(actor, 5);
    const now = new Date("2025-06-10T08:00:00Z");
    let session = await getReviewSession(actor, now);
    expect(session.remaining).toMatchObject({ new: 2, review: 0, total: 2 });

    await answerReview(actor, { cardId: session.current!.id, clientId: newClientId(), rating: "easy" }, now);
    session = await getReviewSession(actor, now);
    expect(session.remaining.new).toBe(1);
    await answerReview(actor, { cardId: session.current!.id, clientId: newClientId(), rating: "easy" }, now);
    session = await getReviewSession(actor, now);
    expect(session.current).toBeNull();
    expect(session.answeredToday).toBe(2);

    // A new study day brings the next two.
    expect(await countDueCards(actor, new Date("2025-06-11T08:00:00Z"))).toBe(2);
  });

  it("caps reviews per day, most overdue first, and gives new cards only what the cap leaves", async () => {
    const actor = await makeUser("LEARNER", {
      maxReviewsPerDay: 3,
      newCardsPerDay: 10,
      timeZone: "UTC",
      dayStartHour: 0,
    });
    const reviewState = {
      state: "REVIEW" as const,
      stability: 5,
      difficulty: 5,
      reps: 3,
      lastReview: new Date("2025-06-01T08:00:00Z"),
    };
    const overdue = [];
    for (let day = 1; day <= 5; day++) {
      overdue.push(await makeCard(actor, { ...reviewState, due: new Date(`2025-06-0${day}T08:00:00Z`) }));
    }
    await makeCards(actor, 3);
    const now = new Date("2025-06-10T08:00:00Z");
    const session = await getReviewSession(actor, now);
    expect(session.remaining).toMatchObject({ review: 3, new: 0, total: 3 });
    expect(session.current?.id).toBe(overdue[0]!.id);
    expect(session.current?.kind).toBe("review");
  });

  it("interleaves new cards among reviews, the most overdue review first", async () => {
    const actor = await makeUser("LEARNER", { newCardsPerDay: 1, timeZone: "UTC", dayStartHour: 0 });
    await makeCards(actor, 2);
    const reviewState = {
      state: "REVIEW" as const,
      stability: 5,
      difficulty: 5,
      reps: 3,
      lastReview: new Date("2025-06-01T08:00:00Z"),
    };
    const reviews = [];
    for (let day = 5; day <= 8; day++) {
      reviews.push(await makeCard(actor, { ...reviewState, due: new Date(`2025-06-0${day}T08:00:00Z`) }));
    }
    const now = new Date("2025-06-10T08:00:00Z");
    const order: string[] = [];
    for (;;) {
      const session = await getReviewSession(actor, now);
      if (!session.current) break;
      if (order.length === 0) expect(session.remaining).toMatchObject({ review: 4, new: 1, total: 5 });
      order.push(session.current.kind);
      await answerReview(actor, { cardId: session.current.id, clientId: newClientId(), rating: "easy" }, now);
    }
    expect(order).toEqual(["review", "review", "new", "review", "review"]);
  });

  it("brings a learning card back within the session after its short step", async () => {
    const actor = await makeUser("LEARNER", { timeZone: "UTC", dayStartHour: 4 });
    const card = await makeCard(actor);
    const now = new Date("2025-06-10T08:00:00Z");
    await answerReview(actor, { cardId: card.id, clientId: newClientId(), rating: "good" }, now);
    const session = await getReviewSession(actor, now);
    expect(session.current?.id).toBe(card.id);
    expect(session.current?.kind).toBe("learning");
  });
});

describe("time zone and day start", () => {
  // Berlin is UTC+2 in June; the study day starts at 04:00 Berlin = 02:00 UTC.
  it("counts a card due before the learner's next day start as due today", async () => {
    const actor = await makeUser("LEARNER", { timeZone: "Europe/Berlin", dayStartHour: 4 });
    const reviewState = {
      state: "REVIEW" as const,
      stability: 5,
      difficulty: 5,
      reps: 3,
      lastReview: new Date("2025-06-01T08:00:00Z"),
    };
    const beforeBoundary = await makeCard(actor, { ...reviewState, due: new Date("2025-06-10T01:30:00Z") });
    await makeCard(actor, { ...reviewState, due: new Date("2025-06-10T02:30:00Z") });
    // 22:00 Berlin on June 9: 03:30 Berlin the next night still belongs to "June 9".
    const evening = new Date("2025-06-09T20:00:00Z");
    const session = await getReviewSession(actor, evening);
    expect(session.today).toBe("2025-06-09");
    expect(session.remaining.review).toBe(1);
    expect(session.current?.id).toBe(beforeBoundary.id);
    // 03:59 Berlin is still June 9; 04:00 Berlin starts June 10 and brings the second card.
    expect(await countDueCards(actor, new Date("2025-06-10T01:59:00Z"))).toBe(1);
    expect(await countDueCards(actor, new Date("2025-06-10T02:00:00Z"))).toBe(2);
  });

  it("counts answers given after midnight but before the day start against the previous day", async () => {
    const actor = await makeUser("LEARNER", { timeZone: "Europe/Berlin", dayStartHour: 4, newCardsPerDay: 1 });
    const [first] = await makeCards(actor, 3, { createdAt: new Date("2025-06-09T06:00:00Z") });
    // 03:00 Berlin on June 10 = still study day June 9.
    const lateNight = new Date("2025-06-10T01:00:00Z");
    await answerReview(actor, { cardId: first!.id, clientId: newClientId(), rating: "easy" }, lateNight);
    expect(await countDueCards(actor, new Date("2025-06-10T01:30:00Z"))).toBe(0);
    expect(await countDueCards(actor, new Date("2025-06-10T02:00:00Z"))).toBe(1);
  });

  it("uses the same boundaries in another zone (New York, day start midnight)", async () => {
    const actor = await makeUser("LEARNER", { timeZone: "America/New_York", dayStartHour: 0 });
    const reviewState = {
      state: "REVIEW" as const,
      stability: 5,
      difficulty: 5,
      reps: 3,
      lastReview: new Date("2025-06-01T08:00:00Z"),
    };
    // 23:30 New York on June 10 = 03:30 UTC June 11.
    await makeCard(actor, { ...reviewState, due: new Date("2025-06-11T03:30:00Z") });
    expect(await countDueCards(actor, new Date("2025-06-10T14:00:00Z"))).toBe(1);
    expect(await countDueCards(actor, new Date("2025-06-09T14:00:00Z"))).toBe(0);
  });
});

describe("injected clock", () => {
  it("honours the lesefluss-now cookie in demo mode only", () => {
    const iso = "2031-01-02T03:04:05.000Z";
    expect(resolveReviewClock(iso, { isDemoMode: true }).toISOString()).toBe(iso);
    expect(resolveReviewClock(iso, { isDemoMode: false }).getFullYear()).not.toBe(2031);
    expect(resolveReviewClock("garbage", { isDemoMode: true }).getFullYear()).not.toBe(2031);
    expect(resolveReviewClock(undefined, { isDemoMode: true })).toBeInstanceOf(Date);
  });
});

describe("card views", () => {
  it("shows the context with its highlight, and blanks both parts of a separable verb in cloze", async () => {
    const actor = await makeUser("LEARNER", { timeZone: "UTC" });
    const sentence = "Er nimmt die Einladung an.";
    await makeCard(actor, {
      front: "annehmen",
      back: "to accept",
      contextText: sentence,
      highlight: [
        { start: 23, end: 25 },
        { start: 3, end: 8 },
      ],
      cardType: "CLOZE",
    });
    const session = await getReviewSession(actor, new Date("2025-06-10T08:00:00Z"));
    expect(session.current?.exercise).toBe("cloze");
    expect(session.current?.highlight).toEqual([
      { start: 3, end: 8 },
      { start: 23, end: 25 },
    ]);
    expect(session.current?.cloze?.filter((s) => s.isBlank).map((s) => s.text)).toEqual(["nimmt", "an"]);
  });

  it("falls back to recognition for cloze when the stored highlight doesn't fit the sentence", async () => {
    const actor = await makeUser("LEARNER", { timeZone: "UTC" });
    await makeCard(actor, { contextText: "Kurz.", highlight: [{ start: 10, end: 20 }], cardType: "CLOZE" });
    const session = await getReviewSession(actor, new Date("2025-06-10T08:00:00Z"));
    expect(session.current?.exercise).toBe("recognition");
    expect(session.current?.highlight).toEqual([]);
  });

  it("chooses the exercise by maturity for AUTO cards", async () => {
    const actor = await makeUser("LEARNER", { timeZone: "UTC" });
    await makeCard(actor, {
      state: "REVIEW" as const,
      stability: 30,
      difficulty: 5,
      reps: 8,
      due: new Date("2025-06-09T08:00:00Z"),
      lastReview: new Date("2025-05-10T08:00:00Z"),
    });
    const session = await getReviewSession(actor, new Date("2025-06-10T08:00:00Z"));
    expect(session.current?.exercise).toBe("recall");
  });
});

describe("settings are used by the scheduler", () => {
  it("uses the learner's learning steps for the interval previews", async () => {
    const actor = await makeUser("LEARNER", { timeZone: "UTC" });
    await db.user.update({ where: { id: actor.id }, data: { learningSteps: "5m 1h", enableFuzz: false } });
    await makeCard(actor);
    const session = await getReviewSession(actor, new Date("2025-06-10T08:00:00Z"));
    expect(session.current?.intervals.again.label).toBe("5m");
  });
});

describe("cards without a dictionary gloss", () => {
  it("answer with the learner's meaning, or are shown for recognition when there is none", async () => {
    const now = new Date("2025-06-10T08:00:00Z");
    const bare = await makeUser("LEARNER", { timeZone: "UTC", dayStartHour: 0 });
    await makeCard(bare, { front: "Wladimir", back: "", cardType: "RECALL" });
    const shown = (await getReviewSession(bare, now)).current!;
    expect(shown).toMatchObject({ back: "", exercise: "recognition" });

    const meant = await makeUser("LEARNER", { timeZone: "UTC", dayStartHour: 0 });
    const card = await makeCard(meant, { front: "Wladimir", back: "", cardType: "RECALL" });
    await db.card.update({ where: { id: card.id }, data: { userMeaning: "Vladimir (a first name)" } });
    expect((await getReviewSession(meant, now)).current).toMatchObject({
      back: "Vladimir (a first name)",
      exercise: "recall",
    });
  });
});
