import "server-only";
import { db } from "../db";
import { isAppError } from "../errors";
import type { Actor } from "../actor";
import { fetchArticle } from "../http/fetch-article";
import { importText, type ImportOptions, type ImportProgress } from "../data/import-text";
import { readImportFile, type PreparedFile } from "../import/read-import-file";
import type { ImportTextInput } from "@/lib/validation/import";
import { Prisma } from "@/generated/prisma/client";

/** The text of an import, ready for importText, or a web address still to fetch. Stored in ImportJob.request. */
export type PreparedImport =
  | { kind: "text"; title?: string; content: string; translation?: string; source: "PASTE" | "UPLOAD" }
  | { kind: "url"; title?: string; url: string; translation?: string }
  | PreparedFile;

export type ImportPhase = "queued" | "fetching" | "reading" | "analysing" | "saving" | "done" | "failed";

// Progress rows are written at most this often (the page polls every 500 ms);
// each write also tells other workers this job's worker is alive.
const PROGRESS_WRITE_MS = 400;
const GENERIC_FAILURE = "The import failed on our side. Please try again; if it keeps failing, paste the text instead.";

type TextExtras = Pick<ImportOptions, "author" | "sections" | "cues">;

/** The text to analyse: as given, fetched from its web address, or read from an uploaded book or subtitle file. */
async function textOf(prepared: PreparedImport): Promise<{ input: ImportTextInput; extras: TextExtras }> {
  if (prepared.kind === "text") {
    return {
      input: {
        title: prepared.title,
        content: prepared.content,
        translation: prepared.translation,
        source: prepared.source,
      },
      extras: {},
    };
  }
  if (prepared.kind === "file") {
    const file = await readImportFile(prepared);
    return { input: file.input, extras: { author: file.author, sections: file.sections, cues: file.cues } };
  }
  const article = await fetchArticle(prepared.url);
  return {
    input: {
      // A page's title may be longer than a typed one may be (200).
      title: prepared.title ?? article.title?.slice(0, 200) ?? undefined,
      content: article.text,
      translation: prepared.translation,
      source: "URL",
      sourceUrl: article.url,
    },
    extras: {},
  };
}

/**
 * Runs one claimed import job of `actor` to its end, in the import worker:
 * fetch (URL imports), analyse and save through importText, then mark the
 * job DONE with its textId, or FAILED with a message for the learner. Never
 * rejects. Progress goes to the job's row, where the polling page reads it.
 */
export async function runImportJob(actor: Actor, jobId: string, prepared: PreparedImport): Promise<void> {
  const where = { id: jobId, userId: actor.id };
  // Progress writes are chained (never two at once, never out of order) and not awaited by importText.
  let writes: Promise<unknown> = Promise.resolve();
  let lastWrite = 0;
  let lastPhase: ImportPhase = "queued";
  const report = (phase: ImportPhase, done: number, total: number) => {
    if (phase === lastPhase && Date.now() - lastWrite < PROGRESS_WRITE_MS) return;
    lastPhase = phase;
    lastWrite = Date.now();
    writes = writes
      .then(() => db.importJob.updateMany({ where, data: { status: "RUNNING", phase, done, total } }))
      .catch((error: unknown) => console.error("import job progress write failed", jobId, error));
  };

  try {
    if (prepared.kind !== "text") report(prepared.kind === "url" ? "fetching" : "reading", 0, 1);
    const { input, extras } = await textOf(prepared);
    report("analysing", 0, 1);
    // Let the "analysing" write go out before analysis keeps this worker busy.
    await writes;
    const result = await importText(actor, input, {
      ...extras,
      onProgress: (p: ImportProgress) => report(p.phase === "done" ? "saving" : p.phase, p.done, p.total),
      onTextCreated: async (textId) => {
        await writes;
        await db.importJob.updateMany({ where, data: { textId } });
      },
    });
    await writes;
    await db.importJob.updateMany({
      where,
      data: {
        status: "DONE",
        phase: "done",
        done: result.sentenceCount,
        total: result.sentenceCount,
        textId: result.textId,
        error: null,
        // The text is saved: the request (up to 2 MB) is no longer needed.
        request: Prisma.DbNull,
      },
    });
  } catch (error) {
    const message = isAppError(error) ? error.message : GENERIC_FAILURE;
    if (!isAppError(error)) console.error("import job failed", jobId, error);
    try {
      await writes;
      await markImportJobFailed(jobId, message);
    } catch (writeError) {
      console.error("import job failure write failed", jobId, writeError);
    }
  }
}

/** Ends a job as FAILED with `message` for the learner; it keeps no text and no request. */
export async function markImportJobFailed(jobId: string, message: string): Promise<void> {
  await db.$executeRaw`
    UPDATE "ImportJob" SET "status" = 'FAILED', "phase" = 'failed', "error" = ${message}, "textId" = NULL,
      "request" = NULL, "updatedAt" = now()
    WHERE "id" = ${jobId}`;
}
