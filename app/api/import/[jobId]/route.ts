// GET /api/import/[jobId] – status and progress of one of the signed-in user's import jobs (polled by /import).
import { jobStatusRoute } from "@/lib/server/http/job-status-route";
import { getImportJob } from "@/lib/server/data/get-import-job";

export const dynamic = "force-dynamic";

export const GET = jobStatusRoute(getImportJob, "import status");
