// Sentence translations from a LibreTranslate-compatible service (a local stub of its HTTP API).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { importText } from "@/lib/server/data/import-text";
import { makeUser } from "../../helpers/factories";

let server: http.Server;
let requests: { q: string[]; source: string; target: string }[] = [];
let failing = false;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      if (req.url !== "/translate" || req.method !== "POST" || failing) {
        res.writeHead(failing ? 500 : 404).end();
        return;
      }
      const parsed = JSON.parse(body) as { q: string[]; source: string; target: string };
      requests.push(parsed);
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ translatedText: parsed.q.map((q) => `EN(${q})`) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.TRANSLATE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  // The stub is on loopback, like a self-hosted service the operator marks as trusted.
  process.env.TRANSLATE_TRUSTED = "1";
});

afterAll(async () => {
  delete process.env.TRANSLATE_URL;
  delete process.env.TRANSLATE_TRUSTED;
  await new Promise((resolve) => server.close(resolve));
});

describe("machine translation at import", () => {
  it("fills only the sentences without an authored or parallel translation", async () => {
    requests = [];
    const learner = await makeUser();
    const { textId } = await importText(learner, {
      content: "Der Hund schläft im Garten. Die Katze sitzt auf dem Dach und schaut zu.",
      translation: "The dog sleeps in the garden.",
    });
    const rows = await db.sentence.findMany({ where: { textId }, orderBy: { index: "asc" } });
    expect(rows.map((r) => [r.translation, r.translationSource])).toEqual([
      ["The dog sleeps in the garden.", "PARALLEL"],
      ["EN(Die Katze sitzt auf dem Dach und schaut zu.)", "MT"],
    ]);
    expect(requests).toEqual([
      { q: ["Die Katze sitzt auf dem Dach und schaut zu."], source: "de", target: "en", format: "text", api_key: "" },
    ]);
  });

  it("imports without translations when the service fails", async () => {
    failing = true;
    try {
      const learner = await makeUser();
      const { textId } = await importText(learner, { content: "Der Vogel singt im Baum." });
      const rows = await db.sentence.findMany({ where: { textId } });
      expect(rows.map((r) => r.translation)).toEqual([null]);
    } finally {
      failing = false;
    }
  });

  // Issue 14: the translation service went through no address guard, so a TRANSLATE_URL (or a DNS answer for
  // its name) pointing into the private network was fetched like any other.
  it("does not call a service on a private address unless it is configured as trusted", async () => {
    requests = [];
    delete process.env.TRANSLATE_TRUSTED;
    try {
      const learner = await makeUser();
      const { textId } = await importText(learner, { content: "Der Fisch schwimmt im See." });
      const rows = await db.sentence.findMany({ where: { textId } });
      expect(rows.map((r) => r.translation)).toEqual([null]);
      expect(requests).toEqual([]);
    } finally {
      process.env.TRANSLATE_TRUSTED = "1";
    }
  });
});
