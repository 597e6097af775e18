// /classes – the learner's classes: join one with a code, leave one.
import { requireUser } from "@/lib/server/auth";
import { findLearnerClasses } from "@/lib/server/data/find-learner-classes";
import { JoinClassForm } from "./_components/join-class-form";
import { leaveClassAction } from "./actions";

export const metadata = { title: "Classes" };

export default async function ClassesPage() {
  const actor = await requireUser();
  const classes = await findLearnerClasses(actor);
  return (
    <main id="main" className="page stack">
      <h1>Classes</h1>
      {actor.role === "TEACHER" ? (
        <div className="card">
          <p>
            Teacher accounts run classes rather than join them: see <a href="/teach">Teach</a>.
          </p>
        </div>
      ) : (
        <section className="card stack" aria-labelledby="join-heading">
          <h2 id="join-heading">Join a class</h2>
          <p className="small muted">
            Enter the code your teacher gave you. Your teacher then sees your progress on the texts they assign —
            nothing else.
          </p>
          <JoinClassForm />
        </section>
      )}
      <section className="stack" aria-labelledby="my-classes-heading">
        <h2 id="my-classes-heading">Your classes</h2>
        {classes.length === 0 ? (
          <div className="card empty-state">
            <p>You are not in any class yet.</p>
          </div>
        ) : (
          <ul className="teach-card-list" data-testid="my-classes">
            {classes.map((c) => (
              <li key={c.id} className="card row teach-spread">
                <div>
                  <h3>{c.name}</h3>
                  <p className="small muted">
                    Teacher: {c.teacherName} · {c.assignmentCount} assignment{c.assignmentCount === 1 ? "" : "s"}
                  </p>
                </div>
                <form action={leaveClassAction}>
                  <input type="hidden" name="classId" value={c.id} />
                  <button type="submit" className="btn" aria-label={`Leave ${c.name}`}>
                    Leave
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
