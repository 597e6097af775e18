import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import type { Actor } from "../actor";
import { decodeText, findBinaryContent } from "@/lib/core/import/decode-text";
import { extractArticle } from "@/lib/core/import/extract-article";
import { markdownToText } from "@/lib/core/import/markdown-to-text";
import { importTextSchema } from "@/lib/validation/import";
import { importRequestSchema, SOURCE_FIELD, uploadKindOf, type ImportRequest } from "@/lib/validation/import-request";
import { parseInput } from "../parse-input";
import type { Prisma } from "@/generated/prisma/client";
import type { PreparedImport } from "../jobs/run-import-job";
import { drainImportJobs, hasExternalImportWorker, waitForImportJob } from "../jobs/import-queue";

function fieldError(field: string, message: string): AppError {
  return new AppError("INVALID_INPUT", message, { [field]: [message] });
}

/**
 * The checks that need no analysis (empty, too large, binary, encoding, file
 * type) run here, before a job exists, so the form can show them next to the
 * field at once. Language and sentence checks need the analysis and fail the job.
 */
function prepare(request: ImportRequest): PreparedImport {
  const parsed = parseInput(importRequestSchema, request);
  if (parsed.mode === "url") return { kind: "url", title: parsed.title, url: parsed.url, translation: parsed.translation };

  let content: string;
  let title = parsed.title;
  if (parsed.mode === "paste") {
    content = parsed.content;
  } else {
    const format = uploadKindOf(parsed.file.name);
    if (format === "epub" || format === "pdf" || format === "subtitles") {
      // Unpacked and read by the worker (lib/server/import/read-import-file.ts), never on this request.
      return {
        kind: "file",
        format,
        fileName: parsed.file.name,
        data: Buffer.from(parsed.file.bytes).toString("base64"),
        title,
        translation: parsed.translation,
      };
    }
    const decoded = decodeText(parsed.file.bytes);
    if (!decoded.ok) throw fieldError("file", decoded.reason);
    const kind = uploadKindOf(parsed.file.name);
    if (kind === "html") {
      const article = extractArticle(decoded.text);
      if (!article.text.trim()) throw fieldError("file", "No readable text was found in this HTML file.");
      content = article.text;
      title ??= article.title?.slice(0, 200) ?? undefined;
    } else {
      content = kind === "markdown" ? markdownToText(decoded.text) : decoded.text;
    }
  }
  const sourceField = SOURCE_FIELD[parsed.mode];
  const checked = importTextSchema.safeParse({ title, content, translation: parsed.translation });
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const field = String(issue?.path[0] ?? "content");
    const message = issue?.message ?? "Check the text and try again.";
    throw fieldError(field === "content" ? sourceField : field, message);
  }
  const binary = findBinaryContent(content);
  if (binary) throw fieldError(sourceField, binary);
  return {
    kind: "text",
    title: checked.data.title,
    content,
    translation: checked.data.translation,
    source: parsed.mode === "paste" ? "PASTE" : "UPLOAD",
  };
}

/**
 * Starts importing a pasted text, an uploaded file or a web page for `actor`:
 * validates the request (INVALID_INPUT with field errors; nothing is
 * created) and queues the actor's ImportJob with what to import. The import
 * worker claims and runs it (lib/server/jobs/import-queue.ts), never this
 * request. The page polls getImportJob; `completion` settles when the job has
 * ended (it never rejects) and is for tests and scripts.
 *
 * @example
 * const { jobId } = await startImportJob(actor, { mode: "paste", content: "Der Hund schläft." });
 */
export async function startImportJob(actor: Actor, request: ImportRequest): Promise<{ jobId: string; completion: Promise<void> }> {
  const prepared = prepare(request);
  const job = await db.importJob.create({
    data: { userId: actor.id, status: "QUEUED", phase: "queued", request: JSON.parse(JSON.stringify(prepared)) as Prisma.InputJsonObject },
    select: { id: true },
  });
  if (!hasExternalImportWorker()) void drainImportJobs();
  return { jobId: job.id, completion: waitForImportJob(job.id) };
}
