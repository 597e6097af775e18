import { describe, expect, it } from "vitest";
import { BodyTooLargeError, capRequestBody } from "@/lib/server/http/cap-request-body";

function chunked(chunks: number, chunkBytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent++ >= chunks) controller.close();
      else controller.enqueue(new TextEncoder().encode("a".repeat(chunkBytes)));
    },
  });
}

const post = (body: BodyInit, contentType: string) =>
  new Request("http://127.0.0.1/api/import", {
    method: "POST",
    body,
    headers: { "content-type": contentType },
    duplex: "half",
  } as RequestInit);

describe("capRequestBody", () => {
  it("passes a body within the cap through unchanged (JSON and multipart)", async () => {
    await expect(
      capRequestBody(post(JSON.stringify({ title: "Für dich" }), "application/json"), 1000).json(),
    ).resolves.toEqual({ title: "Für dich" });
    const form = new FormData();
    form.set("mode", "paste");
    form.set("file", new Blob(["Der Hund schläft."]), "text.txt");
    const multipart = new Request("http://127.0.0.1/api/import", { method: "POST", body: form });
    const parsed = await capRequestBody(multipart, 10_000).formData();
    expect(parsed.get("mode")).toBe("paste");
    expect(await (parsed.get("file") as File).text()).toBe("Der Hund schläft.");
  });

  it("fails the read with BodyTooLargeError once a chunked body passes the cap", async () => {
    await expect(capRequestBody(post(chunked(100, 1024), "application/json"), 10_000).json()).rejects.toBeInstanceOf(
      BodyTooLargeError,
    );
    await expect(
      capRequestBody(post(chunked(100, 1024), "multipart/form-data; boundary=x"), 10_000).formData(),
    ).rejects.toBeInstanceOf(BodyTooLargeError);
  });

  it("leaves a request without a body alone", () => {
    const get = new Request("http://127.0.0.1/api/import");
    expect(capRequestBody(get, 10)).toBe(get);
  });
});
