import { describe, expect, it } from "vitest";
import {
  addDays,
  daysBetween,
  endOfStudyDay,
  isoWeekOf,
  isStudyDay,
  listDays,
  startOfStudyDay,
  studyDayOf,
} from "@/lib/core/srs/day";

describe("studyDayOf", () => {
  it.each([
    // [instant, zone, dayStart, expected]
    ["2025-06-10T01:59:00Z", "Europe/Berlin", 4, "2025-06-09"], // 03:59 CEST → previous day
    ["2025-06-10T02:00:00Z", "Europe/Berlin", 4, "2025-06-10"], // 04:00 CEST
    ["2025-01-10T02:59:00Z", "Europe/Berlin", 4, "2025-01-09"], // 03:59 CET
    ["2025-01-10T03:00:00Z", "Europe/Berlin", 4, "2025-01-10"], // 04:00 CET
    ["2025-06-09T22:30:00Z", "Europe/Berlin", 0, "2025-06-10"], // 00:30 CEST
    ["2025-06-09T22:30:00Z", "UTC", 0, "2025-06-09"],
    // Berlin spring forward 2025-03-30 02:00 → 03:00
    ["2025-03-30T00:59:00Z", "Europe/Berlin", 4, "2025-03-29"], // 01:59 CET
    ["2025-03-30T01:00:00Z", "Europe/Berlin", 4, "2025-03-29"], // 03:00 CEST
    ["2025-03-30T01:59:00Z", "Europe/Berlin", 4, "2025-03-29"], // 03:59 CEST
    ["2025-03-30T02:00:00Z", "Europe/Berlin", 4, "2025-03-30"], // 04:00 CEST
    // Berlin fall back 2025-10-26 03:00 CEST → 02:00 CET
    ["2025-10-26T01:30:00Z", "Europe/Berlin", 4, "2025-10-25"], // 02:30 CET (second time)
    ["2025-10-26T02:59:00Z", "Europe/Berlin", 4, "2025-10-25"], // 03:59 CET
    ["2025-10-26T03:00:00Z", "Europe/Berlin", 4, "2025-10-26"], // 04:00 CET
    // Los Angeles: 03:59 PDT = 10:59Z
    ["2025-07-04T10:59:00Z", "America/Los_Angeles", 4, "2025-07-03"],
    ["2025-07-04T11:00:00Z", "America/Los_Angeles", 4, "2025-07-04"],
    ["2025-07-05T06:00:00Z", "America/Los_Angeles", 4, "2025-07-04"], // 23:00 PDT
    // Tokyo, no DST, UTC+9
    ["2025-01-01T18:59:00Z", "Asia/Tokyo", 4, "2025-01-01"], // 03:59 JST on Jan 2
    ["2025-01-01T19:00:00Z", "Asia/Tokyo", 4, "2025-01-02"],
    ["2024-12-31T15:00:00Z", "Asia/Tokyo", 0, "2025-01-01"],
    // Month and year rollover backwards
    ["2025-03-01T02:00:00Z", "Europe/Berlin", 4, "2025-02-28"],
    ["2024-03-01T02:00:00Z", "Europe/Berlin", 4, "2024-02-29"],
    ["2025-01-01T02:00:00Z", "Europe/Berlin", 4, "2024-12-31"],
  ])("%s in %s (start %i) → %s", (instant, zone, start, expected) => {
    expect(studyDayOf(new Date(instant), zone, start)).toBe(expected);
  });

  it("rejects bad day-start hours and zones", () => {
    expect(() => studyDayOf(new Date(0), "UTC", 24)).toThrow(RangeError);
    expect(() => studyDayOf(new Date(0), "UTC", 1.5)).toThrow(RangeError);
    expect(() => studyDayOf(new Date(0), "Mars/Olympus", 4)).toThrow(RangeError);
  });
});

describe("startOfStudyDay / endOfStudyDay", () => {
  it.each([
    // [day, zone, start, startIso, endIso, hours]
    ["2025-06-10", "Europe/Berlin", 4, "2025-06-10T02:00:00.000Z", "2025-06-11T02:00:00.000Z", 24],
    ["2025-01-10", "Europe/Berlin", 4, "2025-01-10T03:00:00.000Z", "2025-01-11T03:00:00.000Z", 24],
    // The study day that spans the spring-forward night is 23 hours long.
    ["2025-03-29", "Europe/Berlin", 4, "2025-03-29T03:00:00.000Z", "2025-03-30T02:00:00.000Z", 23],
    ["2025-03-30", "Europe/Berlin", 0, "2025-03-29T23:00:00.000Z", "2025-03-30T22:00:00.000Z", 23],
    // DST end: 25 hours
    ["2025-10-25", "Europe/Berlin", 4, "2025-10-25T02:00:00.000Z", "2025-10-26T03:00:00.000Z", 25],
    ["2025-10-26", "Europe/Berlin", 0, "2025-10-25T22:00:00.000Z", "2025-10-26T23:00:00.000Z", 25],
    // US DST starts 2025-03-09 02:00 local
    ["2025-03-08", "America/Los_Angeles", 4, "2025-03-08T12:00:00.000Z", "2025-03-09T11:00:00.000Z", 23],
    ["2025-11-01", "America/Los_Angeles", 4, "2025-11-01T11:00:00.000Z", "2025-11-02T12:00:00.000Z", 25],
    ["2025-01-02", "Asia/Tokyo", 4, "2025-01-01T19:00:00.000Z", "2025-01-02T19:00:00.000Z", 24],
  ])("%s %s start %i", (day, zone, start, startIso, endIso, hours) => {
    const s = startOfStudyDay(day, zone, start);
    const e = endOfStudyDay(day, zone, start);
    expect(s.toISOString()).toBe(startIso);
    expect(e.toISOString()).toBe(endIso);
    expect((e.getTime() - s.getTime()) / 3_600_000).toBe(hours);
  });

  it("a 02:00 day start inside the spring-forward gap begins right after the gap", () => {
    // 2025-03-30 02:00 does not exist in Berlin; 03:00 CEST = 01:00Z.
    expect(startOfStudyDay("2025-03-30", "Europe/Berlin", 2).toISOString()).toBe("2025-03-30T01:00:00.000Z");
  });

  it("a 02:00 day start on the fall-back night picks the first 02:00", () => {
    // 02:00 CEST = 00:00Z happens before 02:00 CET = 01:00Z.
    expect(startOfStudyDay("2025-10-26", "Europe/Berlin", 2).toISOString()).toBe("2025-10-26T00:00:00.000Z");
  });

  it("round-trips: start and end-1ms belong to the day", () => {
    for (const zone of ["Europe/Berlin", "America/Los_Angeles", "Asia/Tokyo", "Australia/Lord_Howe"]) {
      for (const day of listDays("2025-03-25", "2025-04-08").concat(listDays("2025-10-01", "2025-11-05"))) {
        for (const start of [0, 4]) {
          expect(studyDayOf(startOfStudyDay(day, zone, start), zone, start)).toBe(day);
          expect(studyDayOf(new Date(endOfStudyDay(day, zone, start).getTime() - 1), zone, start)).toBe(day);
        }
      }
    }
  });

  it("rejects malformed days", () => {
    expect(() => startOfStudyDay("2025-02-30", "UTC", 0)).toThrow(RangeError);
    expect(() => startOfStudyDay("25-1-1", "UTC", 0)).toThrow(RangeError);
  });
});

describe("calendar helpers", () => {
  it.each([
    ["2025-02-28", 1, "2025-03-01"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2025-01-01", -1, "2024-12-31"],
    ["2025-03-29", 2, "2025-03-31"],
  ])("addDays(%s, %i) = %s", (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
    expect(daysBetween(day, expected)).toBe(n);
  });

  it.each([
    ["2025-01-01", "2025-W01"],
    ["2024-12-30", "2025-W01"],
    ["2021-01-03", "2020-W53"],
    ["2025-06-15", "2025-W24"],
    ["2025-06-16", "2025-W25"],
  ])("isoWeekOf(%s) = %s", (day, week) => {
    expect(isoWeekOf(day)).toBe(week);
  });

  it("listDays and isStudyDay", () => {
    expect(listDays("2025-03-01", "2025-03-03")).toEqual(["2025-03-01", "2025-03-02", "2025-03-03"]);
    expect(listDays("2025-03-03", "2025-03-01")).toEqual([]);
    expect(isStudyDay("2025-02-29")).toBe(false);
    expect(isStudyDay("2024-02-29")).toBe(true);
  });
});
