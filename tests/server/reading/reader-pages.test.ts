// Issue 13: reader pages are bounded by tokens whatever the text, the per-text
// part of a page is built once per text version (and again after an owner's
// edit), and a text still being imported is nobody's to read.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { importText } from "@/lib/server/data/import-text";
import { getReaderShell, getReadingView } from "@/lib/server/data/get-reading-view";
import { getReaderTextPage } from "@/lib/server/data/get-reader-text-page";
import { grantTextPage, isTextPageGranted } from "@/lib/server/access/text-page-grant";
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
    expect(shell.textPageUrl).toMatch(
      new RegExp(`^/api/texts/${textId}/pages/1\\?v=${before.version}&g=[0-9a-z]+\\.[\\w-]{22}$`),
    );

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

  it("serves the page text on the grant in the shell's address to that reader, and to nobody else without the access check", async () => {
    const owner = await makeUser();
    const outsider = await makeUser();
    const { textId } = await importText(owner, { content: "Der Hund schläft im Garten. Die Katze schläft auch." });
    const query = new URL((await getReaderShell(owner, textId, 1)).textPageUrl, "http://x").searchParams;
    const granted = { version: Number(query.get("v")), grant: query.get("g"), now: new Date() };
    const expected = await getReaderTextPage(owner, textId, 1);
    expect(await getReaderTextPage(owner, textId, 1, granted)).toEqual(expected);
    // The owner's address, copied: the outsider still takes the access check and is refused.
    await expectAppError(getReaderTextPage(outsider, textId, 1, granted), "NOT_FOUND");
    const forged = { ...granted, grant: `${granted.grant!.split(".")[0]}.${"A".repeat(22)}` };
    await expectAppError(getReaderTextPage(outsider, textId, 1, forged), "NOT_FOUND");
    expect(isTextPageGranted(granted.grant, owner.id, textId, granted.version, granted.now)).toBe(true);
    expect(isTextPageGranted(granted.grant, outsider.id, textId, granted.version, granted.now)).toBe(false);
    expect(isTextPageGranted(granted.grant, owner.id, textId, granted.version + 1, granted.now)).toBe(false);
    expect(isTextPageGranted(granted.grant, owner.id, `${textId}x`, granted.version, granted.now)).toBe(false);
    expect(isTextPageGranted(forged.grant, owner.id, textId, granted.version, granted.now)).toBe(false);
    expect(isTextPageGranted("not a grant", owner.id, textId, granted.version, granted.now)).toBe(false);
    const later = new Date(granted.now.getTime() + 61 * 60_000);
    expect(isTextPageGranted(granted.grant, owner.id, textId, granted.version, later)).toBe(false);
  });

  it("names the page text by the same address for a whole window, so the browser's copy stays usable", () => {
    const at = (iso: string) => grantTextPage("user", "text", 3, new Date(iso));
    expect(at("2026-12-02T10:01:00Z")).toBe(at("2026-12-02T10:29:59Z"));
    expect(at("2026-12-02T10:29:59Z")).not.toBe(at("2026-12-02T10:30:00Z"));
    // Handed out at the end of a window, still good for a full window after it.
    expect(isTextPageGranted(at("2026-12-02T10:29:59Z"), "user", "text", 3, new Date("2026-12-02T10:59:59Z"))).toBe(
      true,
    );
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
