// Reviews per day as a calendar heatmap (weeks as columns, Monday on top), with the streak.
import type { DayCount } from "@/lib/core/progress/compute-heatmap";
import type { Streak } from "@/lib/core/progress/compute-streak";
import { formatDayLabel } from "@/lib/core/progress/format-figures";
import { isoWeekOf } from "@/lib/core/srs/day";

const CELL = 11;
const GAP = 2;
const LEFT = 18;
const TOP = 14;

function weekdayIndex(day: string): number {
  const [y, m, d] = day.split("-").map(Number);
  return (new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).getUTCDay() + 6) % 7; // Monday 0
}

/** Colour level 0–4: quartiles of the busiest day, so one huge day doesn't wash the rest out. */
function levelOf(count: number, max: number): number {
  if (count === 0 || max === 0) return 0;
  return Math.min(4, Math.ceil((count / max) * 4));
}

export function ReviewHeatmap({ days, streak }: { days: DayCount[]; streak: Streak }) {
  const offset = days[0] ? weekdayIndex(days[0].day) : 0;
  const weeks = Math.ceil((days.length + offset) / 7);
  const max = Math.max(0, ...days.map((d) => d.count));
  const total = days.reduce((s, d) => s + d.count, 0);
  const activeDays = days.filter((d) => d.count > 0).length;
  const width = LEFT + weeks * (CELL + GAP);
  const height = TOP + 7 * (CELL + GAP);
  // The streak counts reading days too, so say so: "0 reviews … streak 1 day" would read as a mistake.
  const summary = `${total} review${total === 1 ? "" : "s"} on ${activeDays} of the last ${days.length} days. Study streak (days you reviewed or read): ${
    streak.current
  } day${streak.current === 1 ? "" : "s"}, longest ${streak.longest}.`;
  const byWeek = new Map<string, number>();
  for (const d of days) byWeek.set(isoWeekOf(d.day), (byWeek.get(isoWeekOf(d.day)) ?? 0) + d.count);
  const monthLabels: { x: number; label: string }[] = [];
  days.forEach((d, i) => {
    if (d.day.endsWith("-01") || i === 0) {
      const week = Math.floor((i + offset) / 7);
      const label = { x: LEFT + week * (CELL + GAP), label: formatDayLabel(d.day).split(" ")[1] ?? "" };
      // A month label needs about three columns: the partial first month gives way to the next one.
      const previous = monthLabels[monthLabels.length - 1];
      if (previous && label.x - previous.x < 3 * (CELL + GAP)) monthLabels.pop();
      monthLabels.push(label);
    }
  });
  return (
    <figure className="chart" data-testid="review-heatmap">
      <figcaption>
        <strong>Reviews per day</strong>
        <span className="chart-summary">{summary}</span>
      </figcaption>
      <div className="heatmap-scroll">
        <svg
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          role="img"
          aria-label={`Review calendar: ${summary}`}
          className="heatmap"
        >
          {monthLabels.map((m) => (
            <text key={`${m.x}-${m.label}`} x={m.x} y={9} className="chart-tick">
              {m.label}
            </text>
          ))}
          {["M", "W", "F"].map((label, i) => (
            <text key={label} x={0} y={TOP + i * 2 * (CELL + GAP) + CELL - 2} className="chart-tick">
              {label}
            </text>
          ))}
          {days.map((d, i) => {
            const slot = i + offset;
            return (
              <rect
                key={d.day}
                x={LEFT + Math.floor(slot / 7) * (CELL + GAP)}
                y={TOP + (slot % 7) * (CELL + GAP)}
                width={CELL}
                height={CELL}
                rx={2}
                className={`heat-${levelOf(d.count, max)}`}
              >
                <title>{`${formatDayLabel(d.day)}: ${d.count} review${d.count === 1 ? "" : "s"}`}</title>
              </rect>
            );
          })}
        </svg>
      </div>
      <p className="heat-legend small muted" aria-hidden="true">
        Less{" "}
        {[0, 1, 2, 3, 4].map((l) => (
          <span key={l} className={`heat-swatch heat-${l}`} />
        ))}{" "}
        More
      </p>
      <table className="sr-only">
        <caption>Reviews per week</caption>
        <thead>
          <tr>
            <th scope="col">Week</th>
            <th scope="col">Reviews</th>
          </tr>
        </thead>
        <tbody>
          {[...byWeek].map(([week, count]) => (
            <tr key={week}>
              <th scope="row">{week}</th>
              <td>{count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
