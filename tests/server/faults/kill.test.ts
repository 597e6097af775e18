// The embedded database survives SIGKILL of the process that holds it, in the
// middle of an import and in the middle of a review burst: after reopening the
// folder there is no half-imported text and no card out of step with its logs.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/lib/server/embedded-postgres";

const WORKER = path.join(import.meta.dirname, "worker.ts");
// tsx as an in-process loader: the tsx CLI would run the script in a grandchild that a SIGKILL misses.
const TSX_LOADER = ["--import", "tsx", "--conditions=react-server"];
const dirs: string[] = [];

afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

interface Run {
  lines: string[];
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Runs the worker; `killWhen` sees each stdout line and returns true to SIGKILL it right there. */
function runWorker(
  args: string[],
  killWhen: (line: string, lines: string[]) => boolean = () => false,
  timeoutMs = 120_000,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...TSX_LOADER, WORKER, ...args], {
      env: { ...process.env, DATABASE_URL: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const lines: string[] = [];
    let stderr = "";
    let buffer = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`worker ${args[0]} timed out; stderr:\n${stderr}`));
    }, timeoutMs);
    child.stdout.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline: number;
      while ((newline = buffer.indexOf("\n")) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        lines.push(line);
        if (child.exitCode === null && !child.killed && killWhen(line, lines)) child.kill("SIGKILL");
      }
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    // "close", not "exit": lines the child wrote just before dying are still in the pipe.
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ lines, code, signal, stderr });
    });
  });
}

async function setUp(): Promise<{ dir: string; userId: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lesefluss-fault-"));
  dirs.push(dir);
  const run = await runWorker(["setup", dir]);
  const ready = run.lines.find((l) => l.startsWith("ready "));
  if (!ready) throw new Error(`setup failed (${run.code}): ${run.stderr}`);
  return { dir, userId: ready.slice(6) };
}

/** Reopens the folder (as a restarted server would) and runs `check` on it. */
async function reopen<T>(dir: string, check: (client: pg.Client) => Promise<T>): Promise<T> {
  const embedded = await startEmbeddedPostgres(dir);
  const client = new pg.Client({ connectionString: embedded.url });
  await client.connect();
  try {
    return await check(client);
  } finally {
    await client.end();
    await embedded.stop();
  }
}

describe("SIGKILL of the process holding the embedded database", () => {
  it("mid-import: no half-imported text after restart, and the job is resumed to DONE", async () => {
    const { dir, userId } = await setUp();
    // The worker pauses the second import (a claimed job) after writing some
    // sentences ("paused"); the kill lands there, the text not yet READY.
    const run = await runWorker(["import", dir, userId], (line) => line.startsWith("paused 2 "));
    expect(run.lines.some((l) => l.startsWith("paused 2 "))).toBe(true);
    expect(run.signal, run.stderr).toBe("SIGKILL");
    const imported = run.lines.filter((l) => l.startsWith("imported ")).length;
    expect(imported).toBe(1);

    // Before any worker resumes the job: what the kill left is hidden (IMPORTING), never a READY half text.
    await reopen(dir, async (client) => {
      const ready = await client.query<{ title: string }>(`SELECT "title" FROM "Text" WHERE "status" = 'READY'`);
      expect(ready.rows.map((t) => t.title)).toEqual(["Fault import 1"]);
      const job = await client.query<{ status: string; textId: string | null }>(
        `SELECT "status", "textId" FROM "ImportJob"`,
      );
      expect(job.rows).toMatchObject([{ status: "RUNNING" }]);
    });

    // The restarted worker claims the job, removes the half text and imports it again.
    const resumed = await runWorker(["resume", dir]);
    expect(resumed.lines, resumed.stderr).toContain("resumed DONE");

    await reopen(dir, async (client) => {
      const texts = await client.query<{
        id: string;
        title: string;
        sentenceCount: number;
        sentences: number;
        occurrences: number;
      }>(
        `SELECT t."id", t."title", t."sentenceCount",
                (SELECT count(*)::int FROM "Sentence" s WHERE s."textId" = t."id") AS sentences,
                (SELECT count(*)::int FROM "Occurrence" o WHERE o."textId" = t."id") AS occurrences
         FROM "Text" t`,
      );
      expect(texts.rows.map((t) => t.title).sort()).toEqual(["Fault import 1", "Fault import 2"]);
      const hidden = await client.query(`SELECT 1 FROM "Text" WHERE "status" <> 'READY'`);
      expect(hidden.rowCount).toBe(0);
      for (const text of texts.rows) {
        expect(text.sentences).toBe(text.sentenceCount);
        expect(text.occurrences).toBeGreaterThan(0);
      }
      const orphans = await client.query<{ n: number }>(
        `SELECT (SELECT count(*) FROM "Sentence" s WHERE NOT EXISTS (SELECT 1 FROM "Text" t WHERE t."id" = s."textId"))::int
              + (SELECT count(*) FROM "Occurrence" o WHERE NOT EXISTS (SELECT 1 FROM "Sentence" s WHERE s."id" = o."sentenceId"))::int AS n`,
      );
      expect(orphans.rows[0]?.n).toBe(0);
    });

    // And the folder stays usable: the restarted server imports again.
    const again = await runWorker(["import", dir, userId], (line) => line === "imported 1");
    expect(again.lines, again.stderr).toContain("imported 1");
  }, 240_000);

  it("mid-review-burst: every card agrees with its logs, every acknowledged answer is stored", async () => {
    const { dir, userId } = await setUp();
    const run = await runWorker(
      ["review", dir, userId],
      (line, lines) => line.startsWith("sending ") && lines.length > 150,
    );
    expect(run.signal, run.stderr).toBe("SIGKILL");
    const acknowledged = run.lines.filter((l) => l.startsWith("answered ")).map((l) => l.slice(9));
    expect(acknowledged.length).toBeGreaterThan(50);

    await reopen(dir, async (client) => {
      const logs = await client.query<{ clientId: string }>(`SELECT "clientId" FROM "ReviewLog" WHERE "userId" = $1`, [
        userId,
      ]);
      const stored = new Set(logs.rows.map((r) => r.clientId));
      for (const clientId of acknowledged) expect(stored.has(clientId)).toBe(true);
      // At most the one answer in flight may have committed without being acknowledged.
      expect(stored.size - acknowledged.length).toBeLessThanOrEqual(1);
      const cards = await client.query<{
        id: string;
        reps: number;
        logs: number;
        due: Date;
        lastDue: Date | null;
        states: number;
      }>(
        `SELECT c."id", c."reps",
                (SELECT count(*)::int FROM "ReviewLog" l WHERE l."cardId" = c."id") AS logs,
                (SELECT count(DISTINCT l."repsBefore")::int FROM "ReviewLog" l WHERE l."cardId" = c."id") AS states,
                c."due",
                (SELECT l."dueAfter" FROM "ReviewLog" l WHERE l."cardId" = c."id" ORDER BY l."repsBefore" DESC LIMIT 1) AS "lastDue"
         FROM "Card" c WHERE c."userId" = $1`,
        [userId],
      );
      expect(cards.rows).toHaveLength(20);
      for (const card of cards.rows) {
        expect(card.reps, `card ${card.id}`).toBe(card.logs);
        expect(card.states).toBe(card.logs);
        if (card.lastDue) expect(card.due.getTime()).toBe(card.lastDue.getTime());
      }
    });
  }, 240_000);
});
