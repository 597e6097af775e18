// Hostile requests against the running production server: forged sessions,
// malformed and oversized bodies (also chunked, with no Content-Length),
// binary uploads, other users' ids and pages of another role. Each gets a
// clear status and message, and the server keeps answering.
import { beforeAll, describe, expect, it } from "vitest";
import { BASE_URL, DEMO_LEARNER, signInOverHttp } from "./browser";

let learner: string;
beforeAll(async () => {
  learner = await signInOverHttp(DEMO_LEARNER);
});

const answer = (cookie: string, body: BodyInit, headers: Record<string, string> = {}) =>
  fetch(`${BASE_URL}/api/review/answer`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json", ...headers },
    body,
  });

/** `prefix`, then `chunks` × 64 KiB, streamed with chunked transfer encoding (no Content-Length). */
function chunkedBody(chunks: number, prefix = ""): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    start(controller) {
      if (prefix) controller.enqueue(new TextEncoder().encode(prefix));
    },
    pull(controller) {
      if (sent++ >= chunks) controller.close();
      else controller.enqueue(new Uint8Array(64 * 1024).fill(0x41));
    },
  });
}

describe("forged sessions and roles", () => {
  it("a made-up session cookie is treated as signed out", async () => {
    const forged = "next-auth.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..forged.forged.forged";
    const api = await answer(forged, JSON.stringify({ cardId: "c1", clientId: crypto.randomUUID(), rating: "good" }));
    expect(api.status).toBe(401);
    const page = await fetch(`${BASE_URL}/library`, { headers: { cookie: forged }, redirect: "manual" });
    expect(page.status).toBeGreaterThanOrEqual(300);
    expect(page.status).toBeLessThan(400);
    expect(page.headers.get("location")).toMatch(/\/signin/);
  });

  it("a learner asking for the teacher area is sent to their library", async () => {
    const page = await fetch(`${BASE_URL}/teach`, { headers: { cookie: learner }, redirect: "manual" });
    expect(page.status).toBeGreaterThanOrEqual(300);
    expect(page.status).toBeLessThan(400);
    expect(page.headers.get("location")).toMatch(/\/library/);
  });
});

describe("malformed and oversized bodies", () => {
  it.each([
    ["not JSON", "{rating: good", 400, /not valid JSON/],
    ["the wrong shape", JSON.stringify({ cardId: 7, rating: ["good"] }), 400, /not understood/],
    [
      "an unknown card",
      JSON.stringify({ cardId: "no-such-card", clientId: crypto.randomUUID(), rating: "good" }),
      404,
      /not found/i,
    ],
  ])("a review answer that is %s gets %s", async (_name, body, status, message) => {
    const response = await answer(learner, body);
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: string }).error).toMatch(message);
  });

  it("a 1 MB review answer is refused with 413, declared or chunked", async () => {
    const declared = await answer(learner, "x".repeat(1024 * 1024));
    expect(declared.status).toBe(413);
    const chunked = await fetch(`${BASE_URL}/api/review/answer`, {
      method: "POST",
      headers: { cookie: learner, "content-type": "application/json" },
      body: chunkedBody(16),
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(413);
  });

  it("a chunked 20 MB upload is cut off with 413 and a message that says what to do", async () => {
    const response = await fetch(`${BASE_URL}/api/import`, {
      method: "POST",
      headers: { cookie: learner, "content-type": "multipart/form-data; boundary=----lesefluss" },
      // A well-formed start of a file part whose content never ends: the server must stop reading by itself.
      body: chunkedBody(
        320,
        '------lesefluss\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\nContent-Type: text/plain\r\n\r\n',
      ),
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: string }).error).toMatch(/too large/);
  });

  it("a binary file upload is refused with the reason, and the server still answers", async () => {
    const form = new FormData();
    form.set("mode", "upload");
    form.set(
      "file",
      new Blob([new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0])]),
      "program.txt",
    );
    const response = await fetch(`${BASE_URL}/api/import`, {
      method: "POST",
      headers: { cookie: learner },
      body: form,
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toMatch(/binary/);
    expect((await fetch(`${BASE_URL}/signin`)).status).toBe(200);
  });
});
