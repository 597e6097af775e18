import { addDays, studyDayOf, type StudyDay } from "../srs/day";
import type { DayCount } from "./compute-heatmap";

/**
 * Cards falling due on each of the next `days` study days, starting today.
 * Overdue cards are counted on today, since that is when they will be shown.
 * Pass the due dates of started cards only (new cards have no real due date).
 *
 * @example
 * computeForecast(dueDates, "2025-06-10", "Europe/Berlin", 4);
 * // [{ day: "2025-06-10", count: 31 }, { day: "2025-06-11", count: 12 }, …] (30 entries)
 */
export function computeForecast(
  dueDates: readonly Date[],
  today: StudyDay,
  timeZone: string,
  dayStartHour: number,
  days = 30,
): DayCount[] {
  const forecast: DayCount[] = Array.from({ length: days }, (_, i) => ({ day: addDays(today, i), count: 0 }));
  const index = new Map(forecast.map((entry, i) => [entry.day, i]));
  const lastDay = addDays(today, days - 1);
  for (const due of dueDates) {
    const day = studyDayOf(due, timeZone, dayStartHour);
    if (day > lastDay) continue;
    const entry = forecast[day < today ? 0 : (index.get(day) ?? -1)];
    if (entry) entry.count++;
  }
  return forecast;
}
