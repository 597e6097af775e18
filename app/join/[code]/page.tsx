// /join/[code] – a class's invitation link: shows the class, joins on one click.
import Link from "next/link";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/server/auth";
import { isAppError } from "@/lib/server/errors";
import { getClassByJoinCode } from "@/lib/server/data/get-class-by-join-code";
import { clientAddressOf } from "@/lib/server/http/client-address";
import { JoinClassForm } from "@/app/(learner)/classes/_components/join-class-form";
import { AssignmentsPanel } from "@/app/(learner)/library/_components/assignments-panel";

export const metadata = { title: "Join a class" };

/** A malformed escape ("%E0%A4") is a wrong code, not a server error. */
function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(`/join/${code}`)}`);
  let klass: Awaited<ReturnType<typeof getClassByJoinCode>> | null = null;
  let limitMessage: string | null = null;
  try {
    klass = await getClassByJoinCode(actor, decodePathSegment(code), clientAddressOf(await headers()));
  } catch (error) {
    if (isAppError(error) && error.code === "RATE_LIMITED") limitMessage = error.message;
    else if (!isAppError(error) || error.code !== "NOT_FOUND") throw error;
  }
  return (
    <main id="main" className="page narrow">
      <div className="card stack">
        <h1>Join a class</h1>
        {limitMessage ? (
          <p className="alert alert-error" role="alert">
            {limitMessage}
          </p>
        ) : !klass ? (
          <>
            <p className="alert alert-error" role="alert">
              No class has this join code. Check the link with your teacher, or type the code below.
            </p>
            {actor.role === "LEARNER" ? <JoinClassForm /> : null}
          </>
        ) : klass.isOwnClass ? (
          <p>
            This is the join link of your class <strong>{klass.name}</strong>. Share it with your learners.
          </p>
        ) : klass.isEnrolled ? (
          <>
            <p data-testid="joined-class">
              You are in <strong>{klass.name}</strong> with {klass.teacherName}. Its assignments are also at the top of
              your <Link href="/library">library</Link>.
            </p>
            <AssignmentsPanel actor={actor} classId={klass.id} />
          </>
        ) : actor.role !== "LEARNER" ? (
          <p>Teacher accounts can’t join classes. Sign in with a learner account to join {klass.name}.</p>
        ) : (
          <>
            <p>
              <strong>{klass.name}</strong> with {klass.teacherName}. Your teacher will see your progress on the texts
              they assign, nothing else.
            </p>
            <JoinClassForm defaultCode={klass.joinCode} returnToJoinPage />
          </>
        )}
      </div>
    </main>
  );
}
