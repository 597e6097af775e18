import { requireUser } from "@/lib/server/auth";

export const metadata = { title: "Progress" };

export default async function ProgressPage() {
  await requireUser();
  return (
    <main id="main" className="page">
      <h1>Progress</h1>
      <div className="card empty-state">
        <p>Your progress appears here once you read and review.</p>
      </div>
    </main>
  );
}
