import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { importText } from "@/lib/server/data/import-text";
import { ensureSeedTexts } from "@/lib/server/data/ensure-seed-texts";
import { getReadingView } from "@/lib/server/data/get-reading-view";
import { expandSentences } from "@/lib/core/reading/reader-payload";
import { setWordStatus } from "@/lib/server/data/set-word-status";
import { createReaderCard } from "@/lib/server/data/create-reader-card";
import { getWordDetails } from "@/lib/server/data/get-word-details";
import { getReviewSession } from "@/lib/server/data/get-review-session";
import { findLibraryTexts } from "@/lib/server/data/find-library-texts";
import { saveReadingProgress } from "@/lib/server/data/save-reading-progress";
import { finishText } from "@/lib/server/data/finish-text";
import { AppError } from "@/lib/server/errors";
import { makeUser } from "../../helpers/factories";
import { parsed } from "../../helpers/parsed";
import { wordStatusSchema } from "@/lib/validation/reading";

let seedTextId: string;

beforeAll(async () => {
  seedTextId = (await ensureSeedTexts()).textId;
});

async function codeOf(promise: Promise<unknown>): Promise<string | null> {
  return promise.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? e.code : `not an AppError: ${String(e)}`),
  );
}

function findToken(view: Awaited<ReturnType<typeof getReadingView>>, text: string) {
  for (const sentence of expandSentences(view.sentences, view.lexemes)) {
    const tokenIndex = sentence.tokens.findIndex((t) => t.text === text);
    if (tokenIndex >= 0) return { sentence, tokenIndex, token: sentence.tokens[tokenIndex]! };
  }
  throw new Error(`token ${text} not found`);
}

describe("the seed article", () => {
  it("is imported once, shared, with an authored translation for every sentence", async () => {
    expect((await ensureSeedTexts()).created).toBe(false);
    const text = await db.text.findUniqueOrThrow({ where: { id: seedTextId } });
    expect(text).toMatchObject({ isShared: true, ownerId: null, source: "SEED", sentenceCount: 26 });
    expect(text.title).toBe("Wladimir Putin nimmt die Einladung von Kim Jong Un nach Nordkorea „dankbar“ an");
    const sentences = await db.sentence.findMany({
      where: { textId: seedTextId },
      select: { translation: true, translationSource: true, content: true },
    });
    expect(sentences).toHaveLength(26);
    for (const s of sentences) {
      expect(s.translationSource).toBe("AUTHORED");
      expect(s.translation?.length).toBeGreaterThan(10);
      expect(s.content).not.toMatch(/Schreibe einen Kommentar|ttn-de-58|Erhalten Sie kostenlose Updates/);
    }
  });

  it("gives every learner a reading view with glosses for hover, separable verbs linked", async () => {
    const learner = await makeUser();
    const view = await getReadingView(learner, seedTextId);
    const einladung = findToken(view, "Einladung");
    expect(einladung.token).toMatchObject({ lemma: "Einladung", pos: "NOUN", article: "die", gloss: "invitation" });
    const nimmt = findToken(view, "nimmt");
    expect(nimmt.token.phrase).toMatchObject({ lemma: "annehmen", gloss: "to accept" });
    const particle = nimmt.sentence.tokens[nimmt.token.phrase!.tokenIndexes[1]!]!;
    expect(particle.text).toBe("an");
    // Both parts of the separated verb are the same lexeme as the participle "angenommen".
    const angenommen = findToken(view, "angenommen");
    expect(particle.lexemeId).toBe(nimmt.token.lexemeId);
    expect(angenommen.token.lexemeId).toBe(nimmt.token.lexemeId);
    expect(view.lexemes[nimmt.token.lexemeId!]).toMatchObject({ lemma: "annehmen", pos: "VERB", status: 0 });
  });
});

describe("word status is per lexeme", () => {
  it("marking Einladung known covers every form and raises known-% in the library", async () => {
    const learner = await makeUser();
    const before = (await findLibraryTexts(learner)).find((t) => t.id === seedTextId)!;
    expect(before.knownPercent).toBe(0);
    const view = await getReadingView(learner, seedTextId);
    const { token } = findToken(view, "Einladung");
    await setWordStatus(learner, { textId: seedTextId, lexemeId: token.lexemeId!, status: 5 });
    const after = await getReadingView(learner, seedTextId);
    const forms = after.sentences.flatMap((s) => s.tokens).filter((t) => t.x === token.lexemeId);
    expect(forms.map((t) => t.t)).toEqual(expect.arrayContaining(["Einladung"]));
    expect(after.lexemes[token.lexemeId!]!.status).toBe(5);
    const library = (await findLibraryTexts(learner)).find((t) => t.id === seedTextId)!;
    expect(library.knownCount).toBe(1);
    expect(library.newCount).toBe(before.newCount - 1);
    const events = await db.wordStatusEvent.findMany({ where: { userId: learner.id } });
    expect(events).toEqual([expect.objectContaining({ fromStatus: "NEW", toStatus: "KNOWN" })]);
  });

  it("rejects a status outside 0–6 and a word that is not in the text", async () => {
    const learner = await makeUser();
    const view = await getReadingView(learner, seedTextId);
    const { token } = findToken(view, "Einladung");
    expect(
      await codeOf(
        Promise.resolve().then(() =>
          setWordStatus(
            learner,
            // @ts-expect-error 9 is no status: the door must refuse it
            parsed(wordStatusSchema, { textId: seedTextId, lexemeId: token.lexemeId!, status: 9 }),
          ),
        ),
      ),
    ).toBe("INVALID_INPUT");
    expect(await codeOf(setWordStatus(learner, { textId: seedTextId, lexemeId: "nope", status: 1 }))).toBe("NOT_FOUND");
  });
});

describe("cards from the reader", () => {
  it("keeps the context sentence and highlights both parts of a separable verb", async () => {
    const learner = await makeUser();
    const view = await getReadingView(learner, seedTextId);
    const { sentence, tokenIndex } = findToken(view, "nimmt");
    const result = await createReaderCard(learner, { textId: seedTextId, sentenceIndex: sentence.index, tokenIndex });
    expect(result.created).toBe(true);
    const card = await db.card.findUniqueOrThrow({ where: { id: result.cardId } });
    expect(card).toMatchObject({ front: "annehmen", back: "to accept", state: "NEW", origin: "READER" });
    expect(card.contextText).toBe(sentence.content);
    const spans = card.highlight as { start: number; end: number }[];
    expect(spans.map((s) => card.contextText.slice(s.start, s.end))).toEqual(["nimmt", "an"]);
    expect(card.contextTranslation).toMatch(/accepts/);
    // Adding the same word again (even another form) does not duplicate it.
    const again = findToken(view, "angenommen");
    const second = await createReaderCard(learner, {
      textId: seedTextId,
      sentenceIndex: again.sentence.index,
      tokenIndex: again.tokenIndex,
    });
    expect(second).toMatchObject({ created: false, cardId: result.cardId });
    expect((await getReadingView(learner, seedTextId)).lexemes[result.lexemeId]).toMatchObject({
      hasCard: true,
      status: 1,
    });
  });

  it("puts nouns on the card with their article", async () => {
    const learner = await makeUser();
    const view = await getReadingView(learner, seedTextId);
    const { sentence, tokenIndex } = findToken(view, "Einladung");
    const { cardId } = await createReaderCard(learner, {
      textId: seedTextId,
      sentenceIndex: sentence.index,
      tokenIndex,
    });
    expect(await db.card.findUniqueOrThrow({ where: { id: cardId }, select: { front: true, back: true } })).toEqual({
      front: "die Einladung",
      back: "invitation",
    });
  });
});

describe("imports", () => {
  const german =
    "Der Hund schläft im Garten. Die Katze sitzt auf dem Dach und schaut zu. Am 3. Oktober feiern wir den Tag der Deutschen Einheit.";

  it("imports a pasted text with an aligned parallel translation", async () => {
    const learner = await makeUser();
    const result = await importText(learner, {
      content: german,
      translation:
        "The dog sleeps in the garden. The cat sits on the roof and watches. On 3 October we celebrate German Unity Day.",
    });
    expect(result.sentenceCount).toBe(3);
    const rows = await db.sentence.findMany({ where: { textId: result.textId }, orderBy: { index: "asc" } });
    expect(rows.map((r) => r.translation)).toEqual([
      "The dog sleeps in the garden.",
      "The cat sits on the roof and watches.",
      "On 3 October we celebrate German Unity Day.",
    ]);
    expect(rows.every((r) => r.translationSource === "PARALLEL")).toBe(true);
    expect((await findLibraryTexts(learner)).map((t) => t.id)).toContain(result.textId);
  });

  it.each([
    ["empty", "   \n  ", /empty/],
    [
      "English",
      "The quick brown fox jumps over the lazy dog while the children are playing in the park near the river.",
      /does not look like German/,
    ],
    ["binary", `Der Hund ${"\u0001\u0002\u0003".repeat(20)} schläft.`, /binary/],
    ["too large", "Der Hund schläft. ".repeat(130_000), /larger than 2 MB/],
  ])("refuses %s text with a clear message and creates nothing", async (_name, content, message) => {
    const learner = await makeUser();
    const before = await db.text.count();
    const error = await importText(learner, { content }).then(
      () => null,
      (e: unknown) => e as AppError,
    );
    expect(error?.code).toBe("INVALID_INPUT");
    expect(error?.message).toMatch(message);
    expect(await db.text.count()).toBe(before);
  });

  it("leaves nothing half-written when the import fails inside its transaction", async () => {
    const learner = await makeUser();
    const many = Array.from({ length: 700 }, (_, i) => `Der Hund Nummer ${i + 1} schläft im Garten.`).join(" ");
    const sentencesBefore = await db.sentence.count();
    const textsBefore = await db.text.count();
    const error = await importText(
      learner,
      { content: many },
      {
        onProgress: (p) => {
          if (p.phase === "saving" && p.done > 0) throw new Error("simulated crash mid-import");
        },
      },
    ).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toBe("simulated crash mid-import");
    expect(await db.text.count()).toBe(textsBefore);
    expect(await db.sentence.count()).toBe(sentencesBefore);
  });
});

describe("who may read what", () => {
  it("answers NOT_FOUND for another learner's text in every reader function", async () => {
    const owner = await makeUser();
    const other = await makeUser();
    const { textId } = await importText(owner, {
      content: "Der Hund schläft im Garten. Die Katze sitzt auf dem Dach.",
    });
    const view = await getReadingView(owner, textId);
    const { sentence, tokenIndex, token } = findToken(view, "Hund");
    expect(await codeOf(getReadingView(other, textId))).toBe("NOT_FOUND");
    expect(await codeOf(setWordStatus(other, { textId, lexemeId: token.lexemeId!, status: 5 }))).toBe("NOT_FOUND");
    expect(await codeOf(createReaderCard(other, { textId, sentenceIndex: sentence.index, tokenIndex }))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(getWordDetails(other, textId, token.lexemeId!))).toBe("NOT_FOUND");
    expect(await codeOf(saveReadingProgress(other, { textId, sentenceIndex: 1, seconds: 5 }))).toBe("NOT_FOUND");
    expect(await codeOf(finishText(other, { textId, markKnown: true }))).toBe("NOT_FOUND");
    expect((await findLibraryTexts(other)).map((t) => t.id)).not.toContain(textId);
    expect(await codeOf(getReadingView(owner, "unknown-id"))).toBe("NOT_FOUND");
  });

  it("lets an enrolled learner read a text assigned to their class", async () => {
    const teacher = await makeUser("TEACHER");
    const learner = await makeUser();
    const outsider = await makeUser();
    const { textId } = await importText(teacher, {
      content: "Der Hund schläft im Garten. Die Katze sitzt auf dem Dach.",
    });
    const klass = await db.class.create({ data: { name: "8a", joinCode: `C-${teacher.id}`, teacherId: teacher.id } });
    await db.enrollment.create({ data: { classId: klass.id, userId: learner.id } });
    await db.assignment.create({ data: { classId: klass.id, textId } });
    expect((await getReadingView(learner, textId)).text.id).toBe(textId);
    expect(await codeOf(getReadingView(outsider, textId))).toBe("NOT_FOUND");
  });
});

describe("reading progress", () => {
  it("counts words read once, adds time, and finishing marks untouched words known", async () => {
    const learner = await makeUser();
    const { textId } = await importText(learner, {
      content: "Der Hund schläft im Garten. Die Katze sitzt auf dem Dach. Der Vogel singt.",
    });
    const first = await saveReadingProgress(learner, { textId, sentenceIndex: 1, seconds: 30 });
    expect(first).toMatchObject({ maxSentence: 1, wordsRead: 11, secondsSpent: 30 }); // 5 + 6 words
    const back = await saveReadingProgress(learner, { textId, sentenceIndex: 0, seconds: 10 });
    expect(back).toMatchObject({ sentenceIndex: 0, maxSentence: 1, wordsRead: 11, secondsSpent: 40 });
    const view = await getReadingView(learner, textId);
    const { token } = findToken(view, "Katze");
    await setWordStatus(learner, { textId, lexemeId: token.lexemeId!, status: 2 });
    const { markedKnown } = await finishText(learner, { textId, markKnown: true });
    const after = await getReadingView(learner, textId);
    const statuses = Object.values(after.lexemes).map((l) => l.status);
    expect(after.lexemes[token.lexemeId!]!.status).toBe(2);
    expect(statuses.filter((s) => s === 5)).toHaveLength(markedKnown);
    expect(statuses.filter((s) => s === 0)).toHaveLength(0);
    expect(after.progress.finishedAt).not.toBeNull();
  });
});

describe("grammar in the dictionary panel and on review cards (issue 15)", () => {
  it("gives the word panel the lemma's declension and the card's answer side the plural", async () => {
    const owner = await makeUser();
    const { textId } = await importText(owner, { content: "Der Hund schläft im Garten." });
    const view = await getReadingView(owner, textId);
    const { sentence, tokenIndex, token } = findToken(view, "Hund");
    const details = await getWordDetails(owner, textId, token.lexemeId!);
    expect(details.inflection?.caption).toBe("Declension of der Hund");
    expect(details.inflection?.rows.find((r) => r.heading === "dative")?.cells).toEqual(["dem Hund", "den Hunden"]);
    await createReaderCard(owner, { textId, sentenceIndex: sentence.index, tokenIndex });
    const session = await getReviewSession(owner, new Date());
    expect(session.current?.front).toBe("der Hund");
    expect(session.current?.grammar).toBe("plural: die Hunde");
  });
});
