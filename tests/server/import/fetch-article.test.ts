import http from "node:http";
import os from "node:os";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/server/errors";
import { db } from "@/lib/server/db";
import { fetchArticle, isBlockedAddress } from "@/lib/server/http/fetch-article";
import { startImportJob } from "@/lib/server/data/start-import-job";
import { getImportJob } from "@/lib/server/data/get-import-job";
import { makeUser } from "../../helpers/factories";

const ARTICLE_PAGE = `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Bienen in der Stadt – Tagesblatt</title></head>
<body>
  <header><a href="/">Tagesblatt</a>
    <nav aria-label="Rubriken"><ul><li><a href="/politik">Politik</a></li><li><a href="/wirtschaft">Wirtschaft</a></li><li><a href="/sport">Sport</a></li><li><a href="/abo">Jetzt abonnieren</a></li></ul></nav>
  </header>
  <div class="cookie">Wir verwenden Cookies. <button>Alle akzeptieren</button></div>
  <main>
    <article>
      <h1>Bienen in der Stadt</h1>
      <p class="byline">Von Anna Schmidt</p>
      <p>Immer mehr Menschen halten Bienen auf ihren Balkonen und Dächern. In Berlin gibt es inzwischen mehrere tausend Imker, die in der Stadt Honig produzieren.</p>
      <p>Die Bienen finden in den Parks und Gärten viele verschiedene Blüten. Deshalb schmeckt der Honig aus der Stadt oft vielfältiger als der Honig vom Land.</p>
      <p>Fachleute warnen jedoch, dass zu viele Honigbienen den Wildbienen die Nahrung wegnehmen können. Sie empfehlen, mehr Blumen zu pflanzen, bevor man neue Völker aufstellt.</p>
    </article>
    <aside><h2>Meistgelesen</h2><ul><li><a href="/a">Wahlergebnis im Überblick</a></li><li><a href="/b">Das Wetter am Wochenende</a></li></ul></aside>
  </main>
  <footer><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · © Tagesblatt</footer>
  <script>window.tracking = true;</script>
</body></html>`;

let server: http.Server;
let base: string;
const previousEnv = process.env.LESEFLUSS_ALLOW_PRIVATE_FETCH;

beforeAll(async () => {
  // The pages are served from 127.0.0.1, which the SSRF guard refuses unless this is set.
  process.env.LESEFLUSS_ALLOW_PRIVATE_FETCH = "1";
  server = http.createServer((req, res) => {
    switch (req.url) {
      case "/artikel":
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        return res.end(ARTICLE_PAGE);
      case "/artikel-gzip":
        res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-encoding": "gzip" });
        return res.end(zlib.gzipSync(ARTICLE_PAGE));
      case "/latin1":
        res.writeHead(200, { "content-type": "text/html; charset=iso-8859-1" });
        return res.end(Buffer.from(ARTICLE_PAGE.replace('charset="utf-8"', 'charset="iso-8859-1"'), "latin1"));
      case "/weiter":
        res.writeHead(301, { location: "/artikel" });
        return res.end();
      case "/text":
        res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
        return res.end("Der Hund schläft im Garten. Die Katze sitzt auf dem Dach.");
      case "/bild":
        res.writeHead(200, { "content-type": "image/png" });
        return res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      case "/riesig":
        // No content-length: the cap must hold while streaming.
        res.writeHead(200, { "content-type": "text/html" });
        for (let i = 0; i < 70; i++) res.write(`<p>${"Der Hund schläft im Garten. ".repeat(3000)}</p>`);
        return res.end();
      case "/langsam":
        // Never answers; the request must time out.
        return;
      case "/leer":
        res.writeHead(200, { "content-type": "text/html" });
        return res.end("<html><head><title>Leer</title></head><body><nav><a href='/'>Start</a></nav></body></html>");
      case "/englisch":
        res.writeHead(200, { "content-type": "text/html" });
        return res.end(
          `<html><body><article><h1>Bees</h1><p>${"More and more people keep bees on their balconies and roofs in the city. ".repeat(8)}</p></article></body></html>`,
        );
      default:
        res.writeHead(404, { "content-type": "text/html" });
        return res.end("<h1>Nicht gefunden</h1>");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  if (previousEnv === undefined) delete process.env.LESEFLUSS_ALLOW_PRIVATE_FETCH;
  else process.env.LESEFLUSS_ALLOW_PRIVATE_FETCH = previousEnv;
});

afterEach(() => {
  process.env.LESEFLUSS_ALLOW_PRIVATE_FETCH = "1";
});

const UNREACHABLE = /could not be reached\. Only public web pages can be imported/;

async function fetchError(url: string, options?: Parameters<typeof fetchArticle>[1]): Promise<AppError> {
  const error = await fetchArticle(url, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("INVALID_INPUT");
  expect((error as AppError).fieldErrors?.url).toBeDefined();
  return error as AppError;
}

describe("fetchArticle", () => {
  it("extracts the article paragraphs and not the navigation or boilerplate", async () => {
    const article = await fetchArticle(`${base}/artikel`);
    expect(article.title).toBe("Bienen in der Stadt");
    const paragraphs = article.text.split("\n\n");
    expect(paragraphs).toContain(
      "Immer mehr Menschen halten Bienen auf ihren Balkonen und Dächern. In Berlin gibt es inzwischen mehrere tausend Imker, die in der Stadt Honig produzieren.",
    );
    expect(article.text).toContain("Fachleute warnen jedoch");
    for (const boilerplate of ["Politik", "Jetzt abonnieren", "Cookies", "Meistgelesen", "Impressum", "tracking"]) {
      expect(article.text).not.toContain(boilerplate);
    }
  });

  it("follows redirects, decompresses gzip and decodes the declared charset", async () => {
    expect((await fetchArticle(`${base}/weiter`)).url).toBe(`${base}/artikel`);
    expect((await fetchArticle(`${base}/artikel-gzip`)).text).toContain("Dächern");
    expect((await fetchArticle(`${base}/latin1`)).text).toContain("Dächern");
  });

  it("takes plain text as it is", async () => {
    expect(await fetchArticle(`${base}/text`)).toMatchObject({
      title: null,
      text: "Der Hund schläft im Garten. Die Katze sitzt auf dem Dach.",
    });
  });

  it("refuses every address of this machine's own interfaces, public ones too", () => {
    process.env.LESEFLUSS_ALLOW_PRIVATE_FETCH = "";
    const own = Object.values(os.networkInterfaces())
      .flat()
      .filter((a): a is os.NetworkInterfaceInfo => !!a);
    expect(own.length).toBeGreaterThan(0);
    for (const a of own) expect(isBlockedAddress(a.address), a.address).toBe(true);
  });

  it.each([
    ["/fehlt", /404/],
    ["/bild", /not a web page \(it sent image\/png\)/],
    ["/riesig", /larger than 5 MB/],
    ["/leer", /No article text/],
  ])("refuses %s with a clear message", async (path, message) => {
    expect((await fetchError(`${base}${path}`)).message).toMatch(message);
  });

  it("gives up after the timeout", async () => {
    const started = Date.now();
    expect((await fetchError(`${base}/langsam`, { timeoutMs: 300 })).message).toMatch(/did not answer within/);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("names unreachable sites", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    // The same words as a refused address: a closed port must not read differently from a forbidden host.
    expect((await fetchError(`http://127.0.0.1:${port}/`)).message).toMatch(UNREACHABLE);
  });

  it("refuses loopback and private addresses unless LESEFLUSS_ALLOW_PRIVATE_FETCH=1 (SSRF)", async () => {
    process.env.LESEFLUSS_ALLOW_PRIVATE_FETCH = "";
    for (const url of [
      `${base}/artikel`,
      "http://localhost/",
      "http://10.0.0.5/",
      "http://[::1]/",
      "http://169.254.169.254/latest/meta-data/",
      "http://[::ffff:127.0.0.1]/",
    ]) {
      expect((await fetchError(url)).message).toMatch(UNREACHABLE);
    }
  });

  // Issue 14: LESEFLUSS_ALLOW_PRIVATE_FETCH used to switch the guard off entirely; it now admits plain 127.0.0.1 only.
  it("with LESEFLUSS_ALLOW_PRIVATE_FETCH=1 still refuses every other form of loopback and the machine's own addresses", async () => {
    const port = new URL(base).port;
    const own = Object.values(os.networkInterfaces())
      .flat()
      .filter((a): a is os.NetworkInterfaceInfo => !!a && !a.internal && !a.address.startsWith("fe80"))
      .map((a) => (a.family === "IPv6" ? `[${a.address}]` : a.address));
    for (const host of ["[::ffff:127.0.0.1]", "[::7f00:1]", "[::ffff:0:7f00:1]", "[::1]", "localhost", ...own]) {
      expect((await fetchError(`http://${host}:${port}/artikel`)).message, host).toMatch(UNREACHABLE);
    }
  });

  it("refuses a redirect to a refused address, on whichever hop it comes", async () => {
    const hops = http.createServer((req, res) => {
      const target = req.url === "/1" ? "/2" : "http://[::ffff:7f00:1]/";
      res.writeHead(302, {
        location: req.url === "/1" ? `http://127.0.0.1:${(hops.address() as AddressInfo).port}/2` : target,
      });
      res.end();
    });
    await new Promise<void>((resolve) => hops.listen(0, "127.0.0.1", resolve));
    try {
      const port = (hops.address() as AddressInfo).port;
      expect((await fetchError(`http://127.0.0.1:${port}/1`)).message).toMatch(UNREACHABLE);
    } finally {
      await new Promise((resolve) => hops.close(resolve));
    }
  });

  it.each([
    // Issue 14: each of these passed the old blocklist.
    ["198.51.100.7", true],
    ["203.0.113.7", true],
    ["192.88.99.7", true],
    ["192.0.2.2", true],
    ["::7f00:1", true],
    ["::ffff:0:7f00:1", true],
    ["2002:7f00:1::1", true],
    ["2002:5db8:d822::1", true],
    ["64:ff9b:1::7f00:1", true],
    ["64:ff9b::7f00:1", true],
    ["64:ff9b::a00:1", true],
    ["100::1", true],
    ["2001:db8::1", true],
    ["2001::1", true],
    ["3fff::1", true],
    ["5f00::1", true],
    ["fec0::1", true],
    ["ff02::1", true],
    ["::", true],
    ["240.0.0.1", true],
    ["255.255.255.255", true],
    ["224.0.0.1", true],
    ["::ffff:192.168.1.1", true],
    ["0x7f.1", true],
    ["127.1", true],
    ["64:ff9b::5db8:d822", false],
    ["::ffff:93.184.216.34", false],
    ["127.0.0.1", true],
    ["10.1.2.3", true],
    ["172.20.0.1", true],
    ["192.168.1.1", true],
    ["169.254.169.254", true],
    ["100.64.0.1", true],
    ["0.0.0.0", true],
    ["::1", true],
    ["fd00::1", true],
    ["fe80::1", true],
    ["::ffff:7f00:1", true],
    ["93.184.216.34", false],
    ["2606:2800:220:1:248:1893:25c8:1946", false],
    ["not-an-ip", true],
  ])("isBlockedAddress(%s) is %s", (address, expected) => {
    process.env.LESEFLUSS_ALLOW_PRIVATE_FETCH = "";
    expect(isBlockedAddress(address)).toBe(expected);
  });
});

describe("URL import job", () => {
  it("imports the article of a web page with its address", async () => {
    const learner = await makeUser();
    const { jobId, completion } = await startImportJob(learner, { mode: "url", url: `${base}/artikel` });
    await completion;
    const job = await getImportJob(learner, jobId);
    expect(job.status).toBe("DONE");
    const text = await db.text.findUniqueOrThrow({
      where: { id: job.textId! },
      select: { title: true, source: true, sourceUrl: true, sentences: { select: { content: true } } },
    });
    expect(text).toMatchObject({ title: "Bienen in der Stadt", source: "URL", sourceUrl: `${base}/artikel` });
    expect(text.sentences.map((s) => s.content).join(" ")).not.toMatch(/Politik|Impressum/);
  });

  it.each([
    ["/fehlt", /404/],
    ["/englisch", /does not look like German/],
  ])("fails the job for %s and creates no text", async (path, message) => {
    const learner = await makeUser();
    const { jobId, completion } = await startImportJob(learner, { mode: "url", url: `${base}${path}` });
    await completion;
    expect(await getImportJob(learner, jobId)).toMatchObject({
      status: "FAILED",
      error: expect.stringMatching(message),
    });
    expect(await db.text.count({ where: { ownerId: learner.id } })).toBe(0);
  });
});
