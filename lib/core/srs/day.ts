/**
 * Study-day arithmetic. A study day is a calendar day in the learner's IANA
 * time zone that starts at `dayStartHour` local time (Anki's "next day starts
 * at 4 am"), so a late-night session still counts for the evening before.
 *
 * Days are plain "YYYY-MM-DD" strings: they sort and compare as strings, and
 * they are what the UI, the DB (`date` columns) and the progress charts use.
 * Only Intl.DateTimeFormat is used, which carries the tz database in Node
 * and browsers.
 */

/** A study day as "YYYY-MM-DD". */
export type StudyDay = string;

const DAY_MS = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const formatterCache = new Map<string, Intl.DateTimeFormat>();

function getFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatterCache.get(timeZone);
  if (!formatter) {
    // en-US with h23 gives stable numeric parts; throws RangeError on an unknown zone.
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatterCache.set(timeZone, formatter);
  }
  return formatter;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
}

function getWallClock(epochMs: number, timeZone: string): WallClock & { minute: number; second: number } {
  const values: Record<string, number> = {};
  for (const part of getFormatter(timeZone).formatToParts(epochMs)) {
    if (part.type !== "literal") values[part.type] = Number(part.value);
  }
  return {
    year: values.year ?? 0,
    month: values.month ?? 1,
    day: values.day ?? 1,
    hour: values.hour ?? 0,
    minute: values.minute ?? 0,
    second: values.second ?? 0,
  };
}

/** Offset of local time from UTC in ms at an instant (e.g. +3_600_000 for CET). */
function getOffsetMs(epochMs: number, timeZone: string): number {
  const wholeSeconds = Math.floor(epochMs / 1000) * 1000;
  const w = getWallClock(wholeSeconds, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - wholeSeconds;
}

function assertDayStartHour(dayStartHour: number): void {
  if (!Number.isInteger(dayStartHour) || dayStartHour < 0 || dayStartHour > 23) {
    throw new RangeError(`dayStartHour must be an integer 0–23, got ${dayStartHour}`);
  }
}

function parseDay(day: StudyDay): { year: number; month: number; day: number } {
  const match = DAY_PATTERN.exec(day);
  if (!match) throw new RangeError(`Invalid study day "${day}" (expected YYYY-MM-DD)`);
  const parsed = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const check = new Date(Date.UTC(parsed.year, parsed.month - 1, parsed.day));
  if (check.getUTCMonth() !== parsed.month - 1 || check.getUTCDate() !== parsed.day) {
    throw new RangeError(`Invalid study day "${day}"`);
  }
  return parsed;
}

function formatUtcDate(date: Date): StudyDay {
  return date.toISOString().slice(0, 10);
}

/**
 * The study day an instant belongs to.
 *
 * @example
 * // 03:59 Berlin time with a 4 am day start still belongs to the day before.
 * studyDayOf(new Date("2025-06-10T01:59:00Z"), "Europe/Berlin", 4); // "2025-06-09"
 */
export function studyDayOf(instant: Date, timeZone: string, dayStartHour: number): StudyDay {
  assertDayStartHour(dayStartHour);
  const w = getWallClock(instant.getTime(), timeZone);
  // Compare wall-clock hours, not elapsed time, so a DST jump doesn't move the boundary.
  const calendar = new Date(Date.UTC(w.year, w.month - 1, w.day));
  if (w.hour < dayStartHour) calendar.setUTCDate(calendar.getUTCDate() - 1);
  return formatUtcDate(calendar);
}

/**
 * The first instant of a study day: `dayStartHour`:00 local time on that date.
 * If that wall time falls into a DST gap, the first instant after the gap is
 * used; if it occurs twice (DST fall-back), the earlier one.
 *
 * @example
 * startOfStudyDay("2025-03-30", "Europe/Berlin", 4).toISOString(); // "2025-03-30T02:00:00.000Z"
 */
export function startOfStudyDay(day: StudyDay, timeZone: string, dayStartHour: number): Date {
  assertDayStartHour(dayStartHour);
  const { year, month, day: date } = parseDay(day);
  const wallAsUtc = Date.UTC(year, month - 1, date, dayStartHour);
  // Offsets a day either side bracket any DST transition near the wall time.
  const offsetBefore = getOffsetMs(wallAsUtc - DAY_MS, timeZone);
  const offsetAfter = getOffsetMs(wallAsUtc + DAY_MS, timeZone);
  const candidates = [wallAsUtc - offsetBefore, wallAsUtc - offsetAfter]
    .filter((t) => t + getOffsetMs(t, timeZone) === wallAsUtc)
    .sort((a, b) => a - b);
  const first = candidates[0];
  // No candidate: the wall time doesn't exist (spring-forward gap); the
  // pre-transition offset lands just after the gap.
  return new Date(first ?? wallAsUtc - offsetBefore);
}

/**
 * The end of a study day, EXCLUSIVE: the first instant of the next study day.
 * Test membership with `start <= t && t < end`. Days are 23 or 25 hours long
 * across DST changes.
 *
 * @example
 * endOfStudyDay("2025-03-30", "Europe/Berlin", 0).toISOString(); // "2025-03-30T22:00:00.000Z"
 */
export function endOfStudyDay(day: StudyDay, timeZone: string, dayStartHour: number): Date {
  return startOfStudyDay(addDays(day, 1), timeZone, dayStartHour);
}

/**
 * Calendar arithmetic on "YYYY-MM-DD" strings (no time zone involved).
 *
 * @example
 * addDays("2025-02-28", 1); // "2025-03-01"
 */
export function addDays(day: StudyDay, days: number): StudyDay {
  const { year, month, day: date } = parseDay(day);
  return formatUtcDate(new Date(Date.UTC(year, month - 1, date + days)));
}

/**
 * Whole calendar days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * daysBetween("2025-03-01", "2025-03-08"); // 7
 */
export function daysBetween(from: StudyDay, to: StudyDay): number {
  const a = parseDay(from);
  const b = parseDay(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}

/**
 * Every day from `from` to `to`, both inclusive; empty when `to` < `from`.
 *
 * @example
 * listDays("2025-03-01", "2025-03-03"); // ["2025-03-01", "2025-03-02", "2025-03-03"]
 */
export function listDays(from: StudyDay, to: StudyDay): StudyDay[] {
  const count = daysBetween(from, to);
  const days: StudyDay[] = [];
  for (let i = 0; i <= count; i++) days.push(addDays(from, i));
  return days;
}

/**
 * ISO-8601 week of a day, as "YYYY-Www" (weeks start Monday; week 1 holds the first Thursday).
 *
 * @example
 * isoWeekOf("2025-01-01"); // "2025-W01"
 * isoWeekOf("2024-12-30"); // "2025-W01"
 */
export function isoWeekOf(day: StudyDay): string {
  const { year, month, day: date } = parseDay(day);
  const d = new Date(Date.UTC(year, month - 1, date));
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const weekYear = d.getUTCFullYear();
  const week = Math.ceil(((d.getTime() - Date.UTC(weekYear, 0, 1)) / DAY_MS + 1) / 7);
  return `${weekYear}-W${String(week).padStart(2, "0")}`;
}

/**
 * Whether a string is a valid "YYYY-MM-DD" study day.
 *
 * @example
 * isStudyDay("2025-02-30"); // false
 */
export function isStudyDay(value: string): boolean {
  try {
    parseDay(value);
    return true;
  } catch {
    return false;
  }
}
