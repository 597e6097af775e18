// /signup – create an account; a callbackUrl (e.g. a class's join link) is kept through sign-up.
import Link from "next/link";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/server/auth";
import { joinCodeOfPath } from "@/lib/validation/callback-url";
import { safeCallbackUrl } from "@/lib/validation/safe-callback-url";
import { SignUpForm } from "./sign-up-form";

export const metadata = { title: "Create account" };

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl, "/");
  if (await getActor()) redirect(callbackUrl);
  const isJoinLink = joinCodeOfPath(callbackUrl) !== null;
  return (
    <main id="main" className="page narrow">
      <div className="card stack">
        <h1>Create your account</h1>
        {isJoinLink ? (
          <p className="alert" data-testid="signup-join-note">
            You came from a class’s join link: as a learner, creating your account also joins that class.
          </p>
        ) : null}
        <SignUpForm callbackUrl={callbackUrl} />
        <p className="small">
          Already have an account?{" "}
          <Link
            href={callbackUrl === "/library" ? "/signin" : `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`}
          >
            Sign in
          </Link>
        </p>
      </div>
    </main>
  );
}
