// Benchmarks for lib/core/srs (DESIGN budget: due queue for 100,000 cards ≤ 10 ms).
// Run: npx tsx scripts/bench-srs-core.ts
import { buildQueue, type QueueCard } from "../lib/core/srs/queue";
import { applyRating, createNewCard, defaultSchedulerSettings, type CardState } from "../lib/core/srs/scheduler";

function measure(label: string, runs: number, fn: () => void): void {
  for (let i = 0; i < 5; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const p50 = times[Math.floor(runs / 2)] ?? 0;
  const p99 = times[Math.min(runs - 1, Math.floor(runs * 0.99))] ?? 0;
  console.log(`${label}: p50 ${p50.toFixed(3)} ms, p99 ${p99.toFixed(3)} ms`);
}

const now = new Date("2025-06-10T08:00:00Z");
const DAY = 86_400_000;
const queueInput = {
  now,
  timeZone: "Europe/Berlin",
  dayStartHour: 4,
  newPerDay: 20,
  newIntroducedToday: 0,
  maxReviewsPerDay: 200,
  reviewsDoneToday: 0,
};

// Typical large collection: 90 % review cards due over the next year (about
// 1 % overdue), 9 % new, 1 % in learning steps.
const typical: QueueCard[] = Array.from({ length: 100_000 }, (_, i) => {
  const bucket = i % 100;
  const state: CardState = bucket < 90 ? "review" : bucket < 99 ? "new" : i % 2 ? "learning" : "relearning";
  const offsetDays = ((i * 7919) % 369) - 4;
  return { id: `card-${i}`, state, due: new Date(now.getTime() + offsetDays * DAY + (i % 1440) * 60_000) };
});
// Stress: half of all cards overdue, a third in learning steps.
const states: CardState[] = ["review", "review", "review", "new", "learning", "relearning"];
const stress: QueueCard[] = Array.from({ length: 100_000 }, (_, i) => ({
  id: `card-${i}`,
  state: states[i % states.length] ?? "review",
  due: new Date(now.getTime() + (((i * 7919) % 120) - 60) * DAY + (i % 1440) * 60_000),
}));

measure("buildQueue, 100k cards, typical", 50, () => {
  buildQueue({ ...queueInput, cards: typical });
});
measure("buildQueue, 100k cards, stress (17k learning due)", 20, () => {
  buildQueue({ ...queueInput, cards: stress });
});

const settings = { ...defaultSchedulerSettings, enableFuzz: false };
const card = applyRating(createNewCard(now), "good", now, settings).card;
measure("applyRating", 2000, () => {
  applyRating(card, "good", card.due, settings);
});
