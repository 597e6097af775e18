// Server actions are public POST endpoints on page paths. Next.js decodes their
// bodies before any action code runs and answers one over its 1 MB limit with
// a 500; proxy.ts calls this first so a declared oversize body gets a 413 and
// never reaches the decoder (issue 14). Undecodable bodies are not checked
// here yet: reading the body in the proxy needs its own verification.
// (No "server-only" import here: proxy.ts is bundled apart from the server components.)

/** Next.js' default `serverActions.bodySizeLimit`. */
export const MAX_SERVER_ACTION_BYTES = 1024 * 1024;

function refuse(status: 400 | 413, error: string): Response {
  return Response.json({ error }, { status, headers: { "cache-control": "no-store" } });
}

/** null when the request is not a server action call or is within the size limit; else the 413 to answer. */
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
  return null;
}
