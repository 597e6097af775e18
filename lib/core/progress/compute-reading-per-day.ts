import { listDays, studyDayOf, type StudyDay } from "../srs/day";

export interface ReadingSession {
  startedAt: Date;
  seconds: number;
  wordsRead: number;
}

export interface ReadingDay {
  day: StudyDay;
  seconds: number;
  wordsRead: number;
  sessions: number;
}

/**
 * Reading time and words per study day, every day from `fromDay` to `toDay`.
 * A session counts entirely on the day it started (splitting a session at the
 * day boundary would make a late-night read look like two short ones).
 *
 * @example
 * computeReadingPerDay(sessions, "Europe/Berlin", 4, "2025-06-01", "2025-06-07");
 * // [{ day: "2025-06-01", seconds: 900, wordsRead: 1450, sessions: 2 }, …]
 */
export function computeReadingPerDay(
  sessions: readonly ReadingSession[],
  timeZone: string,
  dayStartHour: number,
  fromDay: StudyDay,
  toDay: StudyDay,
): ReadingDay[] {
  const byDay = new Map<StudyDay, ReadingDay>(
    listDays(fromDay, toDay).map((day) => [day, { day, seconds: 0, wordsRead: 0, sessions: 0 }]),
  );
  for (const session of sessions) {
    const entry = byDay.get(studyDayOf(session.startedAt, timeZone, dayStartHour));
    if (!entry) continue;
    entry.seconds += Math.max(0, session.seconds);
    entry.wordsRead += Math.max(0, session.wordsRead);
    entry.sessions++;
  }
  return [...byDay.values()];
}
