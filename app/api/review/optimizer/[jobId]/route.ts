// GET /api/review/optimizer/[jobId] – progress of one of the signed-in learner's optimiser jobs (polled by settings).
import { getActor } from "@/lib/server/auth";
import { isAppError, toHttpStatus } from "@/lib/server/errors";
import { getOptimizerJob } from "@/lib/server/data/get-optimizer-job";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, context: { params: Promise<{ jobId: string }> }): Promise<Response> {
  const actor = await getActor();
  if (!actor) return Response.json({ error: "Sign in first." }, { status: 401 });
  const { jobId } = await context.params;
  try {
    const job = await getOptimizerJob(actor, jobId);
    return Response.json(job, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    if (isAppError(error)) return Response.json({ error: error.message }, { status: toHttpStatus(error.code) });
    console.error("optimizer status failed", error);
    return Response.json({ error: "Could not read the job." }, { status: 500 });
  }
}
