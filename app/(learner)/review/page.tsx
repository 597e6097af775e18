import { requireUser } from "@/lib/server/auth";

export const metadata = { title: "Review" };

export default async function ReviewPage() {
  await requireUser();
  return (
    <main id="main" className="page">
      <h1>Review</h1>
      <div className="card empty-state">
        <p>Nothing to review yet. Add words from a text in your library to start reviewing.</p>
      </div>
    </main>
  );
}
