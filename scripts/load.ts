// `npm run load`: load test of the production build on PostgreSQL, loopback only.
// CONNECTIONS (default 50) signed-in learners, one keep-alive connection each,
// answer review cards (POST /api/review/answer) and open the reading page
// (ANSWERS_PER_PAGE answers, default 9, then one page, in a loop; each learner
// enters the loop at its own point) for DURATION_S (default 60) s.
// Prints throughput and p50/p95/p99 latency (overall, answers, pages) and the
// error count, then checks in the database that every acknowledged answer
// produced exactly one ReviewLog and that every card agrees with its logs.
// Ends with one JSON line:
//   {"requests":…,"p50_ms":…,"p95_ms":…,"p99_ms":…,"errors":…,"lost_writes":…,"doubled_writes":…}
//
// Without BASE_URL it creates a fresh database lesefluss_load_<random> on the
// PostgreSQL named by DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres),
// starts the production server on it through the launcher (which builds if
// needed, migrates and seeds), and drops the database afterwards. With
// BASE_URL it uses that running server, and DATABASE_URL must be its database.
// Exit code: 0 when there were no errors, lost or doubled writes; 1 otherwise;
// 2 when no PostgreSQL answers. A p99 over budget is reported (and fails only
// with LOAD_ENFORCE_P99=1: timing on shared CI machines is not a test).
import crypto from "node:crypto";
import net from "node:net";
import { monitorEventLoopDelay } from "node:perf_hooks";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import type { EventEmitter } from "node:events";
import pg from "pg";
import { hashPassword } from "../lib/server/password";

// autocannon ships no types: the part of its API this script uses (a namespace mirrors how the module is used).
// eslint-disable-next-line @typescript-eslint/no-namespace
namespace autocannon {
  export interface Request {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    setupRequest?: (request: Request, context: Record<string, unknown>) => Request;
    onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
  }
  export interface Options {
    url: string;
    connections: number;
    connectionRate?: number;
    pipelining: number;
    duration: number;
    timeout: number;
    headers?: Record<string, string>;
    requests: Request[];
  }
  export interface Result {
    errors: number;
    timeouts: number;
    non2xx: number;
  }
  export interface Instance extends EventEmitter {
    on(
      event: "response",
      listener: (client: unknown, status: number, bytes: number, responseTime: number) => void,
    ): this;
  }
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require("autocannon") as (
  options: autocannon.Options,
  done: (error: Error | null, result: autocannon.Result) => void,
) => autocannon.Instance;

const DURATION_S = positiveInt(process.env.DURATION_S, 60);
const CONNECTIONS = positiveInt(process.env.CONNECTIONS, 50);
const CARDS_PER_LEARNER = positiveInt(process.env.CARDS_PER_LEARNER, 200);
// Learners are people, not saturating connections: each sends at most this
// many requests per second (1/s = a card answered every second and a reading
// page every 10 s — several times faster than anyone reviews or reads).
// RATE_PER_LEARNER=0 removes the cap (closed loop: every connection sends its
// next request as soon as the last one answered).
const RATE_PER_LEARNER = Number(process.env.RATE_PER_LEARNER ?? 1);
// A reader opens a page, then answers cards for a while: ANSWERS_PER_PAGE answers per page load.
const ANSWERS_PER_PAGE = positiveInt(process.env.ANSWERS_PER_PAGE, 9);
const P99_BUDGET_MS = 100;
const DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/postgres";
const PASSWORD = "load-test-password-1";

function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

function log(message: string) {
  console.log(`[load] ${message}`);
}

function assertLoopback(url: string, what: string) {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  if (!["127.0.0.1", "localhost", "::1"].includes(host)) {
    throw new Error(
      `${what} must point at loopback (127.0.0.1), not ${host}: this load test never leaves the machine.`,
    );
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function adminQuery(adminUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function waitFor200(url: string, timeoutMs: number, server: ChildProcess | null) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server && server.exitCode !== null)
      throw new Error(`the server exited with code ${server.exitCode} before it answered`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`);
}

interface Learner {
  id: string;
  email: string;
  cardIds: string[];
  cookie: string;
}

/** Learners with cards due now, written straight to the database (one statement per table). */
async function createLearners(databaseUrl: string, runId: string): Promise<Learner[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const hash = await hashPassword(PASSWORD);
    const users = await client.query<{ id: string; email: string }>(
      `INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "enableFuzz")
       SELECT gen_random_uuid()::text, 'load-' || $1 || '-' || i || '@load.test', 'Load learner ' || i, $2, 'LEARNER', false
       FROM generate_series(1, $3::int) AS i RETURNING "id", "email"`,
      [runId, hash, CONNECTIONS],
    );
    const lexemes = await client.query<{ id: string }>(
      `INSERT INTO "Lexeme" ("id", "lemma", "pos", "gloss")
       SELECT gen_random_uuid()::text, 'lastwort-' || $1 || '-' || i, 'NOUN', 'load word ' || i
       FROM generate_series(1, $2::int) AS i RETURNING "id"`,
      [runId, CARDS_PER_LEARNER],
    );
    const cards = await client.query<{ id: string; userId: string }>(
      `INSERT INTO "Card" ("id", "userId", "lexemeId", "front", "back", "contextText", "highlight", "due")
       SELECT gen_random_uuid()::text, u, l, 'das Lastwort', 'load word', 'Das ist ein Lastwort.', '[{"start":12,"end":20}]'::jsonb, now()
       FROM unnest($1::text[]) AS u CROSS JOIN unnest($2::text[]) AS l RETURNING "id", "userId"`,
      [users.rows.map((u) => u.id), lexemes.rows.map((l) => l.id)],
    );
    const byUser = new Map<string, string[]>();
    for (const c of cards.rows) (byUser.get(c.userId) ?? byUser.set(c.userId, []).get(c.userId)!).push(c.id);
    return users.rows.map((u) => ({ id: u.id, email: u.email, cardIds: byUser.get(u.id) ?? [], cookie: "" }));
  } finally {
    await client.end();
  }
}

function cookiePairs(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

/** next-auth credentials sign-in: CSRF token + cookie, then the callback; returns the Cookie header. */
async function signIn(baseUrl: string, email: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookies = cookiePairs(csrf);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true" }).toString(),
  });
  const session = cookiePairs(response).find((c) => /next-auth\.session-token=/.test(c));
  if (!session) throw new Error(`sign-in of ${email} failed (HTTP ${response.status})`);
  return session;
}

async function inBatches<T>(items: T[], size: number, work: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work));
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, index)]! * 100) / 100;
}

function summarise(latencies: number[]) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? 0,
  };
}

type Kind = "answer" | "page";

interface RunStats {
  latencies: Record<Kind, number[]>;
  acknowledged: Set<string>;
  errors: number;
  statuses: Map<string, number>;
  errorSamples: string[];
}

/** One autocannon instance per learner: one connection, that learner's session cookie. */
function runLearner(
  baseUrl: string,
  learner: Learner,
  pagePath: string | null,
  textPagePath: string | null,
  stats: RunStats,
  phase: number,
): Promise<autocannon.Result> {
  let lastKind: Kind = "answer";
  const headers = { cookie: learner.cookie };
  const answer: autocannon.Request = {
    method: "POST",
    path: "/api/review/answer",
    headers: { ...headers, "content-type": "application/json" },
    setupRequest: (request) => {
      const cardId = learner.cardIds[crypto.randomInt(learner.cardIds.length)]!;
      const body = {
        cardId,
        rating: (["again", "hard", "good", "easy"] as const)[crypto.randomInt(4)],
        clientId: crypto.randomUUID(),
        durationMs: 1500,
      };
      return { ...request, body: JSON.stringify(body) };
    },
    onResponse: (status, body) => {
      lastKind = "answer";
      if (status >= 200 && status < 300) {
        const parsed = JSON.parse(body) as { clientId?: string; status?: string };
        if (parsed.clientId) stats.acknowledged.add(parsed.clientId);
      } else if (stats.errorSamples.length < 5) {
        stats.errorSamples.push(`answer ${status}: ${body.slice(0, 200)}`);
      }
    },
  };
  const page: autocannon.Request = {
    method: "GET",
    path: pagePath ?? "/review",
    headers,
    onResponse: (status, body) => {
      lastKind = "page";
      if ((status < 200 || status >= 300) && stats.errorSamples.length < 5)
        stats.errorSamples.push(`page ${status}: ${body.slice(0, 200)}`);
    },
  };
  // Opening a reading page is two requests: the learner's page, then the
  // page's text (a browser fetches it once per text version and then keeps
  // it; here it is fetched every time).
  const textPage: autocannon.Request | null = textPagePath
    ? { ...page, path: textPagePath, onResponse: page.onResponse }
    : null;
  const cycle = [...Array.from({ length: ANSWERS_PER_PAGE }, () => answer), page, ...(textPage ? [textPage] : [])];
  // Each learner enters the cycle at its own point (`phase`): otherwise every
  // learner would open a page in the same second, once per cycle.
  const requests = [...cycle.slice(phase % cycle.length), ...cycle.slice(0, phase % cycle.length)];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections: 1,
        ...(RATE_PER_LEARNER > 0 ? { connectionRate: RATE_PER_LEARNER } : {}),
        pipelining: 1,
        duration: DURATION_S,
        timeout: 10,
        headers,
        requests,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on("response", (_client, status, _bytes, responseTime) => {
      stats.latencies[lastKind].push(responseTime);
      const key = `${lastKind} ${status}`;
      stats.statuses.set(key, (stats.statuses.get(key) ?? 0) + 1);
    });
  });
}

interface Integrity {
  logs: number;
  lost: number;
  doubled: number;
  inconsistentCards: number;
  unacknowledgedLogs: number;
}

/**
 * Every acknowledged answer has exactly one ReviewLog; no two logs were
 * applied to the same card state; each card's reps equal its number of logs
 * (the cards started new) and its due date is its last log's dueAfter.
 */
async function checkIntegrity(databaseUrl: string, learners: Learner[], acknowledged: Set<string>): Promise<Integrity> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const ids = learners.map((l) => l.id);
    const logs = await client.query<{ clientId: string; n: number }>(
      `SELECT "clientId", count(*)::int AS n FROM "ReviewLog" WHERE "userId" = ANY($1) GROUP BY "clientId"`,
      [ids],
    );
    const stored = new Map(logs.rows.map((r) => [r.clientId, r.n]));
    let lost = 0;
    for (const clientId of acknowledged) if (!stored.has(clientId)) lost++;
    let doubled = logs.rows.reduce((sum, r) => sum + (r.n - 1), 0);
    const sameState = await client.query<{ n: number }>(
      `SELECT coalesce(sum(n - 1), 0)::int AS n FROM (
         SELECT count(*) AS n FROM "ReviewLog" WHERE "userId" = ANY($1) GROUP BY "cardId", "repsBefore" HAVING count(*) > 1) d`,
      [ids],
    );
    doubled += sameState.rows[0]?.n ?? 0;
    const inconsistent = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Card" c
       LEFT JOIN LATERAL (SELECT count(*)::int AS logs FROM "ReviewLog" l WHERE l."cardId" = c."id") k ON true
       LEFT JOIN LATERAL (SELECT l."dueAfter" FROM "ReviewLog" l WHERE l."cardId" = c."id" ORDER BY l."repsBefore" DESC LIMIT 1) last ON true
       WHERE c."userId" = ANY($1) AND (c."reps" <> k.logs OR (k.logs > 0 AND c."due" <> last."dueAfter"))`,
      [ids],
    );
    const inconsistentCards = inconsistent.rows[0]?.n ?? 0;
    let unacknowledgedLogs = 0;
    for (const clientId of stored.keys()) if (!acknowledged.has(clientId)) unacknowledgedLogs++;
    const total = logs.rows.reduce((sum, r) => sum + r.n, 0);
    // A card out of step with its logs lost one side of a write.
    return { logs: total, lost: lost + inconsistentCards, doubled, inconsistentCards, unacknowledgedLogs };
  } finally {
    await client.end();
  }
}

async function main(): Promise<number> {
  const pgUrl = process.env.DATABASE_URL ?? DEFAULT_PG;
  assertLoopback(pgUrl, "DATABASE_URL");
  if (process.env.BASE_URL) assertLoopback(process.env.BASE_URL, "BASE_URL");
  if (!(await canConnect(pgUrl))) {
    console.error(
      `[load] no PostgreSQL answers at ${pgUrl.replace(/\/\/[^@]*@/, "//…@")}: the load test needs PostgreSQL (set DATABASE_URL).`,
    );
    return 2;
  }

  let server: ChildProcess | null = null;
  let createdDb: string | null = null;
  let databaseUrl = pgUrl;
  let baseUrl = process.env.BASE_URL?.replace(/\/$/, "") ?? "";
  const cleanup = async () => {
    if (server?.pid && server.exitCode === null) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        // already gone
      }
      await new Promise((r) => setTimeout(r, 1500));
    }
    if (createdDb) {
      await adminQuery(pgUrl, `DROP DATABASE IF EXISTS "${createdDb}" WITH (FORCE)`).catch((e: unknown) =>
        console.error("[load] drop failed", e),
      );
      log(`dropped database ${createdDb}`);
      createdDb = null;
    }
  };
  const onSignal = () => void cleanup().then(() => process.exit(130));
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  try {
    const runId = crypto.randomBytes(4).toString("hex");
    if (!baseUrl) {
      createdDb = `lesefluss_load_${runId}`;
      await adminQuery(pgUrl, `CREATE DATABASE "${createdDb}"`);
      const url = new URL(pgUrl);
      url.pathname = `/${createdDb}`;
      databaseUrl = url.toString();
      const port = await freePort();
      baseUrl = `http://127.0.0.1:${port}`;
      log(
        `starting the production server on :${port} with a fresh PostgreSQL database ${createdDb} (builds first if needed)`,
      );
      server = spawn(
        process.execPath,
        [path.join("node_modules", "tsx", "dist", "cli.mjs"), "scripts/launch.ts", "start"],
        {
          env: {
            ...process.env,
            PORT: String(port),
            DATABASE_URL: databaseUrl,
            NEXTAUTH_URL: baseUrl,
            NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
            LESEFLUSS_DEMO: "0",
            LESEFLUSS_DATA_DIR: path.join("/tmp", `lesefluss-load-${runId}`),
          },
          stdio: ["ignore", process.env.LOAD_VERBOSE ? "inherit" : "ignore", "inherit"],
          detached: true,
        },
      );
      await waitFor200(`${baseUrl}/signin`, 900_000, server);
    }

    const learners = await createLearners(databaseUrl, runId);
    log(`${learners.length} learners with ${CARDS_PER_LEARNER} cards each`);
    await inBatches(learners, 4, async (l) => {
      l.cookie = await signIn(baseUrl, l.email);
    });
    log("all learners signed in");

    const text = await (async () => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        const rows = await client.query<{ id: string; sentenceCount: number; version: number }>(
          `SELECT "id", "sentenceCount", "version" FROM "Text" WHERE "isShared" AND "status" = 'READY' ORDER BY "createdAt" LIMIT 1`,
        );
        return rows.rows[0] ?? null;
      } finally {
        await client.end();
      }
    })();
    const pagePath = text ? `/read/${text.id}` : null;
    const textPagePath = text ? `/api/texts/${text.id}/pages/1?v=${text.version}` : null;
    log(
      pagePath
        ? `reading page: ${pagePath} (${text?.sentenceCount} sentences)`
        : "no shared text: the page request is /review",
    );

    const stats: RunStats = {
      latencies: { answer: [], page: [] },
      acknowledged: new Set(),
      errors: 0,
      statuses: new Map(),
      errorSamples: [],
    };
    // Warm-up (not measured): every route once per learner, so lazy module loading is not counted.
    await inBatches(learners, 10, async (l) => {
      const cardId = l.cardIds[0]!;
      const clientId = crypto.randomUUID();
      const r = await fetch(`${baseUrl}/api/review/answer`, {
        method: "POST",
        headers: { cookie: l.cookie, "content-type": "application/json" },
        body: JSON.stringify({ cardId, clientId, rating: "good" }),
      });
      if (!r.ok) throw new Error(`warm-up answer failed: HTTP ${r.status} ${await r.text()}`);
      stats.acknowledged.add(clientId);
      await (await fetch(`${baseUrl}${pagePath ?? "/review"}`, { headers: { cookie: l.cookie } })).arrayBuffer();
      if (textPagePath)
        await (await fetch(`${baseUrl}${textPagePath}`, { headers: { cookie: l.cookie } })).arrayBuffer();
    });

    const pace = RATE_PER_LEARNER > 0 ? `at most ${RATE_PER_LEARNER} requests/s each` : "closed loop, no pause";
    log(
      `running: ${learners.length} concurrent learners for ${DURATION_S} s (${ANSWERS_PER_PAGE} answers, then one page, in a loop; ${pace})`,
    );
    // The generator's own event-loop delay: were it busy, its latencies would include its own waiting.
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    const started = Date.now();
    // Learners start spread over one pacing interval and each at its own point
    // of the answers-then-page cycle: started together, every rate-limited
    // connection would fire in the same millisecond each second, and all would
    // open a reading page in the same second — synchronised bursts no group of
    // people produces.
    const spreadMs = RATE_PER_LEARNER > 0 ? 1000 / RATE_PER_LEARNER : 0;
    const results = await Promise.all(
      learners.map(async (l, i) => {
        await new Promise((resolve) => setTimeout(resolve, (i * spreadMs) / learners.length));
        return runLearner(baseUrl, l, pagePath, textPagePath, stats, i);
      }),
    );
    const elapsedS = (Date.now() - started) / 1000;
    loopDelay.disable();
    log(
      `generator event-loop delay: p50 ${(loopDelay.percentile(50) / 1e6).toFixed(0)} ms  p99 ${(loopDelay.percentile(99) / 1e6).toFixed(0)} ms  max ${(loopDelay.max / 1e6).toFixed(0)} ms`,
    );
    const errors = results.reduce((sum, r) => sum + r.errors + r.non2xx, 0);
    const all = summarise([...stats.latencies.answer, ...stats.latencies.page]);
    const answers = summarise(stats.latencies.answer);
    const pages = summarise(stats.latencies.page);

    log(
      `throughput: ${(all.count / elapsedS).toFixed(0)} requests/s (${all.count} requests in ${elapsedS.toFixed(1)} s)`,
    );
    log(`all requests:   p50 ${all.p50} ms  p95 ${all.p95} ms  p99 ${all.p99} ms  max ${all.max} ms`);
    log(
      `review answers: ${answers.count} (${(answers.count / elapsedS).toFixed(0)}/s)  p50 ${answers.p50} ms  p95 ${answers.p95} ms  p99 ${answers.p99} ms  max ${answers.max} ms`,
    );
    log(
      `reading pages:  ${pages.count} (${(pages.count / elapsedS).toFixed(0)}/s)  p50 ${pages.p50} ms  p95 ${pages.p95} ms  p99 ${pages.p99} ms  max ${pages.max} ms`,
    );
    log(`statuses: ${[...stats.statuses].map(([k, n]) => `${k}×${n}`).join(", ")}`);
    log(
      `errors: ${errors} (connection errors/timeouts ${results.reduce((s, r) => s + r.errors, 0)}, non-2xx ${results.reduce((s, r) => s + r.non2xx, 0)})`,
    );
    for (const sample of stats.errorSamples) log(`  e.g. ${sample}`);

    const integrity = await checkIntegrity(databaseUrl, learners, stats.acknowledged);
    log(
      `database: ${integrity.logs} review logs for ${stats.acknowledged.size} acknowledged answers; lost ${integrity.lost}, doubled ${integrity.doubled}, ` +
        `cards out of step with their logs ${integrity.inconsistentCards}, stored but unacknowledged ${integrity.unacknowledgedLogs}`,
    );
    const isP99Ok = answers.p99 <= P99_BUDGET_MS;
    log(
      `budget (review answer p99 ≤ ${P99_BUDGET_MS} ms, 0 errors, 0 lost/doubled): ${isP99Ok && errors === 0 && integrity.lost === 0 && integrity.doubled === 0 ? "MET" : "MISSED"}`,
    );
    console.log(
      JSON.stringify({
        requests: all.count,
        p50_ms: all.p50,
        p95_ms: all.p95,
        p99_ms: all.p99,
        errors,
        lost_writes: integrity.lost,
        doubled_writes: integrity.doubled,
      }),
    );
    const isCorrect = errors === 0 && integrity.lost === 0 && integrity.doubled === 0;
    return isCorrect && (isP99Ok || process.env.LOAD_ENFORCE_P99 !== "1") ? 0 : 1;
  } finally {
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("[load] failed:", error);
    process.exit(1);
  },
);
