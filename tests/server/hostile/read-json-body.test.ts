import { describe, expect, it } from "vitest";
import { readJsonBody } from "@/lib/server/http/read-json-body";

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://127.0.0.1/api/x", { method: "POST", body, headers, duplex: "half" } as RequestInit);

/** A body streamed in chunks, with no Content-Length (what a chunked upload looks like). */
function streamed(chunks: number, chunkBytes: number, onPull: () => void): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      onPull();
      if (sent++ >= chunks) controller.close();
      else controller.enqueue(new Uint8Array(chunkBytes).fill(0x20));
    },
  });
}

async function errorOf(result: Awaited<ReturnType<typeof readJsonBody>>) {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error("unreachable");
  return { status: result.response.status, error: ((await result.response.json()) as { error: string }).error };
}

describe("readJsonBody", () => {
  it("parses a JSON body within the cap", async () => {
    await expect(readJsonBody(post(JSON.stringify({ a: 1, ü: "ß" })), 100)).resolves.toEqual({
      ok: true,
      value: { a: 1, ü: "ß" },
    });
  });

  it("refuses a declared Content-Length over the cap with 413", async () => {
    expect(await errorOf(await readJsonBody(post("{}", { "content-length": "5000" }), 100))).toMatchObject({
      status: 413,
    });
  });

  it("stops reading a chunked body at the cap instead of buffering it whole", async () => {
    let pulls = 0;
    const result = await readJsonBody(post(streamed(10_000, 1024, () => pulls++)), 4096);
    expect(await errorOf(result)).toEqual({ status: 413, error: "The request body is larger than 4096 bytes." });
    expect(pulls).toBeLessThan(50);
  });

  it.each([
    ["not JSON", new TextEncoder().encode("{rating: good"), /not valid JSON/],
    ["invalid UTF-8", new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), /not valid UTF-8/],
    ["empty", new Uint8Array(), /not valid JSON/],
  ])("answers 400 for a body that is %s", async (_name, bytes, message) => {
    const { status, error } = await errorOf(await readJsonBody(post(bytes), 100));
    expect(status).toBe(400);
    expect(error).toMatch(message);
  });
});
