import { redirect } from "next/navigation";
import { getActor } from "@/lib/server/auth";
import { SignInPanel } from "@/app/_components/sign-in-panel";
import { safeCallbackUrl } from "@/lib/validation/safe-callback-url";
import { landingPathFor } from "@/lib/server/landing-path";

export const metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // No (or no safe) callbackUrl: "/" sends each role to its own landing page (app/page.tsx).
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl, "/");
  const actor = await getActor();
  if (actor) redirect(callbackUrl === "/" ? landingPathFor(actor.role) : callbackUrl);
  return (
    <main id="main" className="page narrow">
      {/* Without a callbackUrl, / sends the new session to its role's landing page. */}
      <SignInPanel callbackUrl={callbackUrl ?? "/"} />
    </main>
  );
}
