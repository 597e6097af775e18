// Server actions are public POST endpoints on page paths. Next.js decodes their
// bodies before any action code runs, and answers a body it cannot decode, or
// one over its 1 MB limit, with a 500; proxy.ts calls this first so such
// requests get a 4xx and never reach the decoder (issue 14).
// (No "server-only" import here: proxy.ts is bundled apart from the server components.)

/** Next.js' default `serverActions.bodySizeLimit`. */
export const MAX_SERVER_ACTION_BYTES = 1024 * 1024;

/** The body, or null once more than maxBytes arrive (a chunked body declares no length). */
async function readCapped(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = request.clone().body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

function refuse(status: 400 | 413, error: string): Response {
  return Response.json({ error }, { status, headers: { "cache-control": "no-store" } });
}

/** null when the request is not a server action call or its body decodes; else the 4xx to answer. */
export async function checkServerActionRequest(request: Request): Promise<Response | null> {
  if (request.method !== "POST") return null;
  const contentType = (request.headers.get("content-type") ?? "").toLowerCase();
  const isMultipart = contentType.startsWith("multipart/form-data");
  const isFetchAction = request.headers.has("next-action");
  // A form posted without JavaScript is multipart with no Next-Action header; Next.js treats it as an action too.
  if (!isFetchAction && !isMultipart) return null;
  const isText = isFetchAction && contentType.startsWith("text/plain");
  if (!isMultipart && !isText) return null; // Next.js answers other types itself (not an action: 404).
  const tooLarge = () => refuse(413, "The request is too large.");
  if (Number(request.headers.get("content-length") ?? 0) > MAX_SERVER_ACTION_BYTES) return tooLarge();
  let body: Uint8Array<ArrayBuffer> | null;
  try {
    body = await readCapped(request, MAX_SERVER_ACTION_BYTES);
  } catch {
    return refuse(400, "The request could not be read.");
  }
  if (!body) return tooLarge();
  try {
    if (isText) JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
    else await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    return refuse(400, "The request could not be read.");
  }
  return null;
}
