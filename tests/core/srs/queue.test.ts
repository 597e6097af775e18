import { describe, expect, it } from "vitest";
import { buildQueue, type BuildQueueInput, type QueueCard } from "@/lib/core/srs/queue";

// 2025-06-10 10:00 Berlin (CEST); study day with 4 am start ends 2025-06-11T02:00Z.
const now = new Date("2025-06-10T08:00:00Z");
const at = (iso: string) => new Date(iso);

const base: Omit<BuildQueueInput, "cards"> = {
  now,
  timeZone: "Europe/Berlin",
  dayStartHour: 4,
  newPerDay: 20,
  newIntroducedToday: 0,
  maxReviewsPerDay: 200,
  reviewsDoneToday: 0,
};

function reviews(n: number, prefix = "r"): QueueCard[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${String(i).padStart(3, "0")}`,
    state: "review" as const,
    due: new Date(Date.UTC(2025, 5, 1 + (i % 9), 8)),
  }));
}
function newCards(n: number): QueueCard[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `n${String(i).padStart(3, "0")}`,
    state: "new" as const,
    due: new Date(Date.UTC(2025, 4, 1, 0, i)),
  }));
}

describe("buildQueue", () => {
  it("puts learning cards due soon first, then reviews by due, excluding tomorrow", () => {
    const cards: QueueCard[] = [
      { id: "rev-late", state: "review", due: at("2025-06-11T01:59:00Z") }, // 03:59 tomorrow → still today
      { id: "rev-tomorrow", state: "review", due: at("2025-06-11T02:00:00Z") },
      { id: "rev-old", state: "review", due: at("2025-06-01T08:00:00Z") },
      { id: "learn-b", state: "learning", due: at("2025-06-10T08:05:00Z") },
      { id: "learn-a", state: "relearning", due: at("2025-06-10T07:59:00Z") },
      { id: "learn-later", state: "learning", due: at("2025-06-10T09:00:00Z") },
      { id: "learn-tomorrow", state: "learning", due: at("2025-06-12T08:00:00Z") },
    ];
    const queue = buildQueue({ ...base, cards });
    expect(queue.items.map((i) => i.cardId)).toEqual(["learn-a", "learn-b", "rev-old", "rev-late"]);
    expect(queue.items.map((i) => i.kind)).toEqual(["learning", "learning", "review", "review"]);
    expect(queue.nextLearningDue?.toISOString()).toBe("2025-06-10T09:00:00.000Z");
    expect(queue.counts).toEqual({ learning: 2, review: 2, new: 0 });
  });

  it.each([
    // [name, reviewsDue, newAvailable, patch, expected counts]
    ["no limits hit", 10, 5, {}, { review: 10, new: 5 }],
    ["new limit minus introduced", 10, 30, { newPerDay: 20, newIntroducedToday: 15 }, { review: 10, new: 5 }],
    ["new limit already used up", 10, 30, { newPerDay: 20, newIntroducedToday: 25 }, { review: 10, new: 0 }],
    ["review limit minus done", 100, 0, { maxReviewsPerDay: 50, reviewsDoneToday: 20 }, { review: 30, new: 0 }],
    ["new capped by review room", 45, 20, { maxReviewsPerDay: 50 }, { review: 45, new: 5 }],
    ["backlog leaves no room for new", 300, 20, { maxReviewsPerDay: 200 }, { review: 200, new: 0 }],
  ] as const)("%s", (_name, r, n, patch, expected) => {
    const queue = buildQueue({ ...base, ...patch, cards: [...reviews(r), ...newCards(n)] });
    expect(queue.counts.review).toBe(expected.review);
    expect(queue.counts.new).toBe(expected.new);
    expect(queue.items).toHaveLength(expected.review + expected.new);
  });

  it("takes the most overdue reviews when capped", () => {
    const cards = reviews(20);
    const queue = buildQueue({ ...base, maxReviewsPerDay: 3, cards });
    expect(queue.items.map((i) => i.due.toISOString())).toEqual([
      "2025-06-01T08:00:00.000Z",
      "2025-06-01T08:00:00.000Z",
      "2025-06-01T08:00:00.000Z",
    ]);
    expect(queue.items.map((i) => i.cardId)).toEqual(["r000", "r009", "r018"]);
  });

  it.each([
    [10, 1, "rrrrrnrrrrr"],
    [10, 4, "rrnrrnrrnrrnrr"],
    [2, 3, "nrnnr"],
    [0, 3, "nnn"],
    [3, 0, "rrr"],
  ])("spreads %i reviews and %i new evenly", (r, n, pattern) => {
    const queue = buildQueue({ ...base, cards: [...newCards(n), ...reviews(r)] });
    expect(queue.items.map((i) => i.kind[0]).join("")).toBe(pattern);
  });

  it("introduces new cards in creation order and ignores new cards due tomorrow", () => {
    const cards: QueueCard[] = [
      { id: "b", state: "new", due: at("2025-06-01T00:00:00Z") },
      { id: "a", state: "new", due: at("2025-06-01T00:00:00Z") },
      { id: "c", state: "new", due: at("2025-05-01T00:00:00Z") },
      { id: "postponed", state: "new", due: at("2025-06-12T00:00:00Z") },
    ];
    expect(buildQueue({ ...base, cards }).items.map((i) => i.cardId)).toEqual(["c", "a", "b"]);
  });

  it("is deterministic regardless of input order", () => {
    const cards = [...reviews(30), ...newCards(10)];
    const a = buildQueue({ ...base, cards });
    const b = buildQueue({ ...base, cards: [...cards].reverse() });
    expect(b.items).toEqual(a.items);
  });

  it("respects a custom learn-ahead window", () => {
    const cards: QueueCard[] = [{ id: "l", state: "learning", due: at("2025-06-10T08:05:00Z") }];
    const queue = buildQueue({ ...base, learnAheadMinutes: 0, cards });
    expect(queue.items).toEqual([]);
    expect(queue.nextLearningDue?.toISOString()).toBe("2025-06-10T08:05:00.000Z");
  });

  it.each([1, 7, 200, 5000])("bounded selection equals a full sort (review cap %i)", (cap) => {
    const cards: QueueCard[] = Array.from({ length: 3000 }, (_, i) => ({
      id: `c${(i * 7) % 3000}`,
      state: "review" as const,
      // Many equal due times so the id tie-break matters.
      due: new Date(Date.UTC(2025, 5, 1 + ((i * 31) % 9), 8)),
    }));
    const expected = [...cards]
      .sort((a, b) => a.due.getTime() - b.due.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, cap)
      .map((c) => c.id);
    const queue = buildQueue({ ...base, maxReviewsPerDay: cap, cards });
    expect(queue.items.map((i) => i.cardId)).toEqual(expected);
  });
});
