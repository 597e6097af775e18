import { redirect } from "next/navigation";
import { getActor } from "@/lib/server/auth";
import { SignInPanel } from "@/app/_components/sign-in-panel";

export const metadata = { title: "Sign in" };

function safeCallback(value: string | string[] | undefined): string {
  // Only same-site paths: an open redirect would let a link send users elsewhere.
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") ? value : "/library";
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const callbackUrl = safeCallback((await searchParams).callbackUrl);
  if (await getActor()) redirect(callbackUrl);
  return (
    <main id="main" className="page narrow">
      <SignInPanel callbackUrl={callbackUrl} />
    </main>
  );
}
