import { redirect } from "next/navigation";
import { getActor } from "@/lib/server/auth";
import { SignInPanel } from "./_components/sign-in-panel";

export default async function HomePage() {
  if (await getActor()) redirect("/library");
  return (
    <main id="main" className="page narrow">
      <SignInPanel />
    </main>
  );
}
