// Issue 13: one learner cannot stall the class. Against the running
// production server, one learner imports a ~2 MB paste with no full stop and
// then a 150,000-word book; all the while a second client signs in, opens its
// library, a reading page and that page's text, again and again. Every one of
// the second client's requests must succeed within 1 s, and each import must
// end DONE or with a clear message (before: the first import made every
// request of every user time out for 40 minutes).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BASE_URL, DEMO_LEARNER, DEMO_TEACHER, signInOverHttp } from "./browser";

const BUDGET_MS = 1_000;
const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

function seedParagraphs(): string[] {
  const text = fs.readFileSync(path.join(process.cwd(), "data", "seed", "seed-article.de.txt"), "utf8");
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.split(/\s+/).length >= 15);
}

/** Just under 2 MB of German words with every full stop, question and exclamation mark removed, on one line. */
function noFullStopText(): string {
  const words = seedParagraphs().join(" ").replace(/[.!?]/g, "").split(/\s+/);
  const out: string[] = [];
  let bytes = 0;
  for (let i = 0; ; i++) {
    const word = words[i % words.length]!;
    bytes += Buffer.byteLength(word) + 1;
    if (bytes > MAX_IMPORT_BYTES - 1_024) break;
    out.push(word);
  }
  return out.join(" ");
}

/** About `words` words of German prose in paragraphs: a novel's length. */
function book(words: number): string {
  const paragraphs = seedParagraphs();
  const out: string[] = [];
  for (let count = 0, i = 0; count < words; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    out.push(p);
    count += p.split(/\s+/).length;
  }
  return out.join("\n\n");
}

interface Timed {
  what: string;
  ms: number;
  status: number;
}

async function timed(what: string, request: () => Promise<Response>): Promise<Timed & { body: string }> {
  const started = performance.now();
  try {
    const response = await request();
    const body = await response.text();
    return { what, ms: performance.now() - started, status: response.status, body };
  } catch (error) {
    return { what, ms: performance.now() - started, status: 0, body: String(error) };
  }
}

/** The second client's visit: sign in, library, the seed article's reading page and its text. */
async function visit(seen: Timed[]): Promise<void> {
  const started = performance.now();
  const cookie = await signInOverHttp(DEMO_TEACHER);
  seen.push({ what: "sign-in", ms: performance.now() - started, status: 200 });
  const library = await timed("library", () => fetch(`${BASE_URL}/library`, { headers: { cookie } }));
  seen.push(library);
  const textId = /\/read\/([\w-]+)/.exec(library.body)?.[1];
  expect(textId, "the library links a text").toBeTruthy();
  const page = await timed("reading page", () => fetch(`${BASE_URL}/read/${textId}`, { headers: { cookie } }));
  seen.push(page);
  const url = /\/api\/texts\/[\w-]+\/pages\/\d+\?v=\d+/.exec(page.body)?.[0];
  expect(url, "the reading page names its text's address").toBeTruthy();
  seen.push(
    await timed("page text", () => fetch(`${BASE_URL}${url!.replace(/&amp;/g, "&")}`, { headers: { cookie } })),
  );
}

/** Starts an import as the demo learner and keeps the second client visiting until it has ended. */
async function importWhileVisiting(content: string, title: string) {
  const importer = await signInOverHttp(DEMO_LEARNER);
  const started = await fetch(`${BASE_URL}/api/import`, {
    method: "POST",
    headers: { cookie: importer, "content-type": "application/json", origin: BASE_URL },
    body: JSON.stringify({ mode: "paste", title, content }),
  });
  expect(started.status, await started.clone().text()).toBe(202);
  const { jobId } = (await started.json()) as { jobId: string };
  const seen: Timed[] = [];
  const phases = new Set<string>();
  const startedAt = Date.now();
  let job: { status: string; phase: string; percent: number; error: string | null; textId: string | null };
  for (;;) {
    const poll = await timed("import status", () =>
      fetch(`${BASE_URL}/api/import/${jobId}`, { headers: { cookie: importer } }),
    );
    seen.push(poll);
    job = JSON.parse(poll.body) as typeof job;
    phases.add(`${job.phase} ${job.percent}%`);
    if (job.status === "DONE" || job.status === "FAILED") break;
    await visit(seen);
    if (Date.now() - startedAt > 20 * 60_000) throw new Error(`${title}: still ${job.phase} after 20 minutes`);
  }
  const slowest = [...seen].sort((a, b) => b.ms - a.ms).slice(0, 3);
  console.log(
    `[big-import] ${title}: ${job.status} in ${((Date.now() - startedAt) / 1000).toFixed(1)} s; ` +
      `${seen.length} requests of the second client and the poll, slowest ${slowest.map((s) => `${s.what} ${s.ms.toFixed(0)} ms`).join(", ")}; ` +
      `progress seen: ${[...phases].join(" → ")}`,
  );
  for (const s of seen) {
    expect(s.status, `${s.what} answered`).toBeGreaterThanOrEqual(200);
    expect(s.status, `${s.what} answered`).toBeLessThan(300);
    expect(s.ms, `${s.what} within ${BUDGET_MS} ms`).toBeLessThan(BUDGET_MS);
  }
  expect(seen.filter((s) => s.what === "reading page").length).toBeGreaterThan(0);
  return { job, phases };
}

// It imports ~450,000 tokens and holds a latency budget, so it is a load test more than a
// browser test: it runs with `npm run test:big-import` (LESEFLUSS_BIG_IMPORT=1), not in
// every CI run, where its minutes and its timing budget would depend on the machine's load.
describe.runIf(process.env.LESEFLUSS_BIG_IMPORT === "1")("a big import does not stall other users", () => {
  it("imports a ~2 MB paste with no full stop while another user signs in and reads", async () => {
    const content = noFullStopText();
    expect(Buffer.byteLength(content)).toBeGreaterThan(2_000_000);
    const { job } = await importWhileVisiting(content, "Ohne Punkt");
    if (job.status === "FAILED") expect(job.error).toMatch(/too long|split/i);
    else expect(job.textId).toBeTruthy();
  }, 1_500_000);

  it("imports a 150,000-word book with visible progress while another user signs in and reads", async () => {
    const { job, phases } = await importWhileVisiting(book(150_000), "Ein Buch");
    expect(job.status).toBe("DONE");
    expect([...phases].some((p) => p.startsWith("saving"))).toBe(true);
  }, 1_500_000);
});
