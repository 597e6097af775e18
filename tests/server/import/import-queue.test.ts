// Issue 13: import jobs are rows any worker may claim, once each, and a job
// whose worker died (SIGKILL, restart) is resumed: its half-saved hidden text
// is removed first, and after too many deaths the job fails with a message.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import {
  claimImportJob,
  IMPORT_HEARTBEAT_STALE_MS,
  MAX_IMPORT_ATTEMPTS,
  runClaimedImportJob,
} from "@/lib/server/jobs/import-queue";
import { makeUser } from "../../helpers/factories";
import { SHORT_GERMAN } from "./german-fixtures";

async function queuedJob(userId: string) {
  return db.importJob.create({
    data: { userId, status: "QUEUED", request: { kind: "text", content: SHORT_GERMAN, source: "PASTE" } },
    select: { id: true },
  });
}

/** Claims until this test's job comes up (other files' jobs may be queued in the shared database). */
async function claim(jobId: string, now?: Date) {
  for (;;) {
    const job = await claimImportJob(now);
    if (!job || job.id === jobId) return job;
    await runClaimedImportJob(job);
  }
}

describe("import queue", () => {
  it("gives a queued job to one claimant only, even when several claim at once", async () => {
    const learner = await makeUser();
    const { id } = await queuedJob(learner.id);
    // Three claim at once, again until this job comes up (other files may have left older jobs in the
    // shared database): the batch that takes it holds it once, and no later batch sees it again.
    let mine: Awaited<ReturnType<typeof claimImportJob>>[] = [];
    for (let round = 0; round < 50 && mine.length === 0; round++) {
      const claims = await Promise.all([claimImportJob(), claimImportJob(), claimImportJob()]);
      mine = claims.filter((c) => c?.id === id);
      for (const other of claims) if (other && other.id !== id) await runClaimedImportJob(other);
      if (claims.every((c) => c === null)) break;
    }
    expect(mine).toHaveLength(1);
    expect(await claim(id)).toBeNull();
    await runClaimedImportJob(mine[0]!);
    const job = await db.importJob.findUniqueOrThrow({
      where: { id },
      select: { status: true, textId: true, request: true },
    });
    expect(job).toMatchObject({ status: "DONE", request: null });
    expect(await db.text.findUniqueOrThrow({ where: { id: job.textId! }, select: { status: true } })).toEqual({
      status: "READY",
    });
  });

  it("resumes a job whose worker died mid-save: the half text goes, the import ends DONE", async () => {
    const learner = await makeUser();
    const { id } = await queuedJob(learner.id);
    const first = await claim(id);
    expect(first?.attempts).toBe(1);
    // What a worker killed mid-save leaves: a hidden text with some sentences, and a RUNNING row.
    const half = await db.text.create({
      data: { ownerId: learner.id, title: "Halb", source: "PASTE", status: "IMPORTING" },
      select: { id: true },
    });
    await db.sentence.create({
      data: { textId: half.id, index: 0, paragraph: 0, start: 0, end: 5, content: "Halb.", tokens: [] },
    });
    await db.importJob.update({ where: { id }, data: { textId: half.id, phase: "saving" } });

    expect(await claim(id)).toBeNull(); // still fresh: its worker may be alive
    const later = new Date(Date.now() + IMPORT_HEARTBEAT_STALE_MS + 1_000);
    const again = await claim(id, later);
    expect(again).toMatchObject({ id, attempts: 2, textId: half.id });
    await runClaimedImportJob(again!);
    expect(await db.text.findUnique({ where: { id: half.id } })).toBeNull();
    const job = await db.importJob.findUniqueOrThrow({ where: { id }, select: { status: true, textId: true } });
    expect(job.status).toBe("DONE");
    expect(await db.sentence.count({ where: { textId: job.textId! } })).toBe(3);
  });

  it("fails a job whose worker died too often, with a message and no text", async () => {
    const learner = await makeUser();
    const { id } = await queuedJob(learner.id);
    await db.importJob.update({ where: { id }, data: { status: "RUNNING", attempts: MAX_IMPORT_ATTEMPTS } });
    const job = await claim(id, new Date(Date.now() + IMPORT_HEARTBEAT_STALE_MS + 1_000));
    await runClaimedImportJob(job!);
    const row = await db.importJob.findUniqueOrThrow({
      where: { id },
      select: { status: true, error: true, textId: true },
    });
    expect(row).toMatchObject({ status: "FAILED", textId: null });
    expect(row.error).toMatch(/interrupted/);
  });
});
