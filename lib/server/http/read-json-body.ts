// Reads a JSON request body with a size cap: an oversized, unreadable or
// unparsable body becomes a 413/400 response instead of an exception. The cap
// holds while reading (capRequestBody), so a chunked body without
// Content-Length is cut off at maxBytes instead of being buffered whole.
import "server-only";
import { BodyTooLargeError, capRequestBody } from "./cap-request-body";

export type JsonBody = { ok: true; value: unknown } | { ok: false; response: Response };

const refuse = (status: number, error: string): JsonBody => ({
  ok: false,
  response: Response.json({ error }, { status }),
});

export async function readJsonBody(request: Request, maxBytes: number): Promise<JsonBody> {
  const tooLarge = () => refuse(413, `The request body is larger than ${maxBytes} bytes.`);
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) return tooLarge();
  let bytes: ArrayBuffer;
  try {
    bytes = await capRequestBody(request, maxBytes).arrayBuffer();
  } catch (error) {
    return error instanceof BodyTooLargeError ? tooLarge() : refuse(400, "The request body could not be read.");
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return refuse(400, "The request body is not valid UTF-8.");
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return refuse(400, "The request body is not valid JSON.");
  }
}
