// POST /api/import – start importing a pasted text, an uploaded file or a web page; answers 202 {jobId} to poll.
import { BodyTooLargeError, capRequestBody } from "@/lib/server/http/cap-request-body";
import { withActor } from "@/lib/server/http/route";
import { startImportJob } from "@/lib/server/data/start-import-job";
import { MAX_IMPORT_REQUEST_BYTES, type ImportRequest } from "@/lib/validation/import-request";

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

const TOO_LARGE_FIELDS = {
  file: [
    "The file is too large: e-books and PDFs may have up to 20 MB, other files 5 MB. Split the text into parts and upload them one by one.",
  ],
};

// startImportJob parses the request (once) and owns the job; texts are created, not read, so nothing else to authorise.
export const POST = withActor(
  { signedOut: "Sign in to import texts.", name: "import start", sameOrigin: true },
  async ({ actor, request }) => {
    const tooLarge = () =>
      errorResponse(
        413,
        "The upload is too large. E-books and PDFs may be up to 20 MB, other files 5 MB and texts 2 MB.",
        TOO_LARGE_FIELDS,
      );
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
    const { jobId } = await startImportJob(actor, body as ImportRequest);
    return Response.json(
      { jobId },
      { status: 202, headers: { location: `/api/import/${jobId}`, "cache-control": "no-store" } },
    );
  },
);
