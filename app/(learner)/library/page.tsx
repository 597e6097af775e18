import { requireUser } from "@/lib/server/auth";

export const metadata = { title: "Library" };

export default async function LibraryPage() {
  const actor = await requireUser();
  return (
    <main id="main" className="page">
      <h1>Library</h1>
      <p className="muted">Welcome, {actor.name}.</p>
      <div className="card empty-state">
        <p>No texts yet. Importing texts arrives with the reader.</p>
      </div>
    </main>
  );
}
