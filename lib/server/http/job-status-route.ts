import "server-only";
// GET handler for polling one of the signed-in user's background jobs (imports,
// optimiser runs): 401 without a session, AppError codes mapped once, errors
// logged and answered generically, never cached.
import { getActor } from "../auth";
import type { Actor } from "../actor";
import { isAppError, toHttpStatus } from "../errors";

export function jobStatusRoute<T>(
  loadJob: (actor: Actor, jobId: string) => Promise<T>,
  messages: { log: string; failure: string },
) {
  return async function GET(_request: Request, context: { params: Promise<{ jobId: string }> }): Promise<Response> {
    const actor = await getActor();
    if (!actor) return Response.json({ error: "Sign in first." }, { status: 401 });
    const { jobId } = await context.params;
    try {
      const job = await loadJob(actor, jobId);
      return Response.json(job, { headers: { "cache-control": "no-store" } });
    } catch (error) {
      if (isAppError(error)) return Response.json({ error: error.message }, { status: toHttpStatus(error.code) });
      console.error(messages.log, error);
      return Response.json({ error: messages.failure }, { status: 500 });
    }
  };
}
