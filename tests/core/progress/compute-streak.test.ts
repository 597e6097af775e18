import { describe, expect, it } from "vitest";
import { collectActivityDays, computeStreak } from "@/lib/core/progress/compute-streak";
import { studyDayOf } from "@/lib/core/srs/day";

describe("computeStreak", () => {
  it.each([
    // [name, days, today, current, longest, isTodayDone]
    ["no activity", [], "2025-06-10", 0, 0, false],
    ["today only", ["2025-06-10"], "2025-06-10", 1, 1, true],
    ["today still open keeps yesterday's streak", ["2025-06-08", "2025-06-09"], "2025-06-10", 2, 2, false],
    ["missed yesterday breaks it", ["2025-06-07", "2025-06-08"], "2025-06-10", 0, 2, false],
    ["run through today", ["2025-06-08", "2025-06-09", "2025-06-10"], "2025-06-10", 3, 3, true],
    [
      "longest in the past",
      ["2025-05-01", "2025-05-02", "2025-05-03", "2025-05-04", "2025-06-09", "2025-06-10"],
      "2025-06-10",
      2,
      4,
      true,
    ],
    ["duplicates and disorder", ["2025-06-10", "2025-06-09", "2025-06-10", "2025-06-09"], "2025-06-10", 2, 2, true],
    ["future days ignored", ["2025-06-10", "2025-06-11", "2025-06-12"], "2025-06-10", 1, 1, true],
    ["across month end", ["2025-05-30", "2025-05-31", "2025-06-01"], "2025-06-01", 3, 3, true],
    ["across a leap day", ["2024-02-28", "2024-02-29", "2024-03-01"], "2024-03-02", 3, 3, false],
  ])("%s", (_name, days, today, current, longest, isTodayDone) => {
    expect(computeStreak(days, today)).toEqual({ current, longest, isTodayDone });
  });
});

describe("streaks across time zones and day starts", () => {
  // Reviews at 22:30 UTC on three consecutive evenings.
  const evenings = ["2025-06-07T22:30:00Z", "2025-06-08T22:30:00Z", "2025-06-09T22:30:00Z"].map((s) => new Date(s));

  it.each([
    // Berlin: 00:30 CEST next day; with day start 4 they count for the evening before.
    ["Europe/Berlin", 4, ["2025-06-07", "2025-06-08", "2025-06-09"]],
    ["Europe/Berlin", 0, ["2025-06-08", "2025-06-09", "2025-06-10"]],
    ["America/Los_Angeles", 4, ["2025-06-07", "2025-06-08", "2025-06-09"]], // 15:30 PDT
    ["Asia/Tokyo", 4, ["2025-06-08", "2025-06-09", "2025-06-10"]], // 07:30 JST
  ])("%s with day start %i", (zone, start, expected) => {
    expect(collectActivityDays(evenings, zone, start)).toEqual(expected);
  });

  it("a 03:59 review keeps the streak alive with a 4 am day start but not at midnight", () => {
    const zone = "Europe/Berlin";
    // Evening reviews on the 8th, then 03:59 on the 10th (local), i.e. "late on the 9th".
    const activity = [new Date("2025-06-08T19:00:00Z"), new Date("2025-06-10T01:59:00Z")];
    const now = new Date("2025-06-10T18:00:00Z");
    const with4 = computeStreak(collectActivityDays(activity, zone, 4), studyDayOf(now, zone, 4));
    expect(with4).toEqual({ current: 2, longest: 2, isTodayDone: false });
    const with0 = computeStreak(collectActivityDays(activity, zone, 0), studyDayOf(now, zone, 0));
    expect(with0).toEqual({ current: 1, longest: 1, isTodayDone: true });
  });

  it("the 23-hour DST day still counts as one day", () => {
    const zone = "Europe/Berlin";
    const activity = ["2025-03-29T10:00:00Z", "2025-03-30T10:00:00Z", "2025-03-31T10:00:00Z"].map((s) => new Date(s));
    const today = studyDayOf(new Date("2025-03-31T12:00:00Z"), zone, 4);
    expect(computeStreak(collectActivityDays(activity, zone, 4), today).current).toBe(3);
  });
});
