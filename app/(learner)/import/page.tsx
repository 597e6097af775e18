// /import – paste, upload or fetch a German text; long texts show their progress until the reader opens.
import Link from "next/link";
import { requireUser } from "@/lib/server/auth";
import { ImportForm } from "./_components/import-form";

export const metadata = { title: "Import a text" };

export default async function ImportPage() {
  await requireUser();
  return (
    <main id="main" className="page stack import-page">
      <p className="small">
        <Link href="/library">← Library</Link>
      </p>
      <h1>Import a German text</h1>
      <p className="muted">
        Paste a text, upload a file or give the address of an online article. Lesefluss splits it into sentences, looks
        up every word and opens it in the reader. Long texts (a whole book) take a little while; you will see the
        progress.
      </p>
      <ImportForm />
    </main>
  );
}
