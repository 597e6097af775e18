import { addDays, studyDayOf, type StudyDay } from "../srs/day";

export interface Streak {
  /** Consecutive active days up to today, or up to yesterday while today is still open. */
  current: number;
  longest: number;
  /** Whether today already has activity (the UI can say "keep your streak"). */
  isTodayDone: boolean;
}

/**
 * Unique, sorted study days of a list of activity instants (reviews, reading
 * sessions…). Use it to turn timestamps into the input of {@link computeStreak}.
 *
 * @example
 * collectActivityDays([new Date("2025-06-10T01:30:00Z")], "Europe/Berlin", 4); // ["2025-06-09"]
 */
export function collectActivityDays(instants: readonly Date[], timeZone: string, dayStartHour: number): StudyDay[] {
  const days = new Set<StudyDay>();
  for (const instant of instants) days.add(studyDayOf(instant, timeZone, dayStartHour));
  return [...days].sort();
}

/**
 * Current and longest streak of active study days. A day without activity
 * breaks the streak only once it is over, so before the learner has done
 * anything today the current streak still counts up to yesterday.
 * Days after `today` (clock skew, other time zone) are ignored.
 *
 * @example
 * computeStreak(["2025-06-08", "2025-06-09"], "2025-06-10");
 * // { current: 2, longest: 2, isTodayDone: false }
 */
export function computeStreak(activityDays: readonly StudyDay[], today: StudyDay): Streak {
  const days = new Set(activityDays.filter((day) => day <= today));
  const isTodayDone = days.has(today);

  let current = 0;
  for (let day = isTodayDone ? today : addDays(today, -1); days.has(day); day = addDays(day, -1)) current++;

  let longest = 0;
  let run = 0;
  let previous: StudyDay | null = null;
  for (const day of [...days].sort()) {
    run = previous !== null && addDays(previous, 1) === day ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = day;
  }
  return { current, longest, isTodayDone };
}
