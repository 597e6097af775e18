// GET /api/import/[jobId] – status and progress of one of the signed-in user's import jobs (polled by /import).
import { getActor } from "@/lib/server/auth";
import { isAppError, toHttpStatus } from "@/lib/server/errors";
import { getImportJob } from "@/lib/server/data/get-import-job";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, context: { params: Promise<{ jobId: string }> }): Promise<Response> {
  const actor = await getActor();
  if (!actor) return Response.json({ error: "Sign in first." }, { status: 401 });
  const { jobId } = await context.params;
  try {
    const job = await getImportJob(actor, jobId);
    return Response.json(job, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    if (isAppError(error)) return Response.json({ error: error.message }, { status: toHttpStatus(error.code) });
    console.error("import status failed", error);
    return Response.json({ error: "Could not read the import's progress." }, { status: 500 });
  }
}
