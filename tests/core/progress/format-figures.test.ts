import { describe, expect, it } from "vitest";
import { formatDayLabel, formatDueDate, formatDuration, formatPercent } from "@/lib/core/progress/format-figures";

describe("formatDuration", () => {
  it.each([
    [0, "0 min"],
    [45, "45 s"],
    [95, "1 min"],
    [3599, "59 min"],
    [3900, "1 h 05 min"],
    [-5, "0 min"],
  ])("%d s → %s", (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });
});

describe("formatPercent", () => {
  it.each([
    [0, "0 %"],
    [0.5, "50 %"],
    [0.996, "99 %"],
    [1, "100 %"],
    [1.4, "100 %"],
  ])("%d → %s", (ratio, expected) => {
    expect(formatPercent(ratio)).toBe(expected);
  });
});

describe("formatDueDate", () => {
  it("shows the due day itself, not the next day the exclusive end falls on", () => {
    expect(formatDueDate(new Date("2025-06-30T22:00:00Z"), "Europe/Berlin")).toBe("30 Jun 2025");
    expect(formatDueDate(new Date("2025-07-01T04:00:00Z"), "America/New_York")).toBe("30 Jun 2025");
  });
});

describe("formatDayLabel", () => {
  it("labels a study day without time-zone drift", () => {
    expect(formatDayLabel("2025-06-03")).toBe("3 Jun");
    expect(formatDayLabel("2025-01-01")).toBe("1 Jan");
  });
});
