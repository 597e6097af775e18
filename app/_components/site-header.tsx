import Link from "next/link";
import { getActor } from "@/lib/server/auth";
import { countDueCards } from "@/lib/server/data/count-due-cards";
import { NavLinks } from "./nav-links";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader() {
  const actor = await getActor();
  // The number learners care about most, visible on every page.
  const due = actor ? await countDueCards(actor).catch(() => 0) : 0;
  const links = [
    { href: "/library", label: "Library" },
    { href: "/review", label: "Review", showsDue: true },
    { href: "/progress", label: "Progress" },
    ...(actor?.role === "TEACHER" ? [{ href: "/teach", label: "Teach" }] : [{ href: "/classes", label: "Classes" }]),
  ];
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="brand">
          Lese<span>fluss</span>
        </Link>
        {actor ? <NavLinks links={links} due={due} /> : null}
        <div className="user-menu">
          {actor ? (
            <>
              <Link href="/account" className="user-name" data-testid="user-name" title="Your account and data">
                {actor.name} · {actor.role === "TEACHER" ? "Teacher" : "Learner"}
              </Link>
              <Link href="/settings" className="user-name">
                Settings
              </Link>
              <SignOutButton />
            </>
          ) : (
            <>
              <Link href="/signin">Sign in</Link>
              <Link href="/signup">Create account</Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
