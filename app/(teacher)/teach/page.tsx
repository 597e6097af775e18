import { requireTeacher } from "@/lib/server/auth";

export const metadata = { title: "Teach" };

export default async function TeachPage() {
  await requireTeacher();
  return (
    <main id="main" className="page">
      <h1>Teach</h1>
      <div className="card empty-state">
        <p>Your classes appear here.</p>
      </div>
    </main>
  );
}
