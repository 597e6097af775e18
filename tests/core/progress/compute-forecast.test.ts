import { describe, expect, it } from "vitest";
import { computeForecast } from "@/lib/core/progress/compute-forecast";

describe("computeForecast", () => {
  const zone = "Europe/Berlin";
  const dues = [
    "2025-05-01T10:00:00Z", // overdue → today
    "2025-06-10T01:00:00Z", // 03:00 on the 10th = study day 9th → overdue → today
    "2025-06-10T12:00:00Z", // today
    "2025-06-11T01:59:00Z", // 03:59 on the 11th → still today
    "2025-06-11T02:00:00Z", // tomorrow
    "2025-07-09T12:00:00Z", // day 29 (last)
    "2025-07-10T12:00:00Z", // beyond 30 days
  ].map((s) => new Date(s));

  it("buckets due dates per study day, overdue on today", () => {
    const forecast = computeForecast(dues, "2025-06-10", zone, 4);
    expect(forecast).toHaveLength(30);
    expect(forecast[0]).toEqual({ day: "2025-06-10", count: 4 });
    expect(forecast[1]).toEqual({ day: "2025-06-11", count: 1 });
    expect(forecast[29]).toEqual({ day: "2025-07-09", count: 1 });
    expect(forecast.reduce((n, d) => n + d.count, 0)).toBe(6);
  });

  it.each([
    [7, 5],
    [1, 4],
  ])("honours a %i-day horizon (total %i)", (days, total) => {
    const forecast = computeForecast(dues, "2025-06-10", zone, 4, days);
    expect(forecast).toHaveLength(days);
    expect(forecast.reduce((n, d) => n + d.count, 0)).toBe(total);
  });

  it("depends on the time zone", () => {
    // 2025-06-11T01:00Z is 18:00 on the 10th in Los Angeles.
    const [la] = computeForecast([new Date("2025-06-11T01:00:00Z")], "2025-06-10", "America/Los_Angeles", 4, 2);
    expect(la).toEqual({ day: "2025-06-10", count: 1 });
  });
});
