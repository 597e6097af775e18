import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createAssignment } from "@/lib/server/data/create-assignment";
import { deleteAssignment } from "@/lib/server/data/delete-assignment";
import { findClassAssignments } from "@/lib/server/data/find-class-assignments";
import { findAssignableTexts } from "@/lib/server/data/find-assignable-texts";
import { findLearnerAssignments } from "@/lib/server/data/find-learner-assignments";
import { getAssignmentDashboard } from "@/lib/server/data/get-assignment-dashboard";
import { findClassTopLookups } from "@/lib/server/data/find-class-top-lookups";
import { makeUser } from "../../helpers/factories";
import { makeClass, makeText } from "./fixtures";
import { expectAppError } from "../../helpers/expect-app-error";
import { parsed } from "../../helpers/parsed";
import { createAssignmentSchema } from "@/lib/validation/teach";

describe("assignments", () => {
  it("assigns an own or shared text with a due date at the end of that day in the teacher's zone", async () => {
    const teacher = await makeUser("TEACHER", { timeZone: "Europe/Berlin" });
    const klass = await makeClass(teacher);
    const shared = await makeText(null, { isShared: true });
    const own = await makeText(teacher);
    const assignable = (await findAssignableTexts(teacher)).map((t) => t.id);
    expect(assignable).toEqual(expect.arrayContaining([shared.id, own.id]));

    const a = await createAssignment(
      teacher,
      parsed(createAssignmentSchema, {
        classId: klass.id,
        textId: shared.id,
        dueDate: "2025-06-30",
        note: "Read it all",
      }),
    );
    expect(a.dueAt?.toISOString()).toBe("2025-06-30T22:00:00.000Z");
    await createAssignment(teacher, parsed(createAssignmentSchema, { classId: klass.id, textId: own.id }));
    expect((await findClassAssignments(teacher, klass.id)).map((x) => x.textId)).toEqual([shared.id, own.id]);
    await expectAppError(
      () => createAssignment(teacher, parsed(createAssignmentSchema, { classId: klass.id, textId: own.id })),
      "CONFLICT",
    );
  });

  it("refuses foreign classes, another teacher's private text, and bad dates", async () => {
    const teacher = await makeUser("TEACHER");
    const other = await makeUser("TEACHER");
    const klass = await makeClass(teacher);
    const otherText = await makeText(other);
    const shared = await makeText(null, { isShared: true });
    await expectAppError(
      () => createAssignment(teacher, parsed(createAssignmentSchema, { classId: klass.id, textId: otherText.id })),
      "NOT_FOUND",
    );
    await expectAppError(
      () => createAssignment(other, parsed(createAssignmentSchema, { classId: klass.id, textId: shared.id })),
      "NOT_FOUND",
    );
    await expectAppError(
      () =>
        createAssignment(
          teacher,
          parsed(createAssignmentSchema, { classId: klass.id, textId: shared.id, dueDate: "30.06.2025" }),
        ),
      "INVALID_INPUT",
    );
    const a = await createAssignment(teacher, parsed(createAssignmentSchema, { classId: klass.id, textId: shared.id }));
    await expectAppError(deleteAssignment(other, a.id), "NOT_FOUND");
    await deleteAssignment(teacher, a.id);
    await expectAppError(deleteAssignment(teacher, a.id), "NOT_FOUND");
  });

  it("shows learners their class's assignments with their own progress, overdue first-class", async () => {
    const teacher = await makeUser("TEACHER");
    const learner = await makeUser("LEARNER");
    const outsider = await makeUser("LEARNER");
    const klass = await makeClass(teacher, [learner]);
    const text = await makeText(teacher);
    await createAssignment(
      teacher,
      parsed(createAssignmentSchema, { classId: klass.id, textId: text.id, dueDate: "2020-01-01", note: "Old" }),
    );
    const [item] = await findLearnerAssignments(learner);
    expect(item).toMatchObject({ textId: text.id, note: "Old", readRatio: 0, isOverdue: true, isFinished: false });
    expect(await findLearnerAssignments(outsider)).toEqual([]);
    await db.readingProgress.create({
      data: { userId: learner.id, textId: text.id, maxSentence: 1, secondsSpent: 60, finishedAt: new Date() },
    });
    expect((await findLearnerAssignments(learner))[0]).toMatchObject({
      readRatio: 1,
      isFinished: true,
      isOverdue: false,
    });
  });
});

describe("assignment dashboard", () => {
  it("reports each learner's figures for the assigned text only", async () => {
    const teacher = await makeUser("TEACHER");
    const active = await makeUser("LEARNER");
    const idle = await makeUser("LEARNER");
    const klass = await makeClass(teacher, [active, idle]);
    const text = await makeText(teacher);
    const otherText = await makeText(teacher);
    const before = new Date(Date.now() - 60_000);
    // A card from before the assignment does not count as "added".
    await db.card.create({
      data: {
        userId: active.id,
        lexemeId: text.lexemes["groß|ADJ"]!,
        front: "groß",
        back: "big",
        contextText: "x",
        highlight: [],
        due: before,
        createdAt: before,
      },
    });
    const assignment = await createAssignment(
      teacher,
      parsed(createAssignmentSchema, { classId: klass.id, textId: text.id, dueDate: "2020-01-01" }),
    );

    await db.readingProgress.create({ data: { userId: active.id, textId: text.id, maxSentence: 0, secondsSpent: 95 } });
    const einladung = text.lexemes["Einladung|NOUN"]!;
    const haus = text.lexemes["Haus|NOUN"]!;
    await db.lookupEvent.createMany({
      data: [
        { userId: active.id, lexemeId: einladung, textId: text.id },
        { userId: active.id, lexemeId: einladung, textId: text.id },
        { userId: active.id, lexemeId: haus, textId: text.id },
        { userId: active.id, lexemeId: haus, textId: otherText.id },
      ],
    });
    const card = await db.card.create({
      data: {
        userId: active.id,
        lexemeId: einladung,
        front: "die Einladung",
        back: "invitation",
        contextText: "x",
        highlight: [],
        due: new Date(),
      },
    });
    await db.reviewLog.create({
      data: {
        userId: active.id,
        cardId: card.id,
        clientId: "c1",
        rating: "GOOD",
        reviewedAt: new Date(),
        stateBefore: "NEW",
        dueBefore: new Date(),
        stabilityBefore: 0,
        difficultyBefore: 0,
        elapsedDaysBefore: 0,
        scheduledDaysBefore: 0,
        learningStepsBefore: 0,
        repsBefore: 0,
        lapsesBefore: 0,
        stateAfter: "LEARNING",
        dueAfter: new Date(),
        stabilityAfter: 1,
      },
    });
    // Known: Haus (5) and der (ignored, 6); Putin is a name and never counts.
    await db.wordStatus.createMany({
      data: [
        { userId: active.id, lexemeId: haus, status: "KNOWN" },
        { userId: active.id, lexemeId: text.lexemes["der|DET"]!, status: "IGNORED" },
        { userId: active.id, lexemeId: text.lexemes["Putin|PROPN"]!, status: "KNOWN" },
        { userId: active.id, lexemeId: einladung, status: "LEARNING_1" },
      ],
    });

    const dashboard = await getAssignmentDashboard(teacher, assignment.id);
    expect(dashboard.text.wordCount).toBe(6); // annehmen, der, Einladung, Haus, sein, groß
    const rows = new Map(dashboard.rows.map((r) => [r.learnerId, r]));
    // Read: the first sentence (29 of 47 characters) was reached with time enough; the second not reached.
    expect(rows.get(active.id)?.readRatio).toBeCloseTo(29 / 47, 10);
    expect(rows.get(active.id)).toMatchObject({
      secondsSpent: 95,
      wordsLookedUp: 2,
      cardsAdded: 1,
      reviewsDone: 1,
      isOverdue: true,
      isFinished: false,
    });
    expect(rows.get(active.id)?.knownRatio).toBeCloseTo(2 / 6);
    expect(rows.get(idle.id)).toMatchObject({
      readRatio: 0,
      secondsSpent: 0,
      wordsLookedUp: 0,
      cardsAdded: 0,
      reviewsDone: 0,
      knownRatio: 0,
    });

    const top = await findClassTopLookups(teacher, klass.id);
    // The look-up in the unassigned text is not the teacher's business.
    expect(top.map((t) => [t.lemma, t.lookups, t.learners])).toEqual([
      ["Einladung", 2, 1],
      ["Haus", 1, 1],
    ]);
  });

  it("is NOT_FOUND for other teachers, learners and unknown ids", async () => {
    const teacher = await makeUser("TEACHER");
    const learner = await makeUser("LEARNER");
    const klass = await makeClass(teacher, [learner]);
    const text = await makeText(teacher);
    const a = await createAssignment(teacher, parsed(createAssignmentSchema, { classId: klass.id, textId: text.id }));
    await expectAppError(getAssignmentDashboard(await makeUser("TEACHER"), a.id), "NOT_FOUND");
    await expectAppError(getAssignmentDashboard(learner, a.id), "NOT_FOUND");
    await expectAppError(getAssignmentDashboard(teacher, "nope"), "NOT_FOUND");
    await expectAppError(findClassTopLookups(learner, klass.id), "NOT_FOUND");
  });
});
