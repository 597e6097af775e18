// The project's launcher: `npm start` (production) and `npm run dev`.
// Without DATABASE_URL it serves the embedded PGlite database (data folder
// LESEFLUSS_DATA_DIR, default .data/pglite) on loopback and hands its URL to
// Next.js. Either way it applies pending migrations, seeds an empty database,
// builds when no build is present, then runs Next.js until a signal arrives.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import os from "node:os";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../lib/server/embedded-postgres";
import { ensureMigrated } from "../lib/server/migrations";
import pg from "pg";

const mode = process.argv[2] === "dev" ? "dev" : "start";
const root = process.cwd();
const dataRoot = path.resolve(process.env.LESEFLUSS_DATA_DIR ?? path.join(root, ".data"));
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const tsxBin = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");

function log(message: string) {
  console.log(`[lesefluss] ${message}`);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(args[0] ?? command)} exited with ${code}`)),
    );
  });
}

/** The build is reused unless missing or made from other sources (git HEAD differs). */
function currentRevision(): string | null {
  // git itself (works in worktrees and packed refs); runs before the embedded database starts.
  try {
    return (
      execFileSync("git", ["rev-parse", "HEAD"], { cwd: root, stdio: ["ignore", "pipe", "ignore"] })
        .toString()
        .trim() || null
    );
  } catch {
    return null; // not a git checkout (e.g. an unpacked release): keep the build there is
  }
}

function needsBuild(): boolean {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) return true;
  const stamp = path.join(root, ".next", "lesefluss-revision");
  const revision = currentRevision();
  return revision !== null && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8").trim() !== revision;
}

/**
 * WEB_CONCURRENCY, or: one web process on the embedded database; with PostgreSQL on another
 * machine, one per core; with PostgreSQL on this machine, one per core but one, which is left to
 * the database (and the import worker). On a 2-core machine with a local PostgreSQL, two web
 * processes made `npm run load`'s answer p99 worse (190–600 ms) than one (37–64 ms): the web
 * processes then compete with the database for the cores at every commit.
 */
function webConcurrency(isEmbedded: boolean, databaseUrl: string): number {
  const configured = Number(process.env.WEB_CONCURRENCY);
  if (Number.isInteger(configured) && configured >= 1) return Math.min(configured, 64);
  if (isEmbedded) return 1;
  const cores = os.availableParallelism();
  return isLocalDatabase(databaseUrl) ? Math.max(1, cores - 1) : cores;
}

/** Whether the database URL names this machine (loopback host or a Unix socket). */
function isLocalDatabase(databaseUrl: string): boolean {
  try {
    const url = new URL(databaseUrl);
    const host = url.hostname.replace(/^\[|\]$/g, "");
    const socketHost = url.searchParams.get("host");
    if (host === "" || (socketHost !== null && socketHost.startsWith("/"))) return true;
    return host === "localhost" || host === "::1" || /^127\./.test(host);
  } catch {
    return false;
  }
}

/** A stable secret for single-instance installs; production sets NEXTAUTH_SECRET. */
function ensureAuthSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(dataRoot, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataRoot, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
    log(
      `NEXTAUTH_SECRET not set: generated one in ${path.relative(root, file)} (set NEXTAUTH_SECRET when running several instances)`,
    );
  }
  return fs.readFileSync(file, "utf8").trim();
}

/** True when the shared seed text is missing, or (demo mode) there are no users yet. */
async function needsSeeding(databaseUrl: string, isDemo: boolean): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ seeded: boolean; users: number }>(
      `SELECT EXISTS (SELECT 1 FROM "Text" WHERE "source" = 'SEED' AND "isShared") AS seeded, (SELECT count(*)::int FROM "User") AS users`,
    );
    const row = rows[0];
    return !row?.seeded || (isDemo && row.users === 0);
  } finally {
    await client.end();
  }
}

async function main() {
  const startedAt = Date.now();
  const port = process.env.PORT ?? "3000";
  let embedded: EmbeddedPostgres | null = null;
  let child: ChildProcess | null = null;
  let worker: ChildProcess | null = null;
  let isStopping = false;

  const baseEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  if (mode === "start" && needsBuild()) {
    log("building the app (first start or new code)…");
    await run(process.execPath, [nextBin, "build"], { ...baseEnv, NODE_ENV: "production" });
    const revision = currentRevision();
    if (revision) fs.writeFileSync(path.join(root, ".next", "lesefluss-revision"), revision);
  }

  let databaseUrl = process.env.DATABASE_URL;
  const isEmbedded = !databaseUrl;
  if (!databaseUrl) {
    const dir = path.join(dataRoot, "pglite");
    embedded = await startEmbeddedPostgres(dir);
    databaseUrl = embedded.url;
    log(`embedded database (PGlite) in ${path.relative(root, dir) || dir}`);
  }

  const shutdown = async (code: number) => {
    isStopping = true;
    if (child && child.exitCode === null) child.kill("SIGTERM");
    if (worker && worker.exitCode === null) worker.kill("SIGTERM");
    await embedded?.stop().catch(() => undefined);
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  try {
    const applied = await ensureMigrated(databaseUrl);
    log(applied.length ? `applied migrations: ${applied.join(", ")}` : "database schema up to date");

    const env: NodeJS.ProcessEnv = {
      ...baseEnv,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: ensureAuthSecret(),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
      LESEFLUSS_DEMO: process.env.LESEFLUSS_DEMO ?? (isEmbedded ? "1" : "0"),
    };
    // Seeding runs in a child (it loads the lexicon; its memory is freed after),
    // and only when something is missing: a restart does not pay for it.
    if (await needsSeeding(databaseUrl, env.LESEFLUSS_DEMO === "1" || env.LESEFLUSS_DEMO === "true")) {
      await run(
        process.execPath,
        [tsxBin, "--conditions=react-server", path.join(root, "prisma", "seed.ts"), "--if-empty"],
        env,
      );
    }

    // Imports run in their own process (scripts/import-worker.ts), restarted if it dies;
    // its jobs are rows in the database, so a restarted worker resumes them.
    const startWorker = () => {
      worker = spawn(
        process.execPath,
        [tsxBin, "--conditions=react-server", path.join(root, "scripts", "import-worker.ts")],
        {
          env: { ...env, NODE_ENV: "production" },
          stdio: "inherit",
        },
      );
      worker.on("exit", (code, signal) => {
        if (isStopping) return;
        log(`import worker exited (${signal ?? code}); restarting it`);
        setTimeout(startWorker, 1_000);
      });
    };
    startWorker();

    // Production serves from WEB_CONCURRENCY processes on one port (scripts/web-cluster.mjs); the
    // default (webConcurrency) leaves a core to a PostgreSQL on this machine, and the embedded
    // database, which itself runs on one core here, gets one.
    const webProcesses = webConcurrency(isEmbedded, databaseUrl);
    const args =
      mode === "dev"
        ? [nextBin, "dev", "-p", port]
        : [path.join(root, "scripts", "web-cluster.mjs"), String(webProcesses), port];
    if (mode === "start") log(`serving from ${webProcesses} web process${webProcesses === 1 ? "" : "es"}`);
    child = spawn(process.execPath, args, {
      env: { ...env, NODE_ENV: mode === "dev" ? "development" : "production", LESEFLUSS_IMPORT_WORKER: "external" },
      stdio: "inherit",
    });
    child.on("exit", (code) => void shutdown(code ?? 0));
    log(`ready after ${((Date.now() - startedAt) / 1000).toFixed(1)} s of launcher work → http://localhost:${port}`);
  } catch (error) {
    console.error(error);
    await shutdown(1);
  }
}

void main();
