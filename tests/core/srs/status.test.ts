import { describe, expect, it } from "vitest";
import {
  isLeech,
  rankWordStatus,
  statusFromCard,
  updateStatusAfterReview,
  type StatusCardInput,
  type WordStatus,
} from "@/lib/core/srs/status";
import { applyRating, createNewCard, defaultSchedulerSettings } from "@/lib/core/srs/scheduler";

describe("statusFromCard", () => {
  it.each<[StatusCardInput, WordStatus]>([
    [{ state: "new", stability: 0, lapses: 0 }, 1],
    [{ state: "learning", stability: 0.5, lapses: 0 }, 1],
    [{ state: "review", stability: 2, lapses: 0 }, 2],
    [{ state: "review", stability: 6.9, lapses: 0 }, 2],
    [{ state: "review", stability: 7, lapses: 0 }, 3],
    [{ state: "review", stability: 14, lapses: 0 }, 4],
    [{ state: "review", stability: 20.99, lapses: 0 }, 4],
    [{ state: "review", stability: 21, lapses: 0 }, "known"],
    [{ state: "relearning", stability: 30, lapses: 1 }, 4],
  ])("%j → %s", (card, status) => {
    expect(statusFromCard(card)).toBe(status);
  });
});

describe("updateStatusAfterReview", () => {
  const strong: StatusCardInput = { state: "review", stability: 25, lapses: 0 };
  const lapsed: StatusCardInput = { state: "relearning", stability: 1.2, lapses: 1 };
  it.each<[string, WordStatus, boolean, StatusCardInput, WordStatus, boolean]>([
    ["review raises a derived status", 2, false, strong, "known", false],
    ["review raises a manual status and takes it over", 2, true, strong, "known", false],
    ["lapse lowers a derived known", "known", false, lapsed, 1, false],
    ["lapse never lowers a manual known", "known", true, lapsed, "known", true],
    ["manual 3 stays when memory says 2", 3, true, { state: "review", stability: 3, lapses: 0 }, 3, true],
    ["ignored stays ignored", "ignored", true, strong, "ignored", true],
    ["new becomes 1 after the first answer", "new", false, { state: "learning", stability: 0.4, lapses: 0 }, 1, false],
  ])("%s", (_name, current, isManual, card, status, stillManual) => {
    const result = updateStatusAfterReview({ current, isManual, card });
    expect(result.status).toBe(status);
    expect(result.isManual).toBe(stillManual);
  });

  it("flags leeches at 8 lapses", () => {
    expect(isLeech({ lapses: 7 })).toBe(false);
    expect(isLeech({ lapses: 8 })).toBe(true);
    expect(updateStatusAfterReview({ current: 1, isManual: false, card: { ...lapsed, lapses: 8 } }).isLeech).toBe(true);
  });

  it("follows a real review sequence upward to known", () => {
    const settings = { ...defaultSchedulerSettings, enableFuzz: false };
    let card = createNewCard(new Date("2025-01-01T08:00:00Z"));
    let status: WordStatus = "new";
    const seen: WordStatus[] = [];
    for (let i = 0; i < 8; i++) {
      card = applyRating(card, "good", card.due, settings).card;
      status = updateStatusAfterReview({ current: status, isManual: false, card }).status;
      seen.push(status);
    }
    expect(status).toBe("known");
    const ranks = seen.map(rankWordStatus);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });

  it("ranks statuses", () => {
    expect(["new", 1, 2, 3, 4, "known"].map((s) => rankWordStatus(s as WordStatus))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(rankWordStatus("ignored")).toBe(-1);
  });
});
