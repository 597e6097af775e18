import Link from "next/link";
import { requireUser } from "@/lib/server/auth";
import { findLibraryTexts, type LibraryText } from "@/lib/server/data/find-library-texts";
import { AssignmentsPanel } from "./_components/assignments-panel";

export const metadata = { title: "Library" };

const DIFFICULTY: Record<LibraryText["difficulty"], string> = {
  comfortable: "Comfortable",
  challenging: "Challenging",
  hard: "Hard",
};

function KnownBar({ text }: { text: LibraryText }) {
  const learningPercent = text.lexemeCount ? Math.round((text.learningCount / text.lexemeCount) * 100) : 0;
  return (
    <div
      className="known-bar"
      role="img"
      aria-label={`${text.knownPercent}% of ${text.lexemeCount} words known, ${learningPercent}% learning, ${text.newCount} new`}
    >
      <span className="known-bar-known" style={{ width: `${text.knownPercent}%` }} />
      <span className="known-bar-learning" style={{ width: `${learningPercent}%` }} />
    </div>
  );
}

export default async function LibraryPage() {
  const actor = await requireUser();
  const texts = await findLibraryTexts(actor);
  return (
    <main id="main" className="page">
      <div className="row" style={{ justifyContent: "space-between" }}>
        <h1>Library</h1>
        <Link href="/import" className="btn btn-primary">
          Import a text
        </Link>
      </div>
      <AssignmentsPanel actor={actor} />
      {texts.length === 0 ? (
        <div className="card empty-state">
          <p>Your library is empty.</p>
          <p>
            <Link href="/import">Import a German text</Link> — paste it, upload a file or give a web address.
          </p>
        </div>
      ) : (
        <ul className="library-list" aria-label="Texts">
          {texts.map((text) => (
            <li key={text.id} className="card library-item" data-testid="library-item">
              <div className="library-main">
                <h2 className="library-title">
                  <Link href={`/read/${text.id}`}>{text.title}</Link>
                </h2>
                <p className="small muted">
                  {text.wordCount.toLocaleString("en")} words · {text.lexemeCount.toLocaleString("en")} distinct ·{" "}
                  <span data-testid="new-count">{text.newCount.toLocaleString("en")} new</span> ·{" "}
                  <span className={`difficulty difficulty-${text.difficulty}`}>{DIFFICULTY[text.difficulty]}</span>
                  {text.isShared ? " · in every library" : text.isOwn ? "" : " · assigned"}
                  {text.isOwn ? (
                    <>
                      {" · "}
                      <Link href={`/texts/${text.id}/translations`}>Edit translations</Link>
                    </>
                  ) : null}
                </p>
                <KnownBar text={text} />
              </div>
              <div className="library-figures">
                <p>
                  <strong data-testid="known-percent">
                    {text.knownCount > 0 && text.knownPercent < 1 ? "<1%" : `${text.knownPercent}%`}
                  </strong>{" "}
                  <span className="small muted">known</span>
                </p>
                <p className="small muted">
                  {text.finished ? "Finished ✓" : text.readPercent > 0 ? `${text.readPercent}% read` : "Not started"}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
