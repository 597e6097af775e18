import { describe, expect, it } from "vitest";
import { sortDashboardRows } from "@/lib/core/progress/sort-dashboard-rows";

const row = (name: string, readRatio: number, secondsSpent = 0) => ({
  name,
  readRatio,
  secondsSpent,
  wordsLookedUp: 0,
  cardsAdded: 0,
  reviewsDone: 0,
  knownRatio: 0,
});

describe("sortDashboardRows", () => {
  const rows = [row("Ülkü", 0.5), row("Anna", 0.1), row("Ben", 0.5, 30)];
  it("sorts by name with German collation", () => {
    expect(sortDashboardRows(rows, "name", "asc").map((r) => r.name)).toEqual(["Anna", "Ben", "Ülkü"]);
    expect(sortDashboardRows(rows, "name", "desc").map((r) => r.name)).toEqual(["Ülkü", "Ben", "Anna"]);
  });
  it("sorts by a figure and breaks ties by name ascending in both directions", () => {
    expect(sortDashboardRows(rows, "read", "desc").map((r) => r.name)).toEqual(["Ben", "Ülkü", "Anna"]);
    expect(sortDashboardRows(rows, "read", "asc").map((r) => r.name)).toEqual(["Anna", "Ben", "Ülkü"]);
    expect(sortDashboardRows(rows, "time", "desc")[0]?.name).toBe("Ben");
  });
  it("does not reorder its input", () => {
    sortDashboardRows(rows, "read", "desc");
    expect(rows[0]?.name).toBe("Ülkü");
  });
});
