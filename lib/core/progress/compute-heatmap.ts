import { listDays, studyDayOf, type StudyDay } from "../srs/day";

export interface DayCount {
  day: StudyDay;
  count: number;
}

/**
 * Reviews per study day for a calendar heatmap, one entry for every day from
 * `fromDay` to `toDay` inclusive (zero days included, so the UI needn't fill gaps).
 *
 * @example
 * computeHeatmap(reviews, "Europe/Berlin", 4, "2025-06-01", "2025-06-30");
 * // [{ day: "2025-06-01", count: 0 }, { day: "2025-06-02", count: 14 }, …]
 */
export function computeHeatmap(
  reviews: readonly { reviewedAt: Date }[],
  timeZone: string,
  dayStartHour: number,
  fromDay: StudyDay,
  toDay: StudyDay,
): DayCount[] {
  const counts = new Map<StudyDay, number>();
  for (const review of reviews) {
    const day = studyDayOf(review.reviewedAt, timeZone, dayStartHour);
    if (day >= fromDay && day <= toDay) counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return listDays(fromDay, toDay).map((day) => ({ day, count: counts.get(day) ?? 0 }));
}
