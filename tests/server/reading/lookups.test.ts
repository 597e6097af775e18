// Issue 18: "words looked up" counted every opening of the word panel (marking a word known included) and never a
// hover. Look-ups now come from the reader, judged by isLookup, in batches with the progress heartbeat.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { ensureSeedTexts } from "@/lib/server/data/ensure-seed-texts";
import { getReadingView } from "@/lib/server/data/get-reading-view";
import { getWordDetails } from "@/lib/server/data/get-word-details";
import { saveReadingProgress } from "@/lib/server/data/save-reading-progress";
import { importText } from "@/lib/server/data/import-text";
import { expandSentences } from "@/lib/core/reading/reader-payload";
import { HOVER_LOOKUP_MIN_MS } from "@/lib/core/progress/figure-definitions";
import { readingProgressSchema } from "@/lib/validation/reading";
import { makeUser } from "../../helpers/factories";

let seedTextId: string;
let lexemeOf: (text: string) => string;

beforeAll(async () => {
  seedTextId = (await ensureSeedTexts()).textId;
  const view = await getReadingView(await makeUser(), seedTextId);
  const tokens = expandSentences(view.sentences, view.lexemes).flatMap((s) => s.tokens);
  lexemeOf = (text) => tokens.find((t) => t.text === text)!.lexemeId!;
});

async function lookupsOf(userId: string) {
  const rows = await db.lookupEvent.findMany({ where: { userId }, select: { lexemeId: true, textId: true } });
  return rows.map((r) => r.lexemeId).sort();
}

describe("look-ups reported with the reading heartbeat", () => {
  it("records the reports that count and drops a status change, a passing mouse and a word of another text", async () => {
    const learner = await makeUser();
    const other = await importText(learner, {
      content: "Der Hund schläft im Garten. Die Katze auch.",
      source: "PASTE",
    });
    const hund = await db.textLexeme.findFirstOrThrow({
      where: { textId: other.textId, lexeme: { lemma: "Hund" } },
      select: { lexemeId: true },
    });
    const [einladung, besuch, dankbar, putin] = ["Einladung", "Besuch", "dankbar", "Putin"].map((w) => lexemeOf(w));
    const input = readingProgressSchema.parse({
      textId: seedTextId,
      sentenceIndex: 2,
      seconds: 30,
      lookups: [
        { lexemeId: einladung, kind: "hover", durationMs: HOVER_LOOKUP_MIN_MS + 200 },
        { lexemeId: besuch, kind: "panel", durationMs: 300, changedStatus: true, usedPanel: true },
        { lexemeId: dankbar, kind: "panel", durationMs: 9000, changedStatus: true, usedPanel: false },
        { lexemeId: putin, kind: "hover", durationMs: 90 },
        { lexemeId: hund.lexemeId, kind: "hover", durationMs: 5000 },
      ],
    });
    const progress = await saveReadingProgress(learner, input);
    expect(progress.lookupsRecorded).toBe(2);
    expect(await lookupsOf(learner.id)).toEqual([einladung, besuch].sort());
  });

  it("refuses reports for a text the learner may not read, and records nothing", async () => {
    const owner = await makeUser();
    const stranger = await makeUser();
    const privateText = await importText(owner, { content: "Der Hund schläft im Garten.", source: "PASTE" });
    const hund = await db.textLexeme.findFirstOrThrow({
      where: { textId: privateText.textId },
      select: { lexemeId: true },
    });
    await expect(
      saveReadingProgress(stranger, {
        textId: privateText.textId,
        sentenceIndex: 0,
        seconds: 0,
        lookups: [{ lexemeId: hund.lexemeId, kind: "hover", durationMs: 5000 }],
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await lookupsOf(stranger.id)).toEqual([]);
  });

  it("no longer counts a look-up when the panel merely loads the dictionary entry", async () => {
    const learner = await makeUser();
    const details = await getWordDetails(learner, seedTextId, lexemeOf("Einladung"));
    expect(details.lemma).toBe("Einladung");
    expect(await lookupsOf(learner.id)).toEqual([]);
  });

  it("refuses a malformed report at the door", () => {
    const bad = readingProgressSchema.safeParse({
      textId: seedTextId,
      sentenceIndex: 0,
      seconds: 0,
      lookups: [{ lexemeId: "x", kind: "stare", durationMs: 5000 }],
    });
    expect(bad.success).toBe(false);
  });
});
