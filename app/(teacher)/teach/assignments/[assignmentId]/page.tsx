// /teach/assignments/[assignmentId] – per-learner progress on one assignment (sortable) and pre-teaching.
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireTeacher } from "@/lib/server/auth";
import { isAppError } from "@/lib/server/errors";
import { getAssignmentDashboard } from "@/lib/server/data/get-assignment-dashboard";
import { findPreTeachingWords } from "@/lib/server/data/find-pre-teaching-words";
import { getTimeZone } from "@/lib/server/data/get-time-zone";
import { dashboardSortSchema, type DashboardSort } from "@/lib/validation/teach";
import { sortDashboardRows, type DashboardSortKey } from "@/lib/core/progress/sort-dashboard-rows";
import { formatDueDate, formatDuration, formatPercent } from "@/lib/core/progress/format-figures";
import { LOOKUP_DEFINITION } from "@/lib/core/progress/figure-definitions";
import { PreTeachForm } from "../../_components/pre-teach-form";

export const metadata = { title: "Assignment progress" };

const COLUMNS: { key: DashboardSortKey; label: string; isNumeric: boolean }[] = [
  { key: "name", label: "Learner", isNumeric: false },
  { key: "read", label: "Read", isNumeric: true },
  { key: "time", label: "Time", isNumeric: true },
  { key: "lookups", label: "Words looked up", isNumeric: true },
  { key: "cards", label: "Cards added", isNumeric: true },
  { key: "reviews", label: "Reviews", isNumeric: true },
  { key: "known", label: "Known words", isNumeric: true },
];

const ARTICLE: Record<string, string> = { m: "der", f: "die", n: "das" };

async function load(assignmentId: string) {
  const actor = await requireTeacher();
  try {
    const [dashboard, preTeaching, timeZone] = await Promise.all([
      getAssignmentDashboard(actor, assignmentId),
      findPreTeachingWords(actor, assignmentId),
      getTimeZone(actor),
    ]);
    return { dashboard, preTeaching, timeZone };
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

function SortHeader({ column, sort }: { column: (typeof COLUMNS)[number]; sort: DashboardSort }) {
  const isActive = sort.sort === column.key;
  // First click on a figure sorts high-to-low (who is furthest); names go A–Z.
  const nextDir = isActive ? (sort.dir === "asc" ? "desc" : "asc") : column.isNumeric ? "desc" : "asc";
  return (
    <th
      scope="col"
      className={column.isNumeric ? "num" : undefined}
      aria-sort={isActive ? (sort.dir === "asc" ? "ascending" : "descending") : undefined}
    >
      <Link href={`?sort=${column.key}&dir=${nextDir}`} scroll={false} className="sort-link">
        {column.label}
        <span aria-hidden="true">{isActive ? (sort.dir === "asc" ? " ▲" : " ▼") : ""}</span>
      </Link>
    </th>
  );
}

export default async function AssignmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ assignmentId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { assignmentId } = await params;
  const sort = dashboardSortSchema.parse(await searchParams);
  const { dashboard, preTeaching, timeZone } = await load(assignmentId);
  const { assignment, klass, text } = dashboard;
  const rows = sortDashboardRows(dashboard.rows, sort.sort, sort.dir);
  const finished = rows.filter((r) => r.isFinished).length;
  const overdue = rows.filter((r) => r.isOverdue).length;
  return (
    <main id="main" className="page stack">
      <p className="small">
        <Link href={`/teach/classes/${klass.id}`}>← {klass.name}</Link>
      </p>
      <h1>{text.title}</h1>
      <p className="muted">
        {assignment.dueAt ? (
          <span className={assignment.isPastDue ? "overdue-text" : undefined}>
            {assignment.isPastDue ? "Was due" : "Due"} {formatDueDate(assignment.dueAt, timeZone)}
          </span>
        ) : (
          "No due date"
        )}
        {assignment.note ? <> · “{assignment.note}”</> : null} ·{" "}
        <Link href={`/teach/texts/${text.id}?class=${klass.id}`} data-testid="correct-for-class">
          Correct translations and glosses for {klass.name}
        </Link>
        {text.isOwned ? (
          <>
            {" "}
            · <Link href={`/teach/texts/${text.id}`}>Correct your text for every reader</Link>
          </>
        ) : null}
      </p>

      <section className="stack" aria-labelledby="learners-heading">
        <h2 id="learners-heading">Learners</h2>
        {rows.length === 0 ? (
          <div className="card empty-state">
            <p>No learners in this class yet. Share the class’s join code; their progress appears here.</p>
          </div>
        ) : (
          <>
            <p className="small muted" data-testid="dashboard-summary">
              {finished} of {rows.length} finished{overdue > 0 ? ` · ${overdue} overdue` : ""}. Figures cover this text
              only; cards and reviews count since the assignment ({text.wordCount} words in the text, names excluded).
            </p>
            <p className="small muted" data-testid="lookup-definition">
              Words looked up: {LOOKUP_DEFINITION}.
            </p>
            <div className="table-scroll">
              <table className="data dashboard-table" data-testid="dashboard">
                <caption className="sr-only">
                  Progress of each learner on {text.title}. Column headers sort the table.
                </caption>
                <thead>
                  <tr>
                    {COLUMNS.map((c) => (
                      <SortHeader key={c.key} column={c} sort={sort} />
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr
                      key={r.learnerId}
                      className={r.isOverdue ? "is-overdue" : undefined}
                      data-testid="dashboard-row"
                    >
                      <th scope="row">
                        {r.name}
                        {r.isOverdue ? <span className="badge badge-danger">overdue</span> : null}
                        {r.isFinished ? <span className="badge badge-ok">finished</span> : null}
                      </th>
                      <td className="num">
                        <span className="meter" aria-hidden="true">
                          <span style={{ width: `${Math.round(r.readRatio * 100)}%` }} />
                        </span>{" "}
                        <span data-testid="read-percent">{formatPercent(r.readRatio)}</span>
                      </td>
                      <td className="num">{formatDuration(r.secondsSpent)}</td>
                      <td className="num">{r.wordsLookedUp}</td>
                      <td className="num" data-testid="cards-added">
                        {r.cardsAdded}
                      </td>
                      <td className="num">{r.reviewsDone}</td>
                      <td className="num">{formatPercent(r.knownRatio)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>

      <section className="stack" aria-labelledby="preteach-heading">
        <h2 id="preteach-heading">Pre-teach the hard words</h2>
        <p className="small muted">
          Words of this text that most of the class doesn’t know yet, most frequent first. Pushed words arrive as new
          cards in every learner’s review, with a sentence of the text as context; nobody gets a word twice.
        </p>
        {preTeaching.learnerCount === 0 ? (
          <div className="card empty-state">
            <p>Once learners join the class, the words they don’t know yet appear here.</p>
          </div>
        ) : preTeaching.words.length === 0 ? (
          <div className="card empty-state">
            <p>Most of your learners already know every content word of this text. Nothing to pre-teach.</p>
          </div>
        ) : (
          <PreTeachForm
            assignmentId={assignment.id}
            learnerCount={preTeaching.learnerCount}
            words={preTeaching.words.map((w) => ({
              lexemeId: w.lexemeId,
              front: w.pos === "NOUN" && w.gender && ARTICLE[w.gender] ? `${ARTICLE[w.gender]} ${w.lemma}` : w.lemma,
              gloss: w.gloss,
              count: w.count,
              unknownCount: w.unknownCount,
              withCardCount: w.withCardCount,
            }))}
          />
        )}
      </section>
    </main>
  );
}
