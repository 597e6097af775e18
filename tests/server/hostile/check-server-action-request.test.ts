// Issue 14.8: server-action calls Next.js cannot decode answered 500. The proxy's check answers them 400
// (413 when too large, also chunked) and lets every request a browser really sends through, body intact.
import { describe, expect, it } from "vitest";
import { checkServerActionRequest, MAX_SERVER_ACTION_BYTES } from "@/lib/server/http/check-server-action-request";

const ACTION = "7f".padEnd(42, "a");

function post(body: BodyInit, headers: Record<string, string>): Request {
  return new Request("http://127.0.0.1/signup", { method: "POST", body, headers, duplex: "half" } as RequestInit);
}

const fetchAction = (body: BodyInit, contentType = "text/plain;charset=UTF-8") =>
  post(body, { "next-action": ACTION, "content-type": contentType });

/** A body as the browser's FormData encodes it, with its boundary. */
async function multipart(form: FormData): Promise<{ body: Uint8Array<ArrayBuffer>; contentType: string }> {
  const encoded = new Response(form);
  return { contentType: encoded.headers.get("content-type")!, body: new Uint8Array(await encoded.arrayBuffer()) };
}

function chunked(bytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      sent += 64 * 1024;
      controller.enqueue(new Uint8Array(64 * 1024).fill(0x61));
    },
  });
}

async function statusOf(request: Request): Promise<number | null> {
  return (await checkServerActionRequest(request))?.status ?? null;
}

describe("checkServerActionRequest", () => {
  it("lets through what React's client sends: JSON text, multipart with its JSON root, a plain form post", async () => {
    const text = fetchAction(JSON.stringify([{ status: "idle" }, "$K1"]));
    expect(await checkServerActionRequest(text)).toBeNull();
    // The action still reads the whole body after the check.
    expect(await text.text()).toBe(JSON.stringify([{ status: "idle" }, "$K1"]));

    const form = new FormData();
    form.set("1_email", "a@example.test");
    form.set("0", JSON.stringify(["$K1"]));
    const { body, contentType } = await multipart(form);
    const request = fetchAction(body, contentType);
    expect(await checkServerActionRequest(request)).toBeNull();
    expect((await request.formData()).get("1_email")).toBe("a@example.test");

    const plain = new FormData();
    plain.set("$ACTION_ID_" + ACTION, "");
    plain.set("email", "a@example.test");
    const mpa = await multipart(plain);
    expect(await statusOf(post(mpa.body, { "content-type": mpa.contentType }))).toBeNull();
  });

  it.each<[string, () => Promise<Request> | Request]>([
    ["text that is not JSON", () => fetchAction("{not json")],
    ["bytes that are not UTF-8", () => fetchAction(new Uint8Array([0x22, 0xff, 0xfe, 0x22]))],
    ["multipart without its boundary", () => fetchAction("--x\r\n\r\n", "multipart/form-data")],
    [
      "multipart whose parts do not match the boundary",
      () => fetchAction("garbage", "multipart/form-data; boundary=x"),
    ],
    [
      "multipart without the JSON root",
      async () => {
        const form = new FormData();
        form.set("1_email", "a@example.test");
        const { body, contentType } = await multipart(form);
        return fetchAction(body, contentType);
      },
    ],
    [
      "multipart whose root is not JSON",
      async () => {
        const form = new FormData();
        form.set("0", "[oops");
        const { body, contentType } = await multipart(form);
        return fetchAction(body, contentType);
      },
    ],
    [
      "a plain form post that is not multipart",
      () => post("--y\r\nnonsense", { "content-type": "multipart/form-data; boundary=y" }),
    ],
  ])("answers 400 for %s", async (_name, make) => {
    const response = await checkServerActionRequest(await make());
    expect(response?.status).toBe(400);
    const body = (await response!.json()) as { error: string };
    expect(body.error).toMatch(/could not be read/);
    expect(JSON.stringify(body)).not.toMatch(/\bat \w|Error:/);
  });

  it("answers 413 for a body over 1 MB, declared or counted while it streams in", async () => {
    expect(await statusOf(fetchAction(`"${"a".repeat(MAX_SERVER_ACTION_BYTES)}"`))).toBe(413);
    expect(await statusOf(fetchAction(chunked(2 * MAX_SERVER_ACTION_BYTES)))).toBe(413);
  });

  it("leaves alone what is not a server action call", async () => {
    expect(await statusOf(new Request("http://127.0.0.1/signup"))).toBeNull();
    expect(await statusOf(post("{not json", { "content-type": "application/json" }))).toBeNull();
  });
});
