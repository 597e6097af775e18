import "server-only";
import { z } from "zod";
import { db } from "../db";
import type { Role } from "../actor";
import { markImportJobFailed, runImportJob, type PreparedImport } from "./run-import-job";
import { hasExternalImportWorkerFlag } from "@/lib/env";

// Import jobs are rows in ImportJob, claimed by one worker at a time with
// FOR UPDATE SKIP LOCKED, so several instances (or a restarted one) never run
// the same job twice at once, and a job outlives the process that accepted it.
// The worker is its own process (scripts/import-worker.ts, started by the
// launcher): analysing a book takes seconds of CPU that must not be spent on
// the web server's event loop.

/** A RUNNING job whose row has not changed for this long lost its worker (crash, SIGKILL, restart). */
export const IMPORT_HEARTBEAT_STALE_MS = 60_000;
/** Claims per job: a job whose worker died twice is failed, not tried forever. */
export const MAX_IMPORT_ATTEMPTS = 2;
const INTERRUPTED =
  "The import was interrupted twice (the server restarted). Please import the text again, or split it into parts.";

const preparedImportSchema: z.ZodType<PreparedImport> = z.union([
  z.object({
    kind: z.literal("text"),
    title: z.string().optional(),
    content: z.string(),
    translation: z.string().optional(),
    source: z.enum(["PASTE", "UPLOAD"]),
  }),
  z.object({
    kind: z.literal("url"),
    title: z.string().optional(),
    url: z.string(),
    translation: z.string().optional(),
  }),
  z.object({
    kind: z.literal("file"),
    format: z.enum(["epub", "pdf", "subtitles"]),
    fileName: z.string(),
    data: z.string(),
    title: z.string().optional(),
    translation: z.string().optional(),
  }),
]);

interface ClaimedJob {
  id: string;
  userId: string;
  role: Role;
  request: unknown;
  attempts: number;
  /** The hidden text a previous attempt left behind. */
  textId: string | null;
}

/**
 * Claims the oldest queued job, or a running one whose worker stopped
 * writing to it, for this worker; null when there is none.
 */
export async function claimImportJob(now = new Date()): Promise<ClaimedJob | null> {
  const staleBefore = new Date(now.getTime() - IMPORT_HEARTBEAT_STALE_MS);
  const [job] = await db.$queryRaw<ClaimedJob[]>`
    UPDATE "ImportJob" j SET "status" = 'RUNNING', "phase" = 'queued', "attempts" = j."attempts" + 1, "updatedAt" = ${now}
    FROM "User" u
    WHERE u."id" = j."userId" AND j."id" = (
      SELECT "id" FROM "ImportJob"
      WHERE "status" = 'QUEUED' OR ("status" = 'RUNNING' AND "updatedAt" < ${staleBefore})
      ORDER BY "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING j."id", j."userId", u."role"::text AS "role", j."request", j."attempts", j."textId"`;
  return job ?? null;
}

/** Runs a claimed job: first removes what an interrupted attempt left, then imports (or gives up). */
export async function runClaimedImportJob(job: ClaimedJob): Promise<void> {
  if (job.textId) {
    // Hidden (IMPORTING) rows of the attempt that died; a READY text is never touched.
    await db.text.deleteMany({ where: { id: job.textId, status: "IMPORTING" } });
    await db.importJob.updateMany({ where: { id: job.id }, data: { textId: null } });
  }
  const request = preparedImportSchema.safeParse(job.request);
  if (!request.success)
    return markImportJobFailed(job.id, "This import can no longer be run. Please import the text again.");
  if (job.attempts > MAX_IMPORT_ATTEMPTS) return markImportJobFailed(job.id, INTERRUPTED);
  await runImportJob({ id: job.userId, role: job.role }, job.id, request.data);
}

const globalForQueue = globalThis as unknown as { lesefluss_importDrain?: Promise<void> | null };

/**
 * Runs queued jobs in this process until none is left (one drain at a time).
 * For tests, scripts and installs without the worker process; the launcher
 * sets LESEFLUSS_IMPORT_WORKER=external for the web server instead.
 */
export function drainImportJobs(): Promise<void> {
  globalForQueue.lesefluss_importDrain ??= (async () => {
    try {
      for (let job = await claimImportJob(); job; job = await claimImportJob()) await runClaimedImportJob(job);
    } catch (error) {
      console.error("import queue failed", error);
    } finally {
      globalForQueue.lesefluss_importDrain = null;
    }
  })();
  return globalForQueue.lesefluss_importDrain;
}

/** True when a worker process runs the jobs (see scripts/launch.ts). */
export function hasExternalImportWorker(): boolean {
  return hasExternalImportWorkerFlag();
}

/** Settles when job `jobId` has ended (DONE or FAILED), whichever process runs it. Never rejects. */
export async function waitForImportJob(jobId: string, pollMs = 100): Promise<void> {
  for (;;) {
    const job = await db.importJob
      .findUnique({ where: { id: jobId }, select: { status: true } })
      .catch(() => ({ status: "FAILED" as const }));
    if (!job || job.status === "DONE" || job.status === "FAILED") return;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/**
 * The worker's loop: claim, run, repeat; when the queue is empty, look again
 * every `idleMs`. Stops between jobs once `signal` aborts.
 */
export async function runImportWorker(signal: AbortSignal, idleMs = 300): Promise<void> {
  while (!signal.aborted) {
    let job: ClaimedJob | null = null;
    try {
      job = await claimImportJob();
      if (job) await runClaimedImportJob(job);
    } catch (error) {
      console.error("import worker: claim failed", error);
    }
    if (!job) await new Promise((resolve) => setTimeout(resolve, idleMs));
  }
}
