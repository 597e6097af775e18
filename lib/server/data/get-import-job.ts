import "server-only";
import { db } from "../db";
import { notFoundError } from "../errors";
import type { Actor } from "../actor";
import { importJobIdSchema, importJobViewSchema, type ImportJobView } from "@/lib/validation/import-request";
import { parseIdOrNotFound } from "../parse-input";

/** A job still QUEUED/RUNNING in the row but untouched this long has no worker to run it (a running worker resumes it sooner). */
export const STALE_IMPORT_MS = 15 * 60_000;

// Share of the bar before saving starts: analysis is one synchronous step with
// no progress of its own. On PGlite it is ~6 % of a 100,000-word import
// (1.8 s of 32 s; scripts/bench-import.ts), saving the rest.
const ANALYSIS_SHARE = 10;

function percentOf(status: ImportJobView["status"], phase: string, done: number, total: number): number {
  if (status === "DONE") return 100;
  if (phase === "fetching") return 2;
  if (phase === "analysing") return 5;
  if (phase === "saving") return Math.min(99, ANALYSIS_SHARE + Math.floor(((100 - ANALYSIS_SHARE) * done) / Math.max(1, total)));
  return 0;
}

function toView(job: { id: string; status: ImportJobView["status"]; phase: string; done: number; total: number; textId: string | null; error: string | null }): ImportJobView {
  return importJobViewSchema.parse({ ...job, percent: percentOf(job.status, job.phase, job.done, job.total) });
}

/**
 * One of the actor's import jobs with its progress. NOT_FOUND for another
 * user's job and for unknown or malformed ids alike.
 */
export async function getImportJob(actor: Actor, jobId: string, now = new Date()): Promise<ImportJobView> {
  const id = parseIdOrNotFound(importJobIdSchema, jobId, "That import");
  const job = await db.importJob.findFirst({
    where: { id, userId: actor.id },
    select: { id: true, status: true, phase: true, done: true, total: true, textId: true, error: true, updatedAt: true },
  });
  if (!job) throw notFoundError("That import");
  const isOrphaned = (job.status === "QUEUED" || job.status === "RUNNING") && now.getTime() - job.updatedAt.getTime() > STALE_IMPORT_MS;
  if (isOrphaned) {
    return toView({ ...job, status: "FAILED", phase: "failed", error: "The import was interrupted (the server restarted). Please import the text again." });
  }
  return toView(job);
}
