// A column chart drawn as SVG, with a visually-hidden table for screen readers.
export interface Bar {
  /** Axis / table label, e.g. "3 Jun" or "W23". */
  label: string;
  /** null draws no bar (e.g. a week without reviews) and reads "no data". */
  value: number | null;
  /** Tooltip and table text; defaults to the value. */
  text?: string;
}

/** The smallest even whole number ≥ value. */
export function evenCeil(value: number): number {
  return Math.ceil(value / 2) * 2;
}

const W = 600;
const H = 180;
const PAD = { top: 12, right: 8, bottom: 24, left: 40 };

export function BarChart({
  bars,
  title,
  summary,
  valueHeader,
  maxValue,
  formatTick = (v) => String(v),
  testId,
}: {
  bars: Bar[];
  title: string;
  summary: string;
  valueHeader: string;
  /** Fixed top of the scale (e.g. 1 for ratios); defaults to the data maximum. */
  maxValue?: number;
  formatTick?: (value: number) => string;
  testId?: string;
}) {
  // Counts (and whole minutes) get whole-number ticks: the top is even, so the middle line is too.
  const max = maxValue ?? evenCeil(Math.max(2, ...bars.map((b) => b.value ?? 0)));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const slot = innerW / Math.max(1, bars.length);
  const barW = Math.max(2, slot * 0.7);
  const labelEvery = Math.ceil(bars.length / 6);
  const y = (v: number) => PAD.top + innerH - (v / max) * innerH;
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption>
        <strong>{title}</strong>
        <span className="chart-summary">{summary}</span>
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`${title}: ${summary}`}
        preserveAspectRatio="none"
        className="chart-svg"
      >
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(max * f)} y2={y(max * f)} className="chart-grid" />
            <text x={PAD.left - 6} y={y(max * f) + 4} textAnchor="end" className="chart-tick">
              {formatTick(max * f)}
            </text>
          </g>
        ))}
        {bars.map((b, i) => {
          const x = PAD.left + i * slot + (slot - barW) / 2;
          return (
            <g key={`${b.label}-${i}`}>
              {b.value !== null && b.value > 0 ? (
                <rect
                  x={x}
                  y={y(b.value)}
                  width={barW}
                  height={PAD.top + innerH - y(b.value)}
                  className="chart-bar"
                  rx={1.5}
                >
                  <title>{`${b.label}: ${b.text ?? b.value}`}</title>
                </rect>
              ) : null}
              {i % labelEvery === 0 ? (
                <text x={x + barW / 2} y={H - 6} textAnchor="middle" className="chart-tick">
                  {b.label}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <table className="sr-only">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">{valueHeader}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((b, i) => (
            <tr key={`${b.label}-${i}`}>
              <th scope="row">{b.label}</th>
              <td>{b.value === null ? "no data" : (b.text ?? b.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
