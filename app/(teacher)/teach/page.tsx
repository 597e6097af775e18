// /teach – the teacher's classes, a form for a new class, and their texts to correct.
import Link from "next/link";
import { requireTeacher } from "@/lib/server/auth";
import { findTaughtClasses } from "@/lib/server/data/find-taught-classes";
import { findAssignableTexts } from "@/lib/server/data/find-assignable-texts";
import { CreateClassForm } from "./_components/create-class-form";

export const metadata = { title: "Teach" };

export default async function TeachPage() {
  const actor = await requireTeacher();
  const [classes, texts] = await Promise.all([findTaughtClasses(actor), findAssignableTexts(actor)]);
  const ownTexts = texts.filter((t) => t.isOwned);
  return (
    <main id="main" className="page stack">
      <h1>Teach</h1>
      <section aria-labelledby="classes-heading" className="stack">
        <h2 id="classes-heading">Your classes</h2>
        {classes.length === 0 ? (
          <div className="card empty-state">
            <p>No classes yet. Create one below, then give your learners its join code.</p>
          </div>
        ) : (
          <ul className="teach-card-list" data-testid="class-list">
            {classes.map((c) => (
              <li key={c.id} className="card">
                <h3>
                  <Link href={`/teach/classes/${c.id}`}>{c.name}</Link>
                </h3>
                <p className="muted small">
                  {c.learnerCount} learner{c.learnerCount === 1 ? "" : "s"} · {c.assignmentCount} assignment
                  {c.assignmentCount === 1 ? "" : "s"} · join code <code>{c.joinCode}</code>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="new-class-heading" className="card stack">
        <h2 id="new-class-heading">New class</h2>
        <CreateClassForm />
      </section>
      <section aria-labelledby="texts-heading" className="stack">
        <h2 id="texts-heading">Your texts</h2>
        <p className="muted small">
          Correct sentence translations and word glosses; your learners see the corrections.
        </p>
        {ownTexts.length === 0 ? (
          <div className="card empty-state">
            <p>
              You haven’t imported any texts. Import one from your <Link href="/library">library</Link>; shared texts
              can be assigned as they are.
            </p>
          </div>
        ) : (
          <ul className="teach-link-list">
            {ownTexts.map((t) => (
              <li key={t.id}>
                <Link href={`/teach/texts/${t.id}`}>{t.title}</Link>{" "}
                <span className="muted small">· {t.sentenceCount} sentences</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
