// Server actions are public POST endpoints on page paths. Next.js decodes their
// bodies before any action code runs and answers one it cannot decode, or one
// over its 1 MB limit that arrives chunked, with a 500; proxy.ts calls this
// first so such requests get a 4xx and never reach the decoder (issue 14.8):
// 413 for an oversize body (declared, or counted while reading a copy of it),
// 400 for one that is not what a browser sends (a fetch action's body is JSON
// text or multipart with its JSON root in field "0"; a plain form post is
// readable multipart). The proxy reads a copy: Next.js buffers a request the
// proxy sees (proxyClientMaxBodySize), so the action still gets the body.
// Unknown action ids are Next.js' own 400/409, which its client router expects.
// (No "server-only" import here: proxy.ts is bundled apart from the server components.)

/** Next.js' default `serverActions.bodySizeLimit`. */
export const MAX_SERVER_ACTION_BYTES = 1024 * 1024;

function refuse(status: 400 | 413, error: string): Response {
  return Response.json({ error }, { status, headers: { "cache-control": "no-store" } });
}

/** The body of a copy of the request, or null once more than maxBytes arrived (a chunked body has no length). */
async function readCapped(request: Request, maxBytes: number): Promise<Uint8Array | null> {
  const reader = request.clone().body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      // Not awaited: cancelling one branch of a cloned body settles only once the other is cancelled too.
      reader.cancel().catch(() => undefined);
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

function isJsonText(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Could Next.js decode this body? Only the framing is checked here; the action's own zod schema judges the input. */
async function isDecodable(body: Uint8Array, contentType: string, isFetchAction: boolean): Promise<boolean> {
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    try {
      return isJsonText(new TextDecoder("utf-8", { fatal: true }).decode(body));
    } catch {
      return false;
    }
  }
  let form: FormData;
  try {
    form = await new Response(body as Uint8Array<ArrayBuffer>, { headers: { "content-type": contentType } }).formData();
  } catch {
    return false;
  }
  if (!isFetchAction) return true;
  const root = form.get("0");
  return typeof root === "string" && isJsonText(root);
}

/** null when the request is not a server action call, or is one Next.js can decode; else the 4xx to answer. */
export async function checkServerActionRequest(request: Request): Promise<Response | null> {
  if (request.method !== "POST") return null;
  const contentType = request.headers.get("content-type") ?? "";
  const isMultipart = contentType.toLowerCase().startsWith("multipart/form-data");
  const isFetchAction = request.headers.has("next-action");
  // A form posted without JavaScript is multipart with no Next-Action header; Next.js treats it as an action too.
  if (!isFetchAction && !isMultipart) return null;
  const tooLarge = () => refuse(413, "The request is too large.");
  if (Number(request.headers.get("content-length") ?? 0) > MAX_SERVER_ACTION_BYTES) return tooLarge();
  const body = await readCapped(request, MAX_SERVER_ACTION_BYTES);
  if (body === null) return tooLarge();
  if (!(await isDecodable(body, contentType, isFetchAction))) {
    return refuse(400, "The request could not be read. Reload the page and try again.");
  }
  return null;
}
