// Issue 16: e-books, PDFs and subtitles become readable texts; damaged,
// hostile and protected files give a clear message and create nothing.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { startImportJob } from "@/lib/server/data/start-import-job";
import { getImportJob } from "@/lib/server/data/get-import-job";
import { getTextMedia } from "@/lib/server/data/get-text-media";
import { getReaderTextPage } from "@/lib/server/data/get-reader-text-page";
import type { Actor } from "@/lib/server/actor";
import { makeUser } from "../../helpers/factories";
import { expectAppError } from "../../helpers/expect-app-error";
import * as files from "./format-files";

async function importFile(actor: Actor, name: string, bytes: Uint8Array) {
  const { jobId, completion } = await startImportJob(actor, {
    mode: "upload",
    file: { name, bytes: new Uint8Array(bytes) },
  });
  await completion;
  return getImportJob(actor, jobId);
}

async function sentencesOf(textId: string) {
  return db.sentence.findMany({
    where: { textId },
    orderBy: { index: "asc" },
    select: { index: true, content: true, page: true, paragraph: true, startMs: true, endMs: true },
  });
}

/** Imports a file that must be refused: the job fails with `message` and the learner has no text, hidden or not. */
async function expectRefused(name: string, bytes: Uint8Array, message: RegExp) {
  const learner = await makeUser();
  const job = await importFile(learner, name, bytes);
  expect(job.status).toBe("FAILED");
  expect(job.error).toMatch(message);
  expect(job.textId).toBeNull();
  expect(await db.text.count({ where: { ownerId: learner.id } })).toBe(0);
}

describe("EPUB import", () => {
  it("imports an EPUB 3: metadata, chapters in spine order as sections, pictures and notes dropped", async () => {
    const learner = await makeUser();
    const job = await importFile(learner, "die-reise.epub", files.epub3());
    expect(job).toMatchObject({ status: "DONE", error: null });
    const text = await db.text.findUniqueOrThrow({
      where: { id: job.textId! },
      select: { title: true, author: true, status: true, source: true, pageCount: true },
    });
    expect(text).toMatchObject({ title: "Die Reise", author: "Anna Schmidt", status: "READY", source: "UPLOAD" });
    const sentences = await sentencesOf(job.textId!);
    const contents = sentences.map((s) => s.content);
    expect(contents).toEqual(["Erstes Kapitel", ...files.CHAPTER_ONE, "Zweites Kapitel", ...files.CHAPTER_TWO]);
    // Figure caption, footnote, note reference, image alt text and the non-linear notes file are not text.
    expect(contents.join(" ")).not.toMatch(/Abbildung|Fußnote|Bello|Umschlag|Anmerkungen|Ein Hund\b/);
    const media = await getTextMedia(learner, job.textId!);
    expect(media.author).toBe("Anna Schmidt");
    expect(media.sections).toEqual([
      { title: "Erstes Kapitel", sentenceIndex: 0, page: 1 },
      { title: "Zweites Kapitel", sentenceIndex: 4, page: 2 },
    ]);
    // Each chapter starts a reader page, and the reader serves it.
    expect(text.pageCount).toBe(2);
    expect(sentences[4]?.page).toBe(2);
    const page2 = JSON.parse((await getReaderTextPage(learner, job.textId!, 2)).json) as {
      sentences: { content: string }[];
    };
    expect(page2.sentences[0]?.content).toBe("Zweites Kapitel");
  });

  it("imports an EPUB 2 with its NCX table of contents", async () => {
    const learner = await makeUser();
    const job = await importFile(learner, "herbst.epub", files.epub2());
    expect(job.status).toBe("DONE");
    const media = await getTextMedia(learner, job.textId!);
    expect(media.sections.map((s) => s.title)).toEqual(["Der Morgen", "Der Abend"]);
    expect(media.author).toBe("Max Müller");
    const text = await db.text.findUniqueOrThrow({ where: { id: job.textId! }, select: { title: true } });
    expect(text.title).toBe("Herbst in der Stadt");
    expect((await sentencesOf(job.textId!)).map((s) => s.content)).toEqual([
      ...files.CHAPTER_ONE,
      ...files.CHAPTER_TWO,
    ]);
  });

  it("imports a book whose only encryption is font obfuscation (not DRM)", async () => {
    const learner = await makeUser();
    expect((await importFile(learner, "font.epub", files.epubWithObfuscatedFont())).status).toBe("DONE");
  });

  it("refuses a DRM-protected EPUB", () => expectRefused("drm.epub", files.epubWithDrm(), /protected by DRM/));

  it("refuses a zip bomb that claims its true size (ratio)", () =>
    expectRefused("bomb.epub", files.epubBomb(), /zip bomb|unpacks to far more/));

  it("refuses a zip bomb that lies about its size", () =>
    expectRefused("bomb.epub", files.epubBomb(20_000), /zip bomb|unpacks to far more/));

  it("refuses an EPUB that claims 500 MB", () =>
    expectRefused("big.epub", files.epubClaiming500Mb(), /says it unpacks to 500 MB/));

  it("refuses path traversal in an entry name and in a manifest href", async () => {
    await expectRefused("trav.epub", files.epubWithTraversalEntry(), /unsafe name/);
    await expectRefused("trav.epub", files.epubWithTraversalHref(), /outside the book/);
  });

  it("refuses malformed XML with the file and line", () =>
    expectRefused(
      "broken.epub",
      files.epubWithMalformedOpf(),
      /OEBPS\/content\.opf is not well-formed XML \(line \d+/,
    ));

  it("refuses a file that is not a zip, or a zip that is not an EPUB", async () => {
    await expectRefused("fake.epub", new TextEncoder().encode("Der Hund schläft."), /zip archive cannot be read/);
    const { zipSync, strToU8 } = await import("fflate");
    await expectRefused("plain.epub", zipSync({ "a.txt": strToU8("Hallo") }), /not an EPUB/);
  });
});

describe("PDF import", () => {
  it("imports the text layer: paragraphs re-joined, line-end hyphenation undone, real hyphens kept", async () => {
    const learner = await makeUser();
    const job = await importFile(learner, "einladung.pdf", await files.textPdf());
    expect(job).toMatchObject({ status: "DONE", error: null });
    const text = await db.text.findUniqueOrThrow({ where: { id: job.textId! }, select: { title: true, author: true } });
    expect(text).toEqual({ title: "Die Einladung", author: "Clara Weber" });
    const sentences = await sentencesOf(job.textId!);
    expect(sentences.map((s) => s.content)).toEqual([
      "Am Montag kam die Einladung zum Sommerfest.",
      "Der Hund schläft im Garten.",
      "Wir fahren im Sommer mit der neuen Nord-Süd-Verbindung an die Ostsee.",
      "Meine Schwester trinkt gern Kaffee mit Milch.",
    ]);
    // Two paragraphs, as laid out; the page number is gone.
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1, 1]);
  });

  it("refuses an image-only (scanned) PDF, saying it has no text layer", () =>
    files.imageOnlyPdf().then((pdf) => expectRefused("scan.pdf", pdf, /no text layer/)));

  it("refuses a file that is not a PDF", () =>
    expectRefused("fake.pdf", new TextEncoder().encode("Der Hund schläft im Garten."), /not a PDF/));
});

describe("subtitle import", () => {
  for (const [name, source] of [
    ["folge.srt", files.SRT],
    ["folge.vtt", files.VTT],
  ] as const) {
    it(`joins the cues of ${name} (overlapping) into sentences that keep their times`, async () => {
      const learner = await makeUser();
      const job = await importFile(learner, name, new TextEncoder().encode(source));
      expect(job).toMatchObject({ status: "DONE", error: null });
      const sentences = await sentencesOf(job.textId!);
      expect(sentences.map((s) => s.content)[2]).toBe("Wir fahren im Sommer mit dem Zug an die Ostsee.");
      expect(sentences).toHaveLength(3);
      for (const s of sentences) {
        expect(s.startMs).not.toBeNull();
        expect(s.endMs!).toBeGreaterThan(s.startMs!);
      }
      // In spoken order, each sentence inside the cues it came from.
      expect(sentences[0]!.startMs).toBe(1000);
      expect(sentences[1]!.startMs!).toBeGreaterThanOrEqual(sentences[0]!.startMs!);
      expect(sentences[2]!.startMs!).toBeGreaterThanOrEqual(6000);
      const media = await getTextMedia(learner, job.textId!);
      expect(Object.keys(media.timings)).toHaveLength(3);
    });
  }

  it("times a sentence that runs over two cues from its part of the first to the end of the second", async () => {
    const learner = await makeUser();
    const job = await importFile(learner, "folge.srt", new TextEncoder().encode(files.SRT));
    const [first, second] = await sentencesOf(job.textId!);
    // "Der Hund schläft im Garten." is the first 27 of cue 1's 37 characters (1.0–4.0 s).
    expect(first!.endMs!).toBeGreaterThan(3000);
    expect(first!.endMs!).toBeLessThan(3500);
    expect(second!.startMs!).toBeGreaterThan(3000);
    expect(second!.endMs).toBe(7000);
  });

  it("refuses a file without cues", () =>
    expectRefused("leer.srt", new TextEncoder().encode("Das ist kein Untertitel."), /No subtitles were found/));
});

describe("upload checks before a job exists", () => {
  it("refuses an unknown file type at once", async () => {
    const learner = await makeUser();
    const error = await expectAppError(
      () => startImportJob(learner, { mode: "upload", file: { name: "a.docx", bytes: new Uint8Array([1]) } }),
      "INVALID_INPUT",
    );
    expect(error.fieldErrors?.file?.[0]).toMatch(/\.epub, \.pdf, \.srt or \.vtt/);
    expect(await db.importJob.count({ where: { userId: learner.id } })).toBe(0);
  });
});
