import "server-only";
// GET handler for polling one of the signed-in user's background jobs (imports,
// optimiser runs); the job's loader answers NOT_FOUND for anyone else's job.
// Never cached: the answer changes while the job runs.
import type { Actor } from "../actor";
import { withActor } from "./route";

export function jobStatusRoute<T>(loadJob: (actor: Actor, jobId: string) => Promise<T>, name: string) {
  return withActor<{ jobId: string }>({ signedOut: "Sign in first.", name }, async ({ actor, params }) =>
    Response.json(await loadJob(actor, params.jobId), { headers: { "cache-control": "no-store" } }),
  );
}
