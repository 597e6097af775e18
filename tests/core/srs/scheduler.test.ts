import { describe, expect, it } from "vitest";
import {
  createEmptyCard,
  fsrs,
  generatorParameters,
  Rating as FsrsRating,
  State as FsrsState,
  type Card as FsrsCard,
  type Grade,
} from "ts-fsrs";
import {
  applyRating,
  assertValidSchedulerSettings,
  createNewCard,
  defaultSchedulerSettings,
  defaultWeights,
  formatIntervalLabel,
  previewIntervals,
  retrievability,
  type Rating,
  type SchedulerSettings,
  type SchedulingCard,
} from "@/lib/core/srs/scheduler";

const settings: SchedulerSettings = { ...defaultSchedulerSettings, enableFuzz: false };
const reference = fsrs(
  generatorParameters({
    request_retention: 0.9,
    maximum_interval: 36500,
    enable_fuzz: false,
    enable_short_term: true,
    learning_steps: ["1m", "10m"],
    relearning_steps: ["10m"],
  }),
);
const grade: Record<Rating, Grade> = {
  again: FsrsRating.Again,
  hard: FsrsRating.Hard,
  good: FsrsRating.Good,
  easy: FsrsRating.Easy,
};
const stateName = ["new", "learning", "review", "relearning"] as const;

function expectSameCard(ours: SchedulingCard, theirs: FsrsCard): void {
  expect(ours.due.getTime()).toBe(theirs.due.getTime());
  expect(ours.stability).toBe(theirs.stability);
  expect(ours.difficulty).toBe(theirs.difficulty);
  expect(ours.scheduledDays).toBe(theirs.scheduled_days);
  expect(ours.elapsedDays).toBe(theirs.elapsed_days);
  expect(ours.learningSteps).toBe(theirs.learning_steps);
  expect(ours.reps).toBe(theirs.reps);
  expect(ours.lapses).toBe(theirs.lapses);
  expect(ours.state).toBe(stateName[theirs.state]);
  expect(ours.lastReview?.getTime() ?? null).toBe(theirs.last_review?.getTime() ?? null);
}

const start = new Date("2025-03-01T08:00:00Z");

// Each step: rating, then how long until the next answer.
const sequences: { name: string; steps: [Rating, number][] }[] = [
  {
    name: "good all the way",
    steps: [
      ["good", 60_000],
      ["good", 600_000],
      ["good", 3 * 86_400_000],
      ["good", 9 * 86_400_000],
      ["good", 30 * 86_400_000],
    ],
  },
  {
    name: "lapse and relearn",
    steps: [
      ["easy", 8 * 86_400_000],
      ["good", 20 * 86_400_000],
      ["again", 600_000],
      ["hard", 600_000],
      ["good", 2 * 86_400_000],
      ["good", 0],
    ],
  },
  {
    name: "hard start",
    steps: [
      ["again", 60_000],
      ["hard", 300_000],
      ["good", 600_000],
      ["hard", 86_400_000],
      ["again", 600_000],
      ["easy", 0],
    ],
  },
  {
    name: "late reviews",
    steps: [
      ["good", 600_000],
      ["good", 600_000],
      ["good", 40 * 86_400_000],
      ["hard", 100 * 86_400_000],
      ["good", 0],
    ],
  },
];

describe("scheduler matches ts-fsrs for the same inputs (fuzz off)", () => {
  it("createNewCard equals createEmptyCard", () => {
    expectSameCard(createNewCard(start), createEmptyCard(start));
  });

  it.each(sequences)("$name", ({ steps }) => {
    let ours = createNewCard(start);
    let theirs: FsrsCard = createEmptyCard(start);
    let now = start;
    for (const [rating, wait] of steps) {
      const preview = previewIntervals(ours, now, settings);
      const refPreview = reference.repeat(theirs, now);
      for (const r of ["again", "hard", "good", "easy"] as const) {
        expect(preview[r].due.getTime()).toBe(refPreview[grade[r]].card.due.getTime());
      }
      expect(retrievability(ours, now, settings)).toBe(reference.get_retrievability(theirs, now, false));

      const before = ours;
      const result = applyRating(ours, rating, now, settings);
      const ref = reference.next(theirs, now, grade[rating]);
      expectSameCard(result.card, ref.card);
      expect(result.log).toEqual({
        rating,
        state: before.state,
        due: before.due,
        stability: before.stability,
        difficulty: before.difficulty,
        elapsedDays: ref.log.elapsed_days,
        scheduledDays: before.scheduledDays,
        learningSteps: before.learningSteps,
        reviewedAt: now,
      });
      expect(result.log.state).toBe(stateName[theirs.state]);
      ours = result.card;
      theirs = ref.card;
      now = new Date(now.getTime() + wait);
    }
  });

  it("uses custom weights and retention like ts-fsrs", () => {
    const weights = defaultWeights.map((w, i) => (i < 4 ? w * 1.5 : w));
    const custom: SchedulerSettings = {
      ...settings,
      desiredRetention: 0.85,
      weights,
      learningSteps: [],
      relearningSteps: [],
    };
    const ref = fsrs(
      generatorParameters({
        request_retention: 0.85,
        w: weights,
        enable_fuzz: false,
        learning_steps: [],
        relearning_steps: [],
      }),
    );
    const ours = applyRating(createNewCard(start), "good", start, custom).card;
    const theirs = ref.next(createEmptyCard(start), start, FsrsRating.Good).card;
    expectSameCard(ours, theirs);
    expect(theirs.state).toBe(FsrsState.Review);
  });

  it("input cards are not mutated", () => {
    const card = createNewCard(start);
    const copy = structuredClone(card);
    applyRating(card, "good", start, settings);
    previewIntervals(card, start, settings);
    expect(card).toEqual(copy);
  });
});

describe("previewIntervals labels", () => {
  it("shows the learning steps for a new card", () => {
    const p = previewIntervals(createNewCard(start), start, settings);
    expect(p.again.intervalLabel).toBe("1m");
    expect(p.hard.intervalLabel).toBe("6m");
    expect(p.good.intervalLabel).toBe("10m");
    expect(p.easy.intervalLabel).toMatch(/^\d+d$/);
  });

  it.each([
    [30_000, "1m"],
    [60_000, "1m"],
    [10 * 60_000, "10m"],
    [5 * 3_600_000, "5h"],
    [3 * 86_400_000, "3d"],
    [36 * 86_400_000, "1.2mo"],
    [60 * 86_400_000, "2mo"],
    [400 * 86_400_000, "1.1y"],
  ])("%i ms → %s", (ms, label) => {
    expect(formatIntervalLabel(ms)).toBe(label);
  });
});

describe("settings validation", () => {
  it.each<[string, Partial<SchedulerSettings>]>([
    ["retention too low", { desiredRetention: 0.5 }],
    ["retention too high", { desiredRetention: 0.99 }],
    ["bad step", { learningSteps: ["10x"] }],
    ["bad relearning step", { relearningSteps: ["m"] }],
    ["non-finite weights", { weights: [Number.NaN, ...defaultWeights.slice(1)] }],
  ])("%s throws", (_name, patch) => {
    expect(() => assertValidSchedulerSettings({ ...settings, ...patch })).toThrow(RangeError);
  });

  it("accepts defaults", () => {
    expect(() => assertValidSchedulerSettings(defaultSchedulerSettings)).not.toThrow();
  });

  it("fuzz on still gives a due date after now", () => {
    let card = createNewCard(start);
    let now = start;
    for (let i = 0; i < 4; i++) {
      card = applyRating(card, "good", now, { ...defaultSchedulerSettings }).card;
      expect(card.due.getTime()).toBeGreaterThan(now.getTime());
      now = card.due;
    }
  });
});
