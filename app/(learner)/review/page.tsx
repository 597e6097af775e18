// /review – today's review session (due cards first, then new ones up to the daily limit).
import Link from "next/link";
import { cookies } from "next/headers";
import { requireUser } from "@/lib/server/auth";
import { isDemoMode } from "@/lib/env";
import { getReviewSession } from "@/lib/server/data/get-review-session";
import { CLOCK_COOKIE, resolveReviewClock } from "@/lib/server/clock/resolve-review-clock";
import { ReviewSession } from "./_components/review-session";

export const metadata = { title: "Review" };
// The queue depends on the clock and on every answer: never cache this page.
export const dynamic = "force-dynamic";

export default async function ReviewPage() {
  const actor = await requireUser();
  const jar = await cookies();
  // Demo mode only: the lesefluss-now cookie injects the clock (see resolve-review-clock.ts).
  const now = resolveReviewClock(jar.get(CLOCK_COOKIE)?.value, { isDemoMode });
  const session = await getReviewSession(actor, now);
  return (
    <main id="main" className="page review-page">
      <div className="row review-header">
        <h1>Review</h1>
        <span className="muted small" data-testid="review-day">
          Study day {session.today} · {session.timeZone}
        </span>
        <nav className="row small review-links" aria-label="Review tools">
          <Link href="/settings">Review settings</Link>
        </nav>
      </div>
      <ReviewSession initial={session} />
    </main>
  );
}
