// POST /api/import – start importing a pasted text, an uploaded file or a web page; answers 202 {jobId} to poll.
import { assertSameOrigin } from "@/lib/server/http/assert-same-origin";
import { BodyTooLargeError, capRequestBody } from "@/lib/server/http/cap-request-body";
import { getActor } from "@/lib/server/auth";
import { isAppError, toHttpStatus } from "@/lib/server/errors";
import { startImportJob } from "@/lib/server/data/start-import-job";
import { importRequestSchema, MAX_IMPORT_REQUEST_BYTES } from "@/lib/validation/import-request";

export const dynamic = "force-dynamic";

function errorResponse(status: number, message: string, fieldErrors?: Record<string, string[]>): Response {
  return Response.json({ error: message, ...(fieldErrors ? { fieldErrors } : {}) }, { status });
}

function stringField(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
}

/** Multipart (the form, with a file) or JSON (scripts) → the request startImportJob parses. */
async function readRequest(request: Request): Promise<unknown> {
  const contentType = request.headers.get("content-type") ?? "";
  if (contentType.includes("application/json")) return request.json();
  const form = await request.formData();
  const file = form.get("file");
  return {
    mode: stringField(form, "mode"),
    title: stringField(form, "title"),
    content: stringField(form, "content"),
    url: stringField(form, "url"),
    translation: stringField(form, "translation"),
    file: file instanceof File ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : undefined,
  };
}

export async function POST(request: Request): Promise<Response> {
  const refused = assertSameOrigin(request);
  if (refused) return refused;
  const actor = await getActor();
  if (!actor) return errorResponse(401, "Sign in to import texts.");
  const tooLarge = () =>
    errorResponse(413, "The upload is too large. Files may be up to 5 MB and texts up to 2 MB.", {
      file: ["The file is larger than 5 MB. Split the text into parts and upload them one by one."],
    });
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_IMPORT_REQUEST_BYTES) return tooLarge();
  let body: unknown;
  try {
    // Capped while reading too: a chunked upload declares no length.
    body = await readRequest(capRequestBody(request, MAX_IMPORT_REQUEST_BYTES));
  } catch (error) {
    if (error instanceof BodyTooLargeError) return tooLarge();
    return errorResponse(400, "The request could not be read. Send the form again.");
  }
  const parsed = importRequestSchema.safeParse(body);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
    return errorResponse(400, parsed.error.issues[0]?.message ?? "Check the form and try again.", fieldErrors);
  }
  try {
    // The job belongs to the actor; there is nothing else to authorise (texts are created, not read).
    const { jobId } = await startImportJob(actor, parsed.data);
    return Response.json(
      { jobId },
      { status: 202, headers: { location: `/api/import/${jobId}`, "cache-control": "no-store" } },
    );
  } catch (error) {
    if (isAppError(error)) return errorResponse(toHttpStatus(error.code), error.message, error.fieldErrors);
    console.error("import start failed", error);
    return errorResponse(500, "The import could not be started. Please try again.");
  }
}
