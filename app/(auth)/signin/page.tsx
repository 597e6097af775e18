import { redirect } from "next/navigation";
import { getActor } from "@/lib/server/auth";
import { SignInPanel } from "@/app/_components/sign-in-panel";
import { landingPathFor } from "@/lib/server/landing-path";

export const metadata = { title: "Sign in" };

function safeCallback(value: string | string[] | undefined): string | null {
  // Only same-site paths: an open redirect would let a link send users elsewhere.
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") ? value : null;
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const callbackUrl = safeCallback((await searchParams).callbackUrl);
  const actor = await getActor();
  if (actor) redirect(callbackUrl ?? landingPathFor(actor.role));
  return (
    <main id="main" className="page narrow">
      {/* Without a callbackUrl, / sends the new session to its role's landing page. */}
      <SignInPanel callbackUrl={callbackUrl ?? "/"} />
    </main>
  );
}
