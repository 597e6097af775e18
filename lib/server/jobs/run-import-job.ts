import "server-only";
import { db } from "../db";
import { isAppError } from "../errors";
import type { Actor } from "../actor";
import { fetchArticle } from "../http/fetch-article";
import { importText, type ImportProgress } from "../data/import-text";

/** The text of an import, ready for importText, or a web address still to fetch. */
export type PreparedImport =
  | { kind: "text"; title?: string; content: string; translation?: string; source: "PASTE" | "UPLOAD" }
  | { kind: "url"; title?: string; url: string; translation?: string };

export type ImportPhase = "queued" | "fetching" | "analysing" | "saving" | "done" | "failed";

/** Progress of a job this process is running, as the polling page sees it. */
export interface LiveImportJob {
  userId: string;
  status: "QUEUED" | "RUNNING" | "DONE" | "FAILED";
  phase: ImportPhase;
  done: number;
  total: number;
  textId: string | null;
  error: string | null;
}

// Why progress is kept in memory as well as in the ImportJob row: importText
// writes in one long transaction, and on the embedded database (PGlite serves
// one transaction at a time) every other query, including a progress UPDATE
// or the poll's SELECT, waits until it commits. The job runs in this process,
// so polls answer from here while it runs; the row is the record for other
// instances and for after the job. On globalThis because Next.js may load this
// module once per route bundle.
const globalForJobs = globalThis as unknown as { lesefluss_importJobs?: Map<string, LiveImportJob> };
const liveJobs = (globalForJobs.lesefluss_importJobs ??= new Map());

/** The running job `jobId` of `userId`, or null (unknown here, finished, or someone else's). */
export function findLiveImportJob(userId: string, jobId: string): LiveImportJob | null {
  const job = liveJobs.get(jobId);
  return job && job.userId === userId ? { ...job } : null;
}

// Progress rows are written at most this often; the page polls every 500 ms.
const PROGRESS_WRITE_MS = 400;
const GENERIC_FAILURE = "The import failed on our side. Please try again; if it keeps failing, paste the text instead.";

/**
 * Runs one import job of `actor` to its end: fetch (URL imports), analyse and
 * save through importText, then mark the job DONE with its textId, or FAILED
 * with a message for the learner. Never rejects, so callers may start it
 * without awaiting (see startImportJob).
 */
export async function runImportJob(actor: Actor, jobId: string, prepared: PreparedImport): Promise<void> {
  const live: LiveImportJob = {
    userId: actor.id,
    status: "RUNNING",
    phase: "queued",
    done: 0,
    total: 0,
    textId: null,
    error: null,
  };
  liveJobs.set(jobId, live);

  // Progress writes are chained (never two at once, never out of order) and
  // not awaited by importText: on PGlite they wait for its transaction.
  let writes: Promise<unknown> = Promise.resolve();
  let lastWrite = 0;
  const writeRow = () => {
    const { status, phase, done, total } = live;
    writes = writes
      .then(() =>
        db.importJob.updateMany({ where: { id: jobId, userId: actor.id }, data: { status, phase, done, total } }),
      )
      .catch((error: unknown) => console.error("import job progress write failed", jobId, error));
    lastWrite = Date.now();
  };
  const report = (phase: ImportPhase, done: number, total: number) => {
    const isNewPhase = phase !== live.phase;
    Object.assign(live, { phase, done, total });
    if (isNewPhase || Date.now() - lastWrite >= PROGRESS_WRITE_MS) writeRow();
  };

  try {
    let input: {
      title?: string;
      content: string;
      translation?: string;
      source: "PASTE" | "UPLOAD" | "URL";
      sourceUrl?: string;
    };
    if (prepared.kind === "url") {
      report("fetching", 0, 1);
      const article = await fetchArticle(prepared.url);
      input = {
        // A page's title may be longer than a typed one may be (200).
        title: prepared.title ?? article.title?.slice(0, 200) ?? undefined,
        content: article.text,
        translation: prepared.translation,
        source: "URL",
        sourceUrl: article.url,
      };
    } else {
      input = {
        title: prepared.title,
        content: prepared.content,
        translation: prepared.translation,
        source: prepared.source,
      };
    }
    report("analysing", 0, 1);
    // Let the "analysing" write go out before analysis blocks the event loop.
    await writes;
    const result = await importText(actor, input, {
      onProgress: (p: ImportProgress) => report(p.phase === "done" ? "saving" : p.phase, p.done, p.total),
    });
    Object.assign(live, {
      status: "DONE",
      phase: "done",
      done: result.sentenceCount,
      total: result.sentenceCount,
      textId: result.textId,
    });
    await writes;
    await db.importJob.updateMany({
      where: { id: jobId, userId: actor.id },
      data: { status: "DONE", phase: "done", done: live.done, total: live.total, textId: result.textId, error: null },
    });
  } catch (error) {
    const message = isAppError(error) ? error.message : GENERIC_FAILURE;
    if (!isAppError(error)) console.error("import job failed", jobId, error);
    Object.assign(live, { status: "FAILED", phase: "failed", error: message });
    try {
      await writes;
      await db.importJob.updateMany({
        where: { id: jobId, userId: actor.id },
        data: { status: "FAILED", phase: "failed", error: message },
      });
    } catch (writeError) {
      console.error("import job failure write failed", jobId, writeError);
    }
  } finally {
    // The row now holds the outcome; keep the live entry briefly for polls already in flight.
    setTimeout(() => liveJobs.delete(jobId), 30_000).unref?.();
  }
}
