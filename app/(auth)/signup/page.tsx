import Link from "next/link";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/server/auth";
import { SignUpForm } from "./sign-up-form";

export const metadata = { title: "Create account" };

export default async function SignUpPage() {
  if (await getActor()) redirect("/library");
  return (
    <main id="main" className="page narrow">
      <div className="card stack">
        <h1>Create your account</h1>
        <SignUpForm />
        <p className="small">
          Already have an account? <Link href="/signin">Sign in</Link>
        </p>
      </div>
    </main>
  );
}
