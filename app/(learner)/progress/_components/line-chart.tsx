// A line chart (known words over time) as SVG, with a visually-hidden weekly table.
import type { KnownWordsPoint } from "@/lib/core/progress/compute-known-words-over-time";
import { formatDayLabel } from "@/lib/core/progress/format-figures";
import { evenCeil } from "./bar-chart";

const W = 600;
const H = 180;
const PAD = { top: 12, right: 8, bottom: 24, left: 40 };

export function KnownWordsChart({ points }: { points: KnownWordsPoint[] }) {
  const first = points[0];
  const last = points[points.length - 1];
  const max = evenCeil(Math.max(10, ...points.map((p) => p.known)));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points.length <= 1 ? 0 : (i / (points.length - 1)) * innerW);
  const y = (v: number) => PAD.top + innerH - (v / max) * innerH;
  const line = points.map((p, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(p.known).toFixed(1)}`).join(" ");
  const area = `${line} L${x(points.length - 1).toFixed(1)},${y(0)} L${x(0).toFixed(1)},${y(0)} Z`;
  const summary =
    first && last
      ? `${last.known} known word${last.known === 1 ? "" : "s"} on ${formatDayLabel(last.day)}, ${
          last.known - first.known >= 0 ? "up" : "down"
        } ${Math.abs(last.known - first.known)} since ${formatDayLabel(first.day)}.`
      : "No data yet.";
  const weekly = points.filter((_, i) => (points.length - 1 - i) % 7 === 0);
  return (
    <figure className="chart" data-testid="known-words-chart">
      <figcaption>
        <strong>Known words</strong>
        <span className="chart-summary">{summary}</span>
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`Known words over time: ${summary}`}
        preserveAspectRatio="none"
        className="chart-svg"
      >
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(max * f)} y2={y(max * f)} className="chart-grid" />
            <text x={PAD.left - 6} y={y(max * f) + 4} textAnchor="end" className="chart-tick">
              {Math.round(max * f)}
            </text>
          </g>
        ))}
        <path d={area} className="chart-area" />
        <path d={line} className="chart-line" />
        {first ? (
          <text x={x(0)} y={H - 6} className="chart-tick">
            {formatDayLabel(first.day)}
          </text>
        ) : null}
        {last ? (
          <text x={x(points.length - 1)} y={H - 6} textAnchor="end" className="chart-tick">
            {formatDayLabel(last.day)}
          </text>
        ) : null}
      </svg>
      <table className="sr-only">
        <caption>Known words, weekly</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Known words</th>
          </tr>
        </thead>
        <tbody>
          {weekly.map((p) => (
            <tr key={p.day}>
              <th scope="row">{formatDayLabel(p.day)}</th>
              <td>{p.known}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
