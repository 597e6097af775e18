import Link from "next/link";
import { isDemoMode } from "@/lib/env";
import { SignInForm } from "./sign-in-form";

export const DEMO_PASSWORD = "lesefluss-demo";

/** Sign-in card, shared by / and /signin. */
export function SignInPanel({ callbackUrl = "/" }: { callbackUrl?: string }) {
  return (
    <div className="card stack">
      <h1>Sign in to Lesefluss</h1>
      <p className="muted">Read German texts with instant translations and keep every new word.</p>
      <SignInForm callbackUrl={callbackUrl} />
      <p className="small">
        New here? {/* The join link (or any page that sent the learner here) survives sign-up too. */}
        <Link href={callbackUrl === "/library" ? "/signup" : `/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`}>
          Create an account
        </Link>
      </p>
      {isDemoMode ? (
        <div className="demo-box" data-testid="demo-accounts">
          <strong>Demo accounts</strong> (password <code>{DEMO_PASSWORD}</code>):
          <ul>
            <li>
              Learner: <code>learner@lesefluss.test</code>
            </li>
            <li>
              Teacher: <code>teacher@lesefluss.test</code>
            </li>
          </ul>
        </div>
      ) : null}
    </div>
  );
}
