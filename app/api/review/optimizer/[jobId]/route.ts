// GET /api/review/optimizer/[jobId] – progress of one of the signed-in learner's optimiser jobs (polled by settings).
import { jobStatusRoute } from "@/lib/server/http/job-status-route";
import { getOptimizerJob } from "@/lib/server/data/get-optimizer-job";

export const dynamic = "force-dynamic";

export const GET = jobStatusRoute(getOptimizerJob, "optimizer status");
