// /account – export all your data as JSON, or delete your account (confirmed with the password).
import { requireUser } from "@/lib/server/auth";
import { DeleteAccountForm } from "./_components/delete-account-form";
import { SignOutEverywhereButton } from "./_components/sign-out-everywhere-button";

export const metadata = { title: "Account" };
export const dynamic = "force-dynamic";

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
      <section className="card stack" aria-labelledby="export-heading" style={{ marginTop: 16 }}>
        <h2 id="export-heading">Your data</h2>
        <p>
          Download everything Lesefluss stores about you (profile, texts, cards, reviews, progress) as one JSON file.
        </p>
        <p>
          <a className="btn" href="/api/account/export" download>
            Export my data (JSON)
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
