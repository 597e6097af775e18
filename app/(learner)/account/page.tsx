// /account – export your cards (Anki deck, Anki CSV, spreadsheet) or all your data (JSON), import that JSON back, import texts, or delete your account.
import { requireUser } from "@/lib/server/auth";
import { DeleteAccountForm } from "./_components/delete-account-form";
import { SignOutEverywhereButton } from "./_components/sign-out-everywhere-button";
import { ChangePasswordForm } from "./_components/change-password-form";
import { ImportDataForm } from "./_components/import-data-form";

export const metadata = { title: "Account" };
export const dynamic = "force-dynamic";

/** The exports besides the Anki deck, each with what it is for. */
const DOWNLOADS = [
  {
    title: "Anki text file (.csv)",
    purpose:
      "For Anki’s text import when you want to map the fields yourself or add the words to a note type you already use. Its first lines tell Anki the separator, the columns and the tags; reviews are not included.",
    href: "/api/export/anki-csv",
    label: "Download for Anki (.csv)",
    testId: "export-anki-csv",
  },
  {
    title: "Spreadsheet (.csv)",
    purpose:
      "For Excel, LibreOffice or Google Sheets: one row per card with a header row. Cells that a spreadsheet would run as a formula start with an apostrophe.",
    href: "/api/export/csv",
    label: "Download spreadsheet (.csv)",
    testId: "export-csv",
  },
  {
    title: "Everything (.json)",
    purpose:
      "Everything Lesefluss stores about you (profile, texts, cards, reviews, progress) as one JSON file: for your records or another program, and to bring your learning back here or into another Lesefluss (below).",
    href: "/api/account/export",
    label: "Export my data (JSON)",
    testId: "export-json",
  },
] as const;

export default async function AccountPage() {
  const actor = await requireUser();
  return (
    <main id="main" className="page">
      <h1>Account</h1>
      <section className="card stack" aria-labelledby="account-heading">
        <h2 id="account-heading">Signed in as</h2>
        <p>
          {actor.name} ({actor.email})
        </p>
        <p>
          Signed in on a device you no longer use, or someone else’s? This ends every session of your account at once,
          here too.
        </p>
        <div>
          <SignOutEverywhereButton />
        </div>
      </section>
      <section id="password" className="card stack" aria-labelledby="password-heading" style={{ marginTop: 16 }}>
        <h2 id="password-heading">Change your password</h2>
        <p>
          At least 10 characters. Changing it ends every session of your account, this one too: sign in again with the
          new password afterwards.
        </p>
        <ChangePasswordForm />
      </section>
      <section id="export" className="card stack" aria-labelledby="export-heading" style={{ marginTop: 16 }}>
        <h2 id="export-heading">Take your cards with you</h2>
        <p className="muted">Each file is for a different program; all of them hold only your own cards.</p>
        <form method="get" action="/api/export/apkg" className="stack" data-testid="export-apkg">
          <h3>Anki deck (.apkg)</h3>
          <p className="small">
            Open it in Anki (File › Import) to keep studying there. With your history, each card keeps its due date, its
            FSRS memory state and every review you made here; as new cards, Anki starts them from scratch.
          </p>
          <fieldset className="field" style={{ border: "none", padding: 0, margin: 0 }}>
            <legend className="sr-only">Review history</legend>
            <label style={{ fontWeight: 400 }}>
              <input type="radio" name="history" value="1" defaultChecked /> With my review history
            </label>
            <label style={{ fontWeight: 400 }}>
              <input type="radio" name="history" value="0" /> As new cards
            </label>
          </fieldset>
          <div>
            <button type="submit" className="btn">
              Download Anki deck (.apkg)
            </button>
          </div>
        </form>
        {DOWNLOADS.map((d) => (
          <div key={d.href} className="stack">
            <h3>{d.title}</h3>
            <p className="small">{d.purpose}</p>
            <p>
              <a className="btn" href={d.href} download data-testid={d.testId}>
                {d.label}
              </a>
            </p>
          </div>
        ))}
      </section>
      <section id="import-data" className="card stack" aria-labelledby="import-data-heading" style={{ marginTop: 16 }}>
        <h2 id="import-data-heading">Bring your data back</h2>
        <p className="small">
          Upload the “Everything (.json)” file exported above, from this account, an earlier one or another Lesefluss.
          Your word statuses, cards with their schedule and memory state, every review and your goals and review
          settings are merged into this account: nothing you have is removed, a card keeps whichever side was reviewed
          last, and importing the same file twice adds nothing. Texts are not restored from it; import them again. Anki
          files cannot be imported here.
        </p>
        <ImportDataForm />
      </section>
      <section className="card stack" aria-labelledby="import-heading" style={{ marginTop: 16 }}>
        <h2 id="import-heading">Bring texts in</h2>
        <p className="small">
          Paste a German text, upload a .txt, .md or .html file, or give an article’s address: Lesefluss analyses it and
          adds it to your library. A parallel English text is aligned sentence by sentence.
        </p>
        <p>
          <a className="btn" href="/import">
            Import a text
          </a>
        </p>
      </section>
      <section className="card stack" aria-labelledby="delete-heading" style={{ marginTop: 16 }}>
        <h2 id="delete-heading">Delete account</h2>
        <DeleteAccountForm />
      </section>
    </main>
  );
}
