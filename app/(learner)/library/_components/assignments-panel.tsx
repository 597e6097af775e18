// The learner's assignments, shown at the top of the library, and one class's on its join page once joined.
import Link from "next/link";
import type { Actor } from "@/lib/server/actor";
import { findLearnerAssignments } from "@/lib/server/data/find-learner-assignments";
import { getTimeZone } from "@/lib/server/data/get-time-zone";
import { formatDueDate, formatPercent } from "@/lib/core/progress/format-figures";

export async function AssignmentsPanel({ actor, classId }: { actor: Actor; classId?: string }) {
  if (actor.role !== "LEARNER") return null;
  const [assignments, timeZone] = await Promise.all([
    findLearnerAssignments(actor, new Date(), classId),
    getTimeZone(actor),
  ]);
  if (assignments.length === 0 && classId !== undefined) {
    return (
      <p className="small muted">Your teacher hasn’t assigned a text yet; it will appear here and in your library.</p>
    );
  }
  if (assignments.length === 0) {
    return (
      <p className="small muted assignments-hint">
        In a class? <Link href="/classes">Join it with the code from your teacher</Link> to see your assignments here.
      </p>
    );
  }
  return (
    <section
      className="card stack assignments-panel"
      aria-labelledby="assignments-heading"
      data-testid="assignments-panel"
    >
      <h2 id="assignments-heading">Assignments</h2>
      <ul className="assignment-list">
        {assignments.map((a) => (
          <li key={a.id} className={a.isOverdue ? "is-overdue" : a.isFinished ? "is-finished" : undefined}>
            <div className="assignment-main">
              <Link href={`/read/${a.textId}`} className="assignment-title">
                {a.textTitle}
              </Link>
              <span className="small muted">
                {" "}
                · {a.className}
                {a.note ? ` · ${a.note}` : ""}
              </span>
            </div>
            <div className="assignment-meta small">
              {a.isFinished ? (
                <span className="badge badge-ok">done</span>
              ) : (
                <span>
                  <span className="meter" aria-hidden="true">
                    <span style={{ width: `${Math.round(a.readRatio * 100)}%` }} />
                  </span>{" "}
                  {formatPercent(a.readRatio)} read
                </span>
              )}
              {a.dueAt ? (
                <span className={a.isOverdue ? "overdue-text" : "muted"}>
                  {a.isOverdue ? "was due" : "due"} {formatDueDate(a.dueAt, timeZone)}
                </span>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
