import { listDays, studyDayOf, type StudyDay } from "../srs/day";
import type { WordStatus } from "../srs/status";

export interface WordStatusEvent {
  lexemeId: string;
  status: WordStatus;
  changedAt: Date;
}

export interface KnownWordsPoint {
  day: StudyDay;
  /** Words whose latest status at the end of that day is "known". */
  known: number;
}

/**
 * Cumulative known-word count at the end of each study day from `fromDay` to
 * `toDay`. Replays status changes in time order, so a word that drops back
 * from "known" (e.g. after a lapse) stops counting; events before `fromDay`
 * set the starting point.
 *
 * @example
 * computeKnownWordsOverTime(events, "Europe/Berlin", 4, "2025-06-01", "2025-06-30");
 * // [{ day: "2025-06-01", known: 120 }, …]
 */
export function computeKnownWordsOverTime(
  events: readonly WordStatusEvent[],
  timeZone: string,
  dayStartHour: number,
  fromDay: StudyDay,
  toDay: StudyDay,
): KnownWordsPoint[] {
  const sorted = [...events].sort((a, b) => a.changedAt.getTime() - b.changedAt.getTime());
  const isKnown = new Map<string, boolean>();
  let known = 0;
  let cursor = 0;
  const apply = (event: WordStatusEvent) => {
    const was = isKnown.get(event.lexemeId) ?? false;
    const now = event.status === "known";
    if (was !== now) known += now ? 1 : -1;
    isKnown.set(event.lexemeId, now);
  };
  const points: KnownWordsPoint[] = [];
  for (const day of listDays(fromDay, toDay)) {
    while (cursor < sorted.length) {
      const event = sorted[cursor];
      if (!event || studyDayOf(event.changedAt, timeZone, dayStartHour) > day) break;
      apply(event);
      cursor++;
    }
    points.push({ day, known });
  }
  return points;
}
