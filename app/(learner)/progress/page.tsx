// /progress – the learner's own figures: headline numbers, daily goal and charts.
import Link from "next/link";
import { requireUser } from "@/lib/server/auth";
import { getProgressOverview } from "@/lib/server/data/get-progress-overview";
import { formatDayLabel, formatDuration, formatPercent } from "@/lib/core/progress/format-figures";
import { BarChart } from "./_components/bar-chart";
import { KnownWordsChart } from "./_components/line-chart";
import { ReviewHeatmap } from "./_components/review-heatmap";
import { GoalRing } from "./_components/goal-ring";
import { GoalForm } from "./_components/goal-form";

export const metadata = { title: "Progress" };

export default async function ProgressPage() {
  const actor = await requireUser();
  const p = await getProgressOverview(actor);
  const readTotals = p.readingPerDay.reduce(
    (t, d) => ({ words: t.words + d.wordsRead, seconds: t.seconds + d.seconds }),
    { words: 0, seconds: 0 },
  );
  const forecastTotal = p.forecast.reduce((s, d) => s + d.count, 0);
  const busiest = p.forecast.reduce((b, d) => (d.count > b.count ? d : b), { day: p.today, count: 0 });
  const retentionWeeks = p.retention.filter((w) => w.mature.rate !== null);
  const lastRetention = retentionWeeks[retentionWeeks.length - 1];
  return (
    <main id="main" className="page stack">
      <h1>Progress</h1>
      <section aria-label="Today at a glance" className="stat-grid" data-testid="headline-stats">
        <div className="card stat">
          <span className="stat-value" data-testid="known-words">
            {p.knownWords}
          </span>
          <span className="stat-label">known words</span>
        </div>
        <div className="card stat">
          <span className="stat-value" data-testid="due-today">
            {p.dueToday}
          </span>
          <span className="stat-label">
            due today · <Link href="/review">review</Link>
          </span>
        </div>
        <div className="card stat">
          <span className="stat-value" data-testid="streak">
            {p.streak.current}
          </span>
          <span className="stat-label">
            day streak{p.streak.current > 0 && !p.streak.isTodayDone ? " — study today to keep it" : ""}
          </span>
        </div>
        <div className="card stat">
          <span className="stat-value">{p.textsFinished.count}</span>
          <span className="stat-label">texts finished</span>
        </div>
      </section>

      <section className="card goal-card" aria-labelledby="goal-heading">
        <h2 id="goal-heading" className="sr-only">
          Daily goal
        </h2>
        <GoalRing goal={p.goal} />
        <details className="goal-settings">
          <summary>Change goal</summary>
          <GoalForm {...p.goalSettings} />
        </details>
      </section>

      {!p.hasAnyActivity ? (
        <div className="card empty-state" data-testid="progress-empty">
          <p>
            Nothing to chart yet. <Link href="/library">Open a text in your library</Link>, click words you don’t know
            and add them to review; then <Link href="/review">review</Link> them here each day. Your charts fill in as
            you go.
          </p>
        </div>
      ) : null}

      <div className="chart-grid-layout">
        <section className="card">
          <KnownWordsChart points={p.knownOverTime} />
        </section>
        <section className="card">
          <ReviewHeatmap days={p.heatmap} streak={p.streak} />
        </section>
        <section className="card">
          <BarChart
            testId="retention-chart"
            title="True retention on mature cards"
            summary={
              lastRetention?.mature.rate != null
                ? `Last week with mature reviews (${lastRetention.week}): ${formatPercent(lastRetention.mature.rate)} passed (${lastRetention.mature.passed} of ${lastRetention.mature.total}).`
                : "No mature cards yet: a card counts as mature once its interval reaches 21 days."
            }
            valueHeader="Passed (Hard/Good/Easy)"
            maxValue={1}
            formatTick={(v) => `${Math.round(v * 100)}%`}
            bars={p.retention.map((w) => ({
              label: w.week.slice(5),
              value: w.mature.rate,
              text:
                w.mature.rate === null
                  ? undefined
                  : `${formatPercent(w.mature.rate)} (${w.mature.passed} of ${w.mature.total})`,
            }))}
          />
        </section>
        <section className="card">
          <BarChart
            testId="forecast-chart"
            title="Reviews due, next 30 days"
            summary={
              forecastTotal === 0
                ? "Nothing scheduled yet: cards you have started reviewing appear here."
                : `${forecastTotal} reviews due in the next 30 days; busiest day ${formatDayLabel(busiest.day)} with ${busiest.count}.`
            }
            valueHeader="Cards due"
            bars={p.forecast.map((d) => ({ label: formatDayLabel(d.day), value: d.count }))}
          />
        </section>
        <section className="card">
          <BarChart
            testId="words-read-chart"
            title="Words read per day"
            summary={`${readTotals.words} words in the last 30 days.`}
            valueHeader="Words read"
            bars={p.readingPerDay.map((d) => ({ label: formatDayLabel(d.day), value: d.wordsRead }))}
          />
        </section>
        <section className="card">
          <BarChart
            testId="time-read-chart"
            title="Time read per day"
            summary={`${formatDuration(readTotals.seconds)} in the last 30 days.`}
            valueHeader="Minutes read"
            formatTick={(v) => `${Math.round(v)}m`}
            bars={p.readingPerDay.map((d) => ({
              label: formatDayLabel(d.day),
              value: d.seconds / 60,
              text: formatDuration(d.seconds),
            }))}
          />
        </section>
      </div>

      <section className="card stack" aria-labelledby="finished-heading">
        <h2 id="finished-heading">Texts finished</h2>
        {p.textsFinished.count === 0 ? (
          <p className="muted">None yet. Read a text to its end and press “Finish” to count it here.</p>
        ) : (
          <ul className="teach-link-list">
            {p.textsFinished.recent.map((t) => (
              <li key={t.textId}>
                <Link href={`/read/${t.textId}`}>{t.title}</Link>
                {t.finishedAt ? (
                  <span className="small muted">
                    {" "}
                    ·{" "}
                    {new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: p.timeZone }).format(
                      t.finishedAt,
                    )}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
