// Issue 13: reader pages are bounded by tokens whatever the text, the per-text
// part of a page is built once per text version (and again after an owner's
// edit), and a text still being imported is nobody's to read.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { importText } from "@/lib/server/data/import-text";
import { getReaderShell, getReadingView } from "@/lib/server/data/get-reading-view";
import { getReaderTextPage } from "@/lib/server/data/get-reader-text-page";
import { updateGlossOverride } from "@/lib/server/data/update-gloss-override";
import { PAGE_TOKENS } from "@/lib/core/reading/paginate";
import { MAX_SENTENCE_TOKENS } from "@/lib/core/text/split-sentences";
import { makeUser } from "../../helpers/factories";
import { longGermanText } from "../import/german-fixtures";
import { expectAppError } from "../../helpers/expect-app-error";

describe("reader pages", () => {
  it("keeps every page of a long run-on paste within the page bound, and every sentence on exactly one page", async () => {
    const learner = await makeUser();
    // No full stop anywhere: one "sentence" of ~3,000 words before sentences were bounded.
    const content = longGermanText(3_000).replace(/[.!?]/g, "");
    const { textId, sentenceCount } = await importText(learner, { content, title: "Ohne Punkt" });
    const text = await db.text.findUniqueOrThrow({ where: { id: textId }, select: { pageCount: true } });
    expect(text.pageCount).toBeGreaterThan(2);
    let seen = 0;
    for (let page = 1; page <= text.pageCount; page++) {
      const view = await getReadingView(learner, textId, page);
      const tokens = view.sentences.reduce((n, s) => n + s.tokens.length, 0);
      expect(tokens, `page ${page}`).toBeLessThanOrEqual(PAGE_TOKENS);
      for (const s of view.sentences) expect(s.tokens.length).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
      expect(view.sentences[0]?.index).toBe(seen);
      seen += view.sentences.length;
    }
    expect(seen).toBe(sentenceCount);
    await expectAppError(getReaderTextPage(learner, textId, text.pageCount + 1), "NOT_FOUND");
  }, 180_000);

  it("opens the page of the sentence last read", async () => {
    const learner = await makeUser();
    const { textId } = await importText(learner, { content: longGermanText(3_000) });
    const last = await db.sentence.findFirstOrThrow({
      where: { textId },
      orderBy: { index: "desc" },
      select: { index: true, page: true },
    });
    expect(last.page).toBeGreaterThan(1);
    await db.readingProgress.create({
      data: { userId: learner.id, textId, sentenceIndex: last.index, maxSentence: last.index },
    });
    expect((await getReaderShell(learner, textId)).page).toBe(last.page);
  });

  it("serves the same text bytes to every reader and builds them again after the owner corrects a gloss", async () => {
    const owner = await makeUser("TEACHER");
    const { textId } = await importText(owner, { content: "Der Hund schläft im Garten. Die Katze schläft auch." });
    const before = await getReaderTextPage(owner, textId, 1);
    expect(await getReaderTextPage(owner, textId, 1)).toEqual(before);
    const shell = await getReaderShell(owner, textId, 1);
    expect(shell.textPageUrl).toBe(`/api/texts/${textId}/pages/1?v=${before.version}`);

    const hund = Object.entries(JSON.parse(before.json).lexemes as Record<string, { lemma: string }>).find(
      ([, l]) => l.lemma === "Hund",
    )![0];
    await updateGlossOverride(owner, { textId, lexemeId: hund, gloss: "hound" });
    const after = await getReaderTextPage(owner, textId, 1);
    expect(after.version).toBe(before.version + 1);
    expect(after.etag).not.toBe(before.etag);
    expect(JSON.parse(after.json).lexemes[hund].gloss).toBe("hound");
    expect((await getReaderShell(owner, textId, 1)).textPageUrl).toContain(`v=${after.version}`);
  });

  it("keeps the learner's part to the words they have a status, meaning or card for", async () => {
    const learner = await makeUser();
    const { textId } = await importText(learner, { content: "Der Hund schläft im Garten. Die Katze schläft auch." });
    expect((await getReaderShell(learner, textId)).words).toEqual({});
    const view = await getReadingView(learner, textId);
    const lexemeId = Object.keys(view.lexemes)[0]!;
    await db.wordStatus.create({ data: { userId: learner.id, lexemeId, status: "KNOWN" } });
    expect((await getReaderShell(learner, textId)).words).toEqual({
      [lexemeId]: { status: 5, meaning: null, hasCard: false },
    });
  });

  it("hides a text that is still being imported from its owner's reader", async () => {
    const learner = await makeUser();
    const text = await db.text.create({
      data: { ownerId: learner.id, title: "Halb", source: "PASTE", status: "IMPORTING" },
      select: { id: true },
    });
    await expectAppError(getReaderShell(learner, text.id), "NOT_FOUND");
    await expectAppError(getReaderTextPage(learner, text.id, 1), "NOT_FOUND");
  });
});
