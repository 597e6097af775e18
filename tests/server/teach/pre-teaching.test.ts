import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createAssignment } from "@/lib/server/data/create-assignment";
import { findPreTeachingWords } from "@/lib/server/data/find-pre-teaching-words";
import { pushPreTeachingCards } from "@/lib/server/data/push-pre-teaching-cards";
import { makeUser } from "../../helpers/factories";
import { makeClass, makeText } from "./fixtures";
import { expectAppError } from "../../helpers/expect-app-error";
import { parsed } from "../../helpers/parsed";
import { createAssignmentSchema, pushPreTeachingSchema } from "@/lib/validation/teach";

async function setUp() {
  const teacher = await makeUser("TEACHER");
  const a = await makeUser("LEARNER");
  const b = await makeUser("LEARNER");
  const c = await makeUser("LEARNER");
  const klass = await makeClass(teacher, [a, b, c]);
  const text = await makeText(teacher);
  const assignment = await createAssignment(
    teacher,
    parsed(createAssignmentSchema, { classId: klass.id, textId: text.id }),
  );
  return { teacher, learners: [a, b, c] as const, klass, text, assignment };
}

describe("pre-teaching", () => {
  it("lists content words most learners don't know, most frequent first, without names or function words", async () => {
    const { teacher, learners, text, assignment } = await setUp();
    // Two of three know "Haus": not a majority who don't know it any more.
    await db.wordStatus.createMany({
      data: [
        { userId: learners[0].id, lexemeId: text.lexemes["Haus|NOUN"]!, status: "KNOWN" },
        { userId: learners[1].id, lexemeId: text.lexemes["Haus|NOUN"]!, status: "IGNORED" },
        { userId: learners[0].id, lexemeId: text.lexemes["groß|ADJ"]!, status: "KNOWN" },
      ],
    });
    await db.textLexeme.update({
      where: { textId_lexemeId: { textId: text.id, lexemeId: text.lexemes["groß|ADJ"]! } },
      data: { count: 3 },
    });
    const { learnerCount, words } = await findPreTeachingWords(teacher, assignment.id);
    expect(learnerCount).toBe(3);
    expect(words.map((w) => [w.lemma, w.count, w.unknownCount])).toEqual([
      ["groß", 3, 2],
      ["annehmen", 1, 3],
      ["Einladung", 1, 3],
    ]);
  });

  it("pushes each word once to every learner as a new TEACHER card with context from the text", async () => {
    const { teacher, learners, text, assignment } = await setUp();
    const einladung = text.lexemes["Einladung|NOUN"]!;
    const annehmen = text.lexemes["annehmen|VERB"]!;
    // Learner A already has a card for Einladung: it stays as it is.
    await db.card.create({
      data: {
        userId: learners[0].id,
        lexemeId: einladung,
        front: "mine",
        back: "mine",
        contextText: "x",
        highlight: [],
        due: new Date(),
      },
    });
    await db.glossOverride.create({ data: { textId: text.id, lexemeId: einladung, gloss: "invitation (formal)" } });
    const now = new Date("2025-06-10T08:00:00Z");

    const first = await pushPreTeachingCards(
      teacher,
      { assignmentId: assignment.id, lexemeIds: [einladung, annehmen, einladung] },
      now,
    );
    expect(first).toEqual({ created: 5, learnerCount: 3, wordCount: 2 });
    const again = await pushPreTeachingCards(
      teacher,
      { assignmentId: assignment.id, lexemeIds: [einladung, annehmen] },
      now,
    );
    expect(again.created).toBe(0);

    const card = await db.card.findUniqueOrThrow({
      where: { userId_lexemeId: { userId: learners[1].id, lexemeId: einladung } },
    });
    expect(card).toMatchObject({
      front: "die Einladung",
      back: "invitation (formal)",
      contextText: "Putin nimmt die Einladung an.",
      contextTranslation: "Putin accepts the invitation.",
      highlight: [{ start: 16, end: 25 }],
      origin: "TEACHER",
      assignmentId: assignment.id,
      state: "NEW",
      sentenceId: text.sentenceIds[0],
    });
    expect(card.due.toISOString()).toBe(now.toISOString());
    const verb = await db.card.findUniqueOrThrow({
      where: { userId_lexemeId: { userId: learners[2].id, lexemeId: annehmen } },
    });
    expect(verb.front).toBe("annehmen");
    expect(verb.highlight).toEqual([
      { start: 6, end: 11 },
      { start: 26, end: 28 },
    ]);
    expect(
      (await db.card.findUniqueOrThrow({ where: { userId_lexemeId: { userId: learners[0].id, lexemeId: einladung } } }))
        .front,
    ).toBe("mine");
    const status = await db.wordStatus.findUniqueOrThrow({
      where: { userId_lexemeId: { userId: learners[2].id, lexemeId: annehmen } },
    });
    expect(status).toMatchObject({ status: "LEARNING_1", isManual: false });
    // Each new status is one event (new → learning) at the push; pushing again adds none.
    const events = await db.wordStatusEvent.findMany({
      where: { userId: { in: learners.map((l) => l.id) } },
      select: { userId: true, lexemeId: true, fromStatus: true, toStatus: true, at: true },
    });
    expect(events).toHaveLength(6);
    expect(
      events.every(
        (e) => e.fromStatus === "NEW" && e.toStatus === "LEARNING_1" && e.at.toISOString() === now.toISOString(),
      ),
    ).toBe(true);
    expect(new Set(events.map((e) => `${e.userId}|${e.lexemeId}`)).size).toBe(6);
  });

  it("keeps a status the learner set and writes no event for it", async () => {
    const { teacher, learners, text, assignment } = await setUp();
    const einladung = text.lexemes["Einladung|NOUN"]!;
    await db.wordStatus.create({ data: { userId: learners[0].id, lexemeId: einladung, status: "KNOWN" } });
    await pushPreTeachingCards(teacher, { assignmentId: assignment.id, lexemeIds: [einladung] });
    const kept = await db.wordStatus.findUniqueOrThrow({
      where: { userId_lexemeId: { userId: learners[0].id, lexemeId: einladung } },
    });
    expect(kept.status).toBe("KNOWN");
    expect(await db.wordStatusEvent.count({ where: { userId: learners[0].id } })).toBe(0);
    expect(
      await db.wordStatusEvent.count({
        where: { userId: { in: [learners[1].id, learners[2].id] }, lexemeId: einladung },
      }),
    ).toBe(2);
  });

  it("refuses other teachers, learners, words not in the text, function words and empty selections", async () => {
    const { teacher, learners, text, assignment } = await setUp();
    const other = await makeUser("TEACHER");
    const einladung = text.lexemes["Einladung|NOUN"]!;
    await expectAppError(
      pushPreTeachingCards(other, { assignmentId: assignment.id, lexemeIds: [einladung] }),
      "NOT_FOUND",
    );
    await expectAppError(
      pushPreTeachingCards(learners[0], { assignmentId: assignment.id, lexemeIds: [einladung] }),
      "NOT_FOUND",
    );
    await expectAppError(findPreTeachingWords(other, assignment.id), "NOT_FOUND");
    const foreign = await db.lexeme.create({ data: { lemma: `Fremdwort${Date.now()}`, pos: "NOUN" } });
    await expectAppError(
      pushPreTeachingCards(teacher, { assignmentId: assignment.id, lexemeIds: [foreign.id] }),
      "NOT_FOUND",
    );
    await expectAppError(
      pushPreTeachingCards(teacher, { assignmentId: assignment.id, lexemeIds: [text.lexemes["der|DET"]!] }),
      "NOT_FOUND",
    );
    await expectAppError(
      () =>
        pushPreTeachingCards(teacher, parsed(pushPreTeachingSchema, { assignmentId: assignment.id, lexemeIds: [] })),
      "INVALID_INPUT",
    );
    expect(await db.card.count({ where: { assignmentId: assignment.id } })).toBe(0);
  });
});
