import { redirect } from "next/navigation";
import { getActor } from "@/lib/server/auth";
import { landingPathFor } from "@/lib/server/landing-path";
import { SignInPanel } from "./_components/sign-in-panel";

// / – the sign-in card, or the signed-in user's landing page (sign-in without a callbackUrl comes here too).
export default async function HomePage() {
  const actor = await getActor();
  if (actor) redirect(landingPathFor(actor.role));
  return (
    <main id="main" className="page narrow">
      <SignInPanel />
    </main>
  );
}
