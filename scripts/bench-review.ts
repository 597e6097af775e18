// Review benchmarks against DESIGN.md's budgets, on an in-memory PGlite:
//   review answer (card + log write) ≤ 20 ms p50; due queue for a user with 100,000 cards ≤ 10 ms.
// Run: npx tsx --conditions=react-server scripts/bench-review.ts
import crypto from "node:crypto";
import { percentile, withEmbeddedDatabase } from "./benchmark-database";

const CARDS = 100_000;
const BUDGET = { answerP50: 20, queueP50: 10 };

async function measure(label: string, runs: number, budgetMs: number, fn: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 5; i++) await fn(-1 - i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const p50 = percentile(times, 0.5);
  const verdict = p50 <= budgetMs ? "OK" : "OVER BUDGET";
  console.log(
    `${label}: p50 ${p50.toFixed(2)} ms, p90 ${percentile(times, 0.9).toFixed(2)} ms, p99 ${percentile(times, 0.99).toFixed(2)} ms` +
      ` (budget p50 ≤ ${budgetMs} ms: ${verdict})`,
  );
  return p50;
}

// Wrapped in main(): tsx runs this file as CommonJS, which has no top-level await.
async function main() {
  await withEmbeddedDatabase(async () => {
    // Imported after DATABASE_URL is set: lib/server/db.ts connects on first use.
    const { db } = await import("../lib/server/db");
    const { loadReviewQueue } = await import("../lib/server/data/load-review-queue");
    const { getReviewSession } = await import("../lib/server/data/get-review-session");
    const { answerReview } = await import("../lib/server/data/answer-review");

    const now = new Date("2025-06-10T08:00:00Z");
    const user = await db.user.create({
      data: {
        email: "bench@example.test",
        name: "Bench",
        passwordHash: "x",
        timeZone: "Europe/Berlin",
        dayStartHour: 4,
      },
      select: { id: true, role: true },
    });
    const seedStart = performance.now();
    // Same shape as bench-srs-core's "typical" collection: 90 % review cards due
    // over the next year (about 1 % overdue), 9 % new, 1 % in learning steps.
    await db.$executeRawUnsafe(
      `INSERT INTO "Lexeme" ("id", "lemma", "pos") SELECT 'lx' || g, 'wort' || g, 'NOUN' FROM generate_series(1, ${CARDS}) g`,
    );
    await db.$executeRawUnsafe(
      `INSERT INTO "Card" ("id", "userId", "lexemeId", "front", "back", "contextText", "highlight", "due",
          "stability", "difficulty", "reps", "state", "lastReview", "createdAt")
       SELECT 'card' || g, $1, 'lx' || g, 'das Wort ' || g, 'word ' || g, 'Das Wort ' || g || ' steht hier.', '[{"start":4,"end":8}]'::jsonb,
         $2::timestamp + ((((g * 7919) % 369) - 4) * interval '1 day') + ((g % 1440) * interval '1 minute'),
         CASE WHEN g % 100 < 90 THEN 12 WHEN g % 100 < 99 THEN 0 ELSE 0.5 END,
         CASE WHEN g % 100 < 99 AND g % 100 >= 90 THEN 0 ELSE 5 END,
         CASE WHEN g % 100 < 90 THEN 4 WHEN g % 100 < 99 THEN 0 ELSE 1 END,
         CASE WHEN g % 100 < 90 THEN 'REVIEW' WHEN g % 100 < 99 THEN 'NEW' ELSE 'LEARNING' END::"CardState",
         CASE WHEN g % 100 < 90 OR g % 100 >= 99 THEN $2::timestamp - interval '10 days' ELSE NULL END,
         $2::timestamp - interval '30 days'
       FROM generate_series(1, ${CARDS}) g`,
      user.id,
      now,
    );
    await db.$executeRawUnsafe(`ANALYZE "Card"`);
    console.log(
      `seeded ${CARDS.toLocaleString("en")} cards in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
    );

    const queue = await loadReviewQueue(user, now);
    console.log(
      `queue: ${queue.queue.counts.review} review, ${queue.queue.counts.new} new, ${queue.queue.counts.learning} learning (limits 200 reviews, 20 new)`,
    );
    const queueP50 = await measure(`due queue, ${CARDS.toLocaleString("en")} cards`, 50, BUDGET.queueP50, () =>
      loadReviewQueue(user, now),
    );
    await measure("review session (queue + next card with interval previews)", 50, BUDGET.queueP50 * 2, () =>
      getReviewSession(user, now),
    );

    // Answer review-state cards that are due, one after another, as a learner does.
    const due = await db.card.findMany({
      where: { userId: user.id, state: "REVIEW", due: { lt: now } },
      select: { id: true },
      take: 400,
      orderBy: { due: "asc" },
    });
    let next = 0;
    const answerP50 = await measure(
      "review answer (card + log + word status, one transaction)",
      300,
      BUDGET.answerP50,
      async () => {
        const card = due[next++ % due.length];
        if (!card) throw new Error("no due card");
        await answerReview(
          user,
          { cardId: card.id, clientId: crypto.randomUUID(), rating: next % 7 === 0 ? "again" : "good" },
          now,
        );
      },
    );

    console.log(
      `\nbudgets: answer p50 ${answerP50.toFixed(2)} / ${BUDGET.answerP50} ms, due queue p50 ${queueP50.toFixed(2)} / ${BUDGET.queueP50} ms`,
    );
    await db.$disconnect();
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
