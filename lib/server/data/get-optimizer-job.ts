import "server-only";
import { parseIdOrNotFound } from "../parse-input";
import { db } from "../db";
import { notFoundError } from "../errors";
import type { Actor } from "../actor";
import { optimizerJobIdSchema } from "@/lib/validation/review";

export interface OptimizerJobView {
  id: string;
  status: "QUEUED" | "RUNNING" | "DONE" | "FAILED";
  done: number;
  total: number;
  /** 0–1 */
  fraction: number;
  error: string | null;
  createdAt: string;
  updatedAt: string;
}

const jobSelect = {
  id: true,
  status: true,
  done: true,
  total: true,
  error: true,
  createdAt: true,
  updatedAt: true,
} as const;

function toView(job: { id: string; status: OptimizerJobView["status"]; done: number; total: number; error: string | null; createdAt: Date; updatedAt: Date }): OptimizerJobView {
  return {
    id: job.id,
    status: job.status,
    done: job.done,
    total: job.total,
    fraction: job.status === "DONE" ? 1 : job.total > 0 ? Math.min(1, job.done / job.total) : 0,
    error: job.error,
    createdAt: job.createdAt.toISOString(),
    updatedAt: job.updatedAt.toISOString(),
  };
}

/** One of the actor's optimiser jobs; NOT_FOUND for foreign and unknown ids. */
export async function getOptimizerJob(actor: Actor, jobId: string): Promise<OptimizerJobView> {
  const id = parseIdOrNotFound(optimizerJobIdSchema, jobId, "That optimisation");
  const job = await db.optimizerJob.findFirst({ where: { id, userId: actor.id }, select: jobSelect });
  if (!job) throw notFoundError("That optimisation");
  return toView(job);
}

/** The actor's most recent optimiser job, if any (for the settings page). */
export async function findLatestOptimizerJob(actor: Actor): Promise<OptimizerJobView | null> {
  const job = await db.optimizerJob.findFirst({
    where: { userId: actor.id },
    orderBy: { createdAt: "desc" },
    select: jobSelect,
  });
  return job ? toView(job) : null;
}
