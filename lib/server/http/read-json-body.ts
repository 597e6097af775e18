// Reads a JSON request body with a size cap: an oversized or unparsable body
// becomes a 413/400 response instead of an exception.
import "server-only";

export type JsonBody = { ok: true; value: unknown } | { ok: false; response: Response };

export async function readJsonBody(request: Request, maxBytes: number): Promise<JsonBody> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  const tooLarge = () => ({
    ok: false as const,
    response: Response.json({ error: `The request body is larger than ${maxBytes} bytes.` }, { status: 413 }),
  });
  if (declared > maxBytes) return tooLarge();
  let text: string;
  try {
    text = await request.text();
  } catch {
    return { ok: false, response: Response.json({ error: "The request body could not be read." }, { status: 400 }) };
  }
  if (Buffer.byteLength(text, "utf8") > maxBytes) return tooLarge();
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, response: Response.json({ error: "The request body is not valid JSON." }, { status: 400 }) };
  }
}
