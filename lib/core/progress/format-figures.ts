/**
 * Display formatting for progress and dashboard figures: pure, so pages,
 * tests and any CLI say "1 h 05 min" and "due 30 Jun 2025" the same way.
 */

/**
 * A duration in whole minutes or hours and minutes; under a minute shows seconds.
 *
 * @example
 * formatDuration(3900); // "1 h 05 min"
 * formatDuration(95);   // "1 min"
 * formatDuration(0);    // "0 min"
 */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s > 0 && s < 60) return `${s} s`;
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min`;
}

/**
 * A ratio 0–1 as a whole percentage, never showing 100 % before it is complete.
 *
 * @example
 * formatPercent(0.996); // "99 %"
 * formatPercent(1);     // "100 %"
 */
export function formatPercent(ratio: number): string {
  const clamped = Math.min(1, Math.max(0, ratio));
  const percent = clamped < 1 ? Math.min(99, Math.round(clamped * 100)) : 100;
  return `${percent} %`;
}

/**
 * The calendar day a due instant belongs to. Due dates are stored as the
 * first instant AFTER the due day (exclusive end), so one millisecond is
 * taken off before formatting in the viewer's zone.
 *
 * @example
 * formatDueDate(new Date("2025-06-30T22:00:00Z"), "Europe/Berlin"); // "30 Jun 2025"
 */
export function formatDueDate(dueAt: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone }).format(
    new Date(dueAt.getTime() - 1),
  );
}

/**
 * A study day "YYYY-MM-DD" as a short label.
 *
 * @example
 * formatDayLabel("2025-06-03"); // "3 Jun"
 */
export function formatDayLabel(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" }).format(
    new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)),
  );
}
