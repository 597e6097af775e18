import { redirect } from "next/navigation";
import { getActor } from "@/lib/server/auth";
import { SignInPanel } from "@/app/_components/sign-in-panel";
import { safeCallbackUrl } from "@/lib/validation/safe-callback-url";

export const metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (await getActor()) redirect(callbackUrl);
  return (
    <main id="main" className="page narrow">
      <SignInPanel callbackUrl={callbackUrl} />
    </main>
  );
}
