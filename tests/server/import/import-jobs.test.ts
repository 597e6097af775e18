import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { startImportJob } from "@/lib/server/data/start-import-job";
import { getImportJob } from "@/lib/server/data/get-import-job";
import type { ImportJobView, ImportRequest } from "@/lib/validation/import-request";
import { makeUser } from "../../helpers/factories";
import { longGermanText, SHORT_ENGLISH, SHORT_GERMAN } from "./german-fixtures";
import { expectAppError } from "../../helpers/expect-app-error";

async function countRows(ownerId: string) {
  return {
    texts: await db.text.count({ where: { ownerId } }),
    sentences: await db.sentence.count({ where: { text: { ownerId } } }),
    jobs: await db.importJob.count({ where: { userId: ownerId } }),
  };
}

const bytes = (s: string) => new TextEncoder().encode(s);

describe("import job flow", () => {
  it("imports a pasted text with its translation and reports DONE with the text id", async () => {
    const learner = await makeUser();
    const { jobId, completion } = await startImportJob(learner, {
      mode: "paste",
      title: "Ein kurzer Text",
      content: SHORT_GERMAN,
      translation: SHORT_ENGLISH,
    });
    await completion;
    const job = await getImportJob(learner, jobId);
    expect(job).toMatchObject({ status: "DONE", phase: "done", percent: 100, error: null });
    const text = await db.text.findUniqueOrThrow({
      where: { id: job.textId! },
      select: {
        ownerId: true,
        title: true,
        source: true,
        sentences: { orderBy: { index: "asc" }, select: { content: true, translation: true } },
      },
    });
    expect(text).toMatchObject({ ownerId: learner.id, title: "Ein kurzer Text", source: "PASTE" });
    expect(text.sentences.map((s) => s.content)).toEqual([
      "Der Hund schläft im Garten.",
      "Am Morgen trinkt meine Schwester gern einen Kaffee mit Milch.",
      "Wir fahren im Sommer mit dem Zug an die Ostsee.",
    ]);
    expect(text.sentences[1]?.translation).toBe("In the morning my sister likes to drink a coffee with milk.");
  });

  it("detects a title when none is given", async () => {
    const learner = await makeUser();
    const { jobId, completion } = await startImportJob(learner, {
      mode: "paste",
      content: `Ein Tag am Meer\n\n${SHORT_GERMAN}`,
    });
    await completion;
    const job = await getImportJob(learner, jobId);
    const text = await db.text.findUniqueOrThrow({ where: { id: job.textId! }, select: { title: true } });
    expect(text.title).toBe("Ein Tag am Meer");
  });

  it("imports a long text (20,000 words) with progress that goes up to DONE", async () => {
    const learner = await makeUser();
    const content = longGermanText(20_000);
    const started = Date.now();
    const { jobId, completion } = await startImportJob(learner, { mode: "paste", content });
    const seen: ImportJobView[] = [];
    let isFinished = false;
    void completion.then(() => (isFinished = true));
    while (!isFinished) {
      seen.push(await getImportJob(learner, jobId));
      await new Promise((r) => setTimeout(r, 25));
    }
    const final = await getImportJob(learner, jobId);
    seen.push(final);
    console.log(
      `[import] 20,000 words in ${Date.now() - started} ms, ${seen.length} polls, phases ${[...new Set(seen.map((s) => s.phase))].join(" → ")}`,
    );
    expect(final.status).toBe("DONE");
    expect(final.total).toBeGreaterThan(500);
    const saving = seen.filter((s) => s.phase === "saving");
    // More than one distinct saving step was visible, and progress never went down.
    expect(new Set(saving.map((s) => s.done)).size).toBeGreaterThan(1);
    const percents = seen.map((s) => s.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    const text = await db.text.findUniqueOrThrow({
      where: { id: final.textId! },
      select: { sentenceCount: true, wordCount: true },
    });
    expect(text.sentenceCount).toBe(final.total);
    expect(text.wordCount).toBeGreaterThan(18_000);
    // The row records the outcome for other instances.
    const row = await db.importJob.findUniqueOrThrow({ where: { id: jobId } });
    expect(row).toMatchObject({ status: "DONE", textId: final.textId, done: final.total, total: final.total });
  });
});

describe("errors create nothing", () => {
  it.each<[string, ImportRequest, string, RegExp]>([
    ["empty text", { mode: "paste", content: "   \n " }, "content", /empty/],
    ["text over 2 MB", { mode: "paste", content: "Der Hund schläft. ".repeat(130_000) }, "content", /larger than 2 MB/],
    [
      "binary upload",
      { mode: "upload", file: { name: "bild.txt", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]) } },
      "file",
      /binary/,
    ],
    [
      "invalid UTF-8 upload",
      {
        mode: "upload",
        file: { name: "alt.txt", bytes: new Uint8Array([0x44, 0x65, 0x72, 0x20, 0xfc, 0x62, 0x65, 0x72]) },
      },
      "file",
      /UTF-8/,
    ],
    [
      "unsupported file type",
      // PDFs, e-books and subtitles are imported since issue 16; a Word file is not.
      { mode: "upload", file: { name: "buch.docx", bytes: bytes("PK\u0003\u0004") } },
      "file",
      /\.txt, \.md, \.html, \.epub, \.pdf, \.srt or \.vtt/,
    ],
    ["empty file", { mode: "upload", file: { name: "leer.txt", bytes: new Uint8Array() } }, "file", /empty/],
    ["missing file", { mode: "upload" } as ImportRequest, "file", /Choose a file/],
    ["ftp address", { mode: "url", url: "ftp://example.de/text.txt" }, "url", /http:\/\/ and https:\/\//],
    ["not an address", { mode: "url", url: "http://" }, "url", /not a web address/],
    [
      "translation over 2 MB",
      { mode: "paste", content: SHORT_GERMAN, translation: "The dog. ".repeat(250_000) },
      "translation",
      /English text is larger than 2 MB/,
    ],
  ])("refuses %s before a job exists", async (_name, request, field, message) => {
    const learner = await makeUser();
    const error = await expectAppError(startImportJob(learner, request), "INVALID_INPUT");
    expect(error.fieldErrors?.[field]?.join(" ")).toMatch(message);
    expect(await countRows(learner.id)).toEqual({ texts: 0, sentences: 0, jobs: 0 });
  });

  it.each([
    [
      "English text",
      "The quick brown fox jumps over the lazy dog. It was a sunny day and everyone was happy.",
      /does not look like German/,
    ],
    ["only numbers", "1234 5678 — 42 % … 17", /No sentences|does not look like German/],
  ])("fails the job for %s with a clear message and no text", async (_name, content, message) => {
    const learner = await makeUser();
    const lexemesBefore = await db.lexeme.count();
    const { jobId, completion } = await startImportJob(learner, { mode: "paste", content });
    await completion;
    const job = await getImportJob(learner, jobId);
    expect(job.status).toBe("FAILED");
    expect(job.error).toMatch(message);
    expect(job.textId).toBeNull();
    expect(await countRows(learner.id)).toMatchObject({ texts: 0, sentences: 0 });
    expect(await db.lexeme.count()).toBe(lexemesBefore);
  });
});

describe("uploads", () => {
  it("reads a Markdown file without its markup", async () => {
    const learner = await makeUser();
    const markdown = `# Im Garten\n\nDer **Hund** schläft im [Garten](https://example.de/garten).\n\n- Am Morgen trinkt meine Schwester gern einen Kaffee.\n- Wir fahren im Sommer an die *Ostsee*.\n`;
    const { jobId, completion } = await startImportJob(learner, {
      mode: "upload",
      file: { name: "garten.md", bytes: bytes(markdown) },
    });
    await completion;
    const job = await getImportJob(learner, jobId);
    expect(job.status).toBe("DONE");
    const text = await db.text.findUniqueOrThrow({
      where: { id: job.textId! },
      select: { title: true, source: true, sentences: { orderBy: { index: "asc" }, select: { content: true } } },
    });
    expect(text.source).toBe("UPLOAD");
    expect(text.title).toBe("Im Garten");
    const all = text.sentences.map((s) => s.content).join(" ");
    expect(all).toContain("Der Hund schläft im Garten.");
    expect(all).not.toMatch(/[*#[\]()]|https/);
  });

  it("reduces an uploaded HTML file to its article text, with a UTF-8 BOM", async () => {
    const learner = await makeUser();
    const html = `\ufeff<html><head><title>Seite</title></head><body><nav><a href="/">Startseite</a> <a href="/login">Anmelden</a></nav>
      <article><h1>Der Garten</h1><p>${SHORT_GERMAN}</p><p>Im Herbst fallen die Blätter von den Bäumen, und die Tage werden kürzer.</p></article>
      <footer>Impressum Datenschutz</footer></body></html>`;
    const { jobId, completion } = await startImportJob(learner, {
      mode: "upload",
      file: { name: "garten.HTML", bytes: bytes(html) },
    });
    await completion;
    const job = await getImportJob(learner, jobId);
    expect(job.status).toBe("DONE");
    const text = await db.text.findUniqueOrThrow({
      where: { id: job.textId! },
      select: { title: true, sentences: { select: { content: true } } },
    });
    expect(text.title).toBe("Der Garten");
    const all = text.sentences.map((s) => s.content).join(" ");
    expect(all).toContain("Der Hund schläft im Garten.");
    expect(all).not.toMatch(/Startseite|Anmelden|Impressum/);
  });
});

describe("job ownership", () => {
  it("answers NOT_FOUND for another user's job, and for unknown or malformed ids", async () => {
    const owner = await makeUser();
    const other = await makeUser();
    const teacher = await makeUser("TEACHER");
    const { jobId, completion } = await startImportJob(owner, { mode: "paste", content: SHORT_GERMAN });
    // Also while it runs (the live, in-memory progress is scoped too).
    await expectAppError(getImportJob(other, jobId), "NOT_FOUND");
    await completion;
    expect((await getImportJob(owner, jobId)).status).toBe("DONE");
    await expectAppError(getImportJob(other, jobId), "NOT_FOUND");
    await expectAppError(getImportJob(teacher, jobId), "NOT_FOUND");
    await expectAppError(getImportJob(owner, "no-such-job"), "NOT_FOUND");
    await expectAppError(getImportJob(owner, "x".repeat(500)), "NOT_FOUND");
  });

  it("reports a job whose process died as failed", async () => {
    const learner = await makeUser();
    const job = await db.importJob.create({
      data: { userId: learner.id, status: "RUNNING", phase: "saving", done: 10, total: 100 },
    });
    const later = new Date(job.updatedAt.getTime() + 60 * 60_000);
    expect(await getImportJob(learner, job.id, later)).toMatchObject({
      status: "FAILED",
      error: expect.stringMatching(/interrupted/),
    });
    expect(await getImportJob(learner, job.id, job.updatedAt)).toMatchObject({ status: "RUNNING", phase: "saving" });
  });
});
