// Reading benchmarks against DESIGN.md's budgets, on PostgreSQL as in production (an in-memory
// PGlite when no PostgreSQL answers; scripts/benchmark-database.ts):
//   reading page for a 1,000-token text, server time warm ≤ 15 ms p50, and
//   ≤ 3× sending the same bytes from a plain Node HTTP server, side by side.
// What the server does for a reading page: the learner's part (getReaderShell:
// access, progress, the page's word statuses) and the page's text
// (getReaderTextPage: access, then the cached JSON of this text version).
// Both are served here over node:http next to a static server that sends the
// very same bytes; requests alternate between the two so that both see the
// same machine load.
// Run: npx tsx --conditions=react-server scripts/bench-reading.ts
import http from "node:http";
import type { AddressInfo } from "node:net";
import { percentile, withProductionDatabase } from "./benchmark-database";
import { toWordStatusCode } from "../lib/core/words/status";

const BUDGET_P50_MS = 15;
const BUDGET_RATIO = 3;
const ROUNDS = 300;

function listen(handler: http.RequestListener): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer({ keepAlive: true }, handler);
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    }),
  );
}

async function fetchTimed(url: string): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const response = await fetch(url);
  const body = await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return { ms: performance.now() - start, bytes: body.byteLength };
}

async function main() {
  await withProductionDatabase(async (database) => {
    console.log(`database: ${database}`);
    const { db } = await import("../lib/server/db");
    const { importText } = await import("../lib/server/data/import-text");
    const { getReaderShell, getReadingView } = await import("../lib/server/data/get-reading-view");
    const { getReaderTextPage } = await import("../lib/server/data/get-reader-text-page");
    const { setWordStatus } = await import("../lib/server/data/set-word-status");
    const fs = await import("node:fs");

    const user = await db.user.create({
      data: { email: "bench@example.test", name: "Bench", passwordHash: "x" },
      select: { id: true, role: true },
    });
    // ~1,000 tokens of real German: the seed article body, twice over.
    const article = fs.readFileSync("data/seed/seed-article.de.txt", "utf8");
    const { textId, wordCount } = await importText(user, { content: `${article}\n\n${article}`.slice(0, 6_900) });
    const pageOne = await db.sentence.findMany({ where: { textId, page: 1 }, select: { tokens: true } });
    const tokens = pageOne.reduce((n, s) => n + (s.tokens as unknown[]).length, 0);
    // A learner with history: a third of the words have a status.
    const lexemes = await db.textLexeme.findMany({ where: { textId }, select: { lexemeId: true } });
    for (const [i, l] of lexemes.entries())
      if (i % 3 === 0)
        await setWordStatus(user, { textId, lexemeId: l.lexemeId, status: toWordStatusCode((i % 6) + 1) ?? 0 });

    // The whole page's data in one object, as before (server tests and the reader's props).
    for (let i = 0; i < 10; i++) await getReadingView(user, textId, 1);
    const viewTimes: number[] = [];
    for (let i = 0; i < 100; i++) {
      const start = performance.now();
      JSON.stringify(await getReadingView(user, textId, 1));
      viewTimes.push(performance.now() - start);
    }
    viewTimes.sort((a, b) => a - b);

    const app = await listen((request, response) => {
      void (async () => {
        if (request.url === "/page") {
          const shell = JSON.stringify(await getReaderShell(user, textId, 1));
          response.writeHead(200, { "content-type": "application/json" }).end(shell);
        } else {
          // As the route does: the version and the grant from the address the shell handed out.
          const query = new URL(request.url ?? "/", "http://bench").searchParams;
          const granted = { version: Number(query.get("v")), grant: query.get("g"), now: new Date() };
          const page = await getReaderTextPage(user, textId, 1, granted);
          response.writeHead(200, { "content-type": "application/json", etag: page.etag }).end(page.json);
        }
      })().catch((error: unknown) => response.writeHead(500).end(String(error)));
    });
    const shellBytes = Buffer.from(JSON.stringify(await getReaderShell(user, textId, 1)));
    const textBytes = Buffer.from((await getReaderTextPage(user, textId, 1)).json);
    const stat = await listen((request, response) => {
      response
        .writeHead(200, { "content-type": "application/json" })
        .end(request.url === "/page" ? shellBytes : textBytes);
    });

    // BENCH_PROFILE=<file>: a CPU profile of the served rounds (open it in Chrome's DevTools).
    const { Session } = await import("node:inspector/promises");
    const inspector = new Session();
    if (process.env.BENCH_PROFILE) {
      inspector.connect();
      await inspector.post("Profiler.enable");
      await inspector.post("Profiler.setSamplingInterval", { interval: 100 });
      await inspector.post("Profiler.start");
    }
    const textQuery = new URL((await getReaderShell(user, textId, 1)).textPageUrl, "http://bench").search;
    const appTimes: number[] = [];
    const staticTimes: number[] = [];
    const parts = {
      appShell: [] as number[],
      appText: [] as number[],
      staticShell: [] as number[],
      staticText: [] as number[],
    };
    let bytes = 0;
    for (let i = 0; i < ROUNDS + 20; i++) {
      const a1 = (await fetchTimed(`${app.url}/page`)).ms;
      const a2 = (await fetchTimed(`${app.url}/text${textQuery}`)).ms;
      const s1 = await fetchTimed(`${stat.url}/page`);
      const s2 = await fetchTimed(`${stat.url}/text`);
      bytes = s1.bytes + s2.bytes;
      if (i < 20) continue; // warm-up
      appTimes.push(a1 + a2);
      staticTimes.push(s1.ms + s2.ms);
      parts.appShell.push(a1);
      parts.appText.push(a2);
      parts.staticShell.push(s1.ms);
      parts.staticText.push(s2.ms);
    }
    const p50Of = (times: number[]) =>
      percentile(
        [...times].sort((x, y) => x - y),
        0.5,
      ).toFixed(2);
    if (process.env.BENCH_PROFILE) {
      const { profile } = await inspector.post("Profiler.stop");
      fs.writeFileSync(process.env.BENCH_PROFILE, JSON.stringify(profile));
    }
    await app.close();
    await stat.close();
    appTimes.sort((a, b) => a - b);
    staticTimes.sort((a, b) => a - b);
    const appP50 = percentile(appTimes, 0.5);
    const staticP50 = percentile(staticTimes, 0.5);
    const ratio = appP50 / staticP50;
    const viewP50 = percentile(viewTimes, 0.5);
    const split = `learner part p50 ${p50Of(parts.appShell)} ms (static ${p50Of(parts.staticShell)}), page text p50 ${p50Of(parts.appText)} ms (static ${p50Of(parts.staticText)})`;
    console.log(
      `reading page 1 of a ${wordCount}-word text (${tokens} tokens on the page): learner part ${(shellBytes.length / 1024).toFixed(1)} KiB + page text ${(textBytes.length / 1024).toFixed(1)} KiB`,
    );
    console.log(
      `  served (learner part + cached text, ${ROUNDS} alternating rounds over HTTP): p50 ${appP50.toFixed(2)} ms, p90 ${percentile(appTimes, 0.9).toFixed(2)} ms — budget ≤ ${BUDGET_P50_MS} ms ${appP50 <= BUDGET_P50_MS ? "✓" : "✗"}`,
    );
    console.log(
      `  the same ${(bytes / 1024).toFixed(1)} KiB from a static Node server: p50 ${staticP50.toFixed(2)} ms — reader/static ratio ${ratio.toFixed(2)}× (budget ≤ ${BUDGET_RATIO}×) ${ratio <= BUDGET_RATIO ? "✓" : "✗"}`,
    );
    console.log(`  ${split}`);
    console.log(
      `  whole page as one object (getReadingView + JSON, in process): p50 ${viewP50.toFixed(2)} ms, p90 ${percentile(viewTimes, 0.9).toFixed(2)} ms`,
    );
    await db.$disconnect();
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
