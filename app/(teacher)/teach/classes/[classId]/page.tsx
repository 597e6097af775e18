// /teach/classes/[classId] – join link, learners, assignments and the most looked-up words of one class.
import Link from "next/link";
import { notFound } from "next/navigation";
import { headers } from "next/headers";
import { requireTeacher } from "@/lib/server/auth";
import { isAppError } from "@/lib/server/errors";
import { getClassById } from "@/lib/server/data/get-class-by-id";
import { findClassLearners } from "@/lib/server/data/find-class-learners";
import { findClassAssignments } from "@/lib/server/data/find-class-assignments";
import { findClassTopLookups } from "@/lib/server/data/find-class-top-lookups";
import { findAssignableTexts } from "@/lib/server/data/find-assignable-texts";
import { getTimeZone } from "@/lib/server/data/get-time-zone";
import { formatDueDate } from "@/lib/core/progress/format-figures";
import { AssignmentForm } from "../../_components/assignment-form";
import { deleteAssignmentAction, removeLearnerAction } from "../../actions";
import { ConfirmSubmit } from "@/app/_components/confirm-submit";
import { LOOKUP_DEFINITION } from "@/lib/core/progress/figure-definitions";

export const metadata = { title: "Class" };

async function loadClass(classId: string) {
  const actor = await requireTeacher();
  try {
    const klass = await getClassById(actor, classId);
    const [learners, assignments, lookups, texts, timeZone] = await Promise.all([
      findClassLearners(actor, classId),
      findClassAssignments(actor, classId),
      findClassTopLookups(actor, classId),
      findAssignableTexts(actor),
      getTimeZone(actor),
    ]);
    return { klass, learners, assignments, lookups, texts, timeZone };
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function ClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const { klass, learners, assignments, lookups, texts, timeZone } = await loadClass(classId);
  const host = (await headers()).get("host");
  const joinPath = `/join/${klass.joinCode}`;
  return (
    <main id="main" className="page stack">
      <p className="small">
        <Link href="/teach">← Classes</Link>
      </p>
      <h1>{klass.name}</h1>
      <section className="card stack" aria-labelledby="join-heading">
        <h2 id="join-heading">Invite learners</h2>
        <p>
          Join code:{" "}
          <strong className="join-code" data-testid="join-code">
            {klass.joinCode}
          </strong>
        </p>
        <p className="small muted">
          Learners enter it under Classes, or open <Link href={joinPath}>{host ? `${host}${joinPath}` : joinPath}</Link>
          .
        </p>
      </section>

      <section className="stack" aria-labelledby="assignments-heading">
        <h2 id="assignments-heading">Assignments</h2>
        {assignments.length === 0 ? (
          <div className="card empty-state">
            <p>Nothing assigned yet. Pick a text below; learners see it at the top of their library.</p>
          </div>
        ) : (
          <ul className="teach-card-list" data-testid="assignment-list">
            {assignments.map((a) => {
              const isOverdue = a.isPastDue;
              return (
                <li key={a.id} className="card stack">
                  <div className="row teach-spread">
                    <h3>
                      <Link href={`/teach/assignments/${a.id}`}>{a.textTitle}</Link>
                    </h3>
                    <form action={deleteAssignmentAction}>
                      <input type="hidden" name="assignmentId" value={a.id} />
                      <input type="hidden" name="classId" value={klass.id} />
                      <ConfirmSubmit
                        label="Withdraw"
                        confirmLabel="Withdraw it?"
                        description={`Withdraw ${a.textTitle} from the class`}
                      />
                    </form>
                  </div>
                  <p className="small muted">
                    {a.dueAt ? (
                      <span className={isOverdue ? "overdue-text" : undefined}>
                        {isOverdue ? "Was due" : "Due"} {formatDueDate(a.dueAt, timeZone)}
                      </span>
                    ) : (
                      "No due date"
                    )}
                    {a.note ? <> · {a.note}</> : null}
                  </p>
                  <p className="small">
                    <Link href={`/teach/assignments/${a.id}`}>Progress and pre-teaching →</Link>
                  </p>
                </li>
              );
            })}
          </ul>
        )}
        <div className="card stack">
          <h3>Assign a text</h3>
          {texts.length === 0 ? (
            <p className="muted">There are no texts to assign yet. Import one from your library first.</p>
          ) : (
            <AssignmentForm
              classId={klass.id}
              texts={texts.map((t) => ({ id: t.id, title: t.title, isShared: t.isShared }))}
            />
          )}
        </div>
      </section>

      <section className="stack" aria-labelledby="learners-heading">
        <h2 id="learners-heading">Learners ({learners.length})</h2>
        {learners.length === 0 ? (
          <div className="card empty-state">
            <p>No learners yet. Share the join code above.</p>
          </div>
        ) : (
          <div className="table-scroll">
            <table className="data" data-testid="learner-table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Joined</th>
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {learners.map((l) => (
                  <tr key={l.id}>
                    <td>{l.name}</td>
                    <td>{new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone }).format(l.joinedAt)}</td>
                    <td>
                      <form action={removeLearnerAction}>
                        <input type="hidden" name="classId" value={klass.id} />
                        <input type="hidden" name="learnerId" value={l.id} />
                        <ConfirmSubmit
                          label="Remove"
                          confirmLabel={`Remove ${l.name}?`}
                          description={`Remove ${l.name} from the class`}
                        />
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="stack" aria-labelledby="lookups-heading">
        <h2 id="lookups-heading">Most looked-up words</h2>
        <p className="small muted" data-testid="lookup-definition">
          Looked up: {LOOKUP_DEFINITION}.
        </p>
        {lookups.length === 0 ? (
          <p className="muted">Once learners read an assigned text, the words they look up most appear here.</p>
        ) : (
          <div className="table-scroll">
            <table className="data" data-testid="top-lookups">
              <thead>
                <tr>
                  <th scope="col">Word</th>
                  <th scope="col">Meaning</th>
                  <th scope="col" className="num">
                    Learners
                  </th>
                  <th scope="col" className="num">
                    Look-ups
                  </th>
                </tr>
              </thead>
              <tbody>
                {lookups.map((w) => (
                  <tr key={w.lexemeId}>
                    <td lang="de">{w.lemma}</td>
                    <td>{w.gloss ?? "—"}</td>
                    <td className="num">{w.learners}</td>
                    <td className="num">{w.lookups}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </main>
  );
}
