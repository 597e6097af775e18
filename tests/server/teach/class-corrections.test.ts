// Issue 18: teachers could not correct a shared text they assigned (the seed article): /teach/texts/<id> answered 404.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { getTextForEditing } from "@/lib/server/data/get-text-for-editing";
import { updateGlossOverride } from "@/lib/server/data/update-gloss-override";
import { updateSentenceTranslation } from "@/lib/server/data/update-sentence-translation";
import { getReadingView } from "@/lib/server/data/get-reading-view";
import { createReaderCard } from "@/lib/server/data/create-reader-card";
import { expandSentences } from "@/lib/core/reading/reader-payload";
import { makeUser } from "../../helpers/factories";
import { expectAppError } from "../../helpers/expect-app-error";
import { makeClass, makeText } from "./fixtures";
import { chosenPart } from "../../helpers/second-sense";

async function makeSharedAssignment() {
  const teacher = await makeUser("TEACHER");
  const otherTeacher = await makeUser("TEACHER");
  const learner = await makeUser("LEARNER");
  const outsider = await makeUser("LEARNER");
  const klass = await makeClass(teacher, [learner]);
  const otherClass = await makeClass(otherTeacher, [outsider]);
  const text = await makeText(null, { isShared: true, title: "Shared article" });
  await db.assignment.create({ data: { classId: klass.id, textId: text.id } });
  await db.assignment.create({ data: { classId: otherClass.id, textId: text.id } });
  return { teacher, otherTeacher, learner, outsider, klass, otherClass, text };
}

function glossOf(view: Awaited<ReturnType<typeof getReadingView>>, lexemeId: string) {
  return view.lexemes[lexemeId]?.gloss;
}

describe("class-scoped corrections", () => {
  it("a teacher corrects a gloss and a translation of a shared text for their class only", async () => {
    const { teacher, learner, outsider, klass, text } = await makeSharedAssignment();
    const haus = text.lexemes["Haus|NOUN"]!;
    const sentenceId = text.sentenceIds[1]!;
    await updateGlossOverride(teacher, { textId: text.id, classId: klass.id, lexemeId: haus, gloss: "building" });
    await updateSentenceTranslation(teacher, {
      textId: text.id,
      classId: klass.id,
      sentenceId,
      translation: "The building is big.",
    });

    const editing = await getTextForEditing(teacher, text.id, klass.id);
    expect(editing.klass?.id).toBe(klass.id);
    expect(editing.words.find((w) => w.lexemeId === haus)).toMatchObject({ override: "building" });
    expect(editing.sentences[1]).toMatchObject({ translation: "The building is big.", translationSource: "TEACHER" });

    const learnerView = await getReadingView(learner, text.id);
    expect(glossOf(learnerView, haus)).toBe("building");
    expect(learnerView.sentences[1]?.translation).toBe("The building is big.");
    // The hover reads the expanded token's gloss: it must show the correction too.
    const hovered = expandSentences(learnerView.sentences, learnerView.lexemes)[1]?.tokens.find(
      (t) => t.lexemeId === haus,
    );
    expect(hovered?.gloss).toBe("building");

    const outsiderView = await getReadingView(outsider, text.id);
    expect(chosenPart(glossOf(outsiderView, haus), "house")).toBe("house");
    expect(outsiderView.sentences[1]?.translation).toBe("The house is big.");
    expect(JSON.stringify(outsiderView)).not.toContain("building");
    // The shared text itself is unchanged.
    expect((await db.sentence.findUniqueOrThrow({ where: { id: sentenceId } })).translation).toBe("The house is big.");

    // A card made in the class carries the class's gloss.
    const card = await createReaderCard(learner, { textId: text.id, sentenceIndex: 1, tokenIndex: 1 });
    expect((await db.card.findUniqueOrThrow({ where: { id: card.cardId } })).back).toBe("building");

    // Emptying the correction brings the original back.
    await updateGlossOverride(teacher, { textId: text.id, classId: klass.id, lexemeId: haus, gloss: "" });
    expect(chosenPart(glossOf(await getReadingView(learner, text.id), haus), "house")).toBe("house");
  });

  it("refuses a teacher of another class, a class the text isn't assigned to, and learners", async () => {
    const { teacher, otherTeacher, learner, klass, otherClass, text } = await makeSharedAssignment();
    const haus = text.lexemes["Haus|NOUN"]!;
    const unassigned = await makeClass(teacher);
    for (const [actor, classId] of [
      [otherTeacher, klass.id],
      [teacher, otherClass.id],
      [teacher, unassigned.id],
      [learner, klass.id],
    ] as const) {
      await expectAppError(
        updateGlossOverride(actor, { textId: text.id, classId, lexemeId: haus, gloss: "x" }),
        "NOT_FOUND",
      );
      await expectAppError(
        updateSentenceTranslation(actor, {
          textId: text.id,
          classId,
          sentenceId: text.sentenceIds[0]!,
          translation: "x",
        }),
        "NOT_FOUND",
      );
      await expectAppError(getTextForEditing(actor, text.id, classId), "NOT_FOUND");
    }
    expect(await db.classGlossCorrection.count({ where: { textId: text.id } })).toBe(0);
    expect(await db.classTranslationCorrection.count({ where: { textId: text.id } })).toBe(0);
    // Without a class, a shared text has no owner to correct it.
    await expectAppError(getTextForEditing(teacher, text.id), "NOT_FOUND");
  });

  it("stops showing a class's corrections once the assignment is withdrawn or the learner leaves", async () => {
    const { teacher, learner, klass, text } = await makeSharedAssignment();
    const haus = text.lexemes["Haus|NOUN"]!;
    await updateGlossOverride(teacher, { textId: text.id, classId: klass.id, lexemeId: haus, gloss: "building" });
    await db.enrollment.delete({ where: { classId_userId: { classId: klass.id, userId: learner.id } } });
    expect(chosenPart(glossOf(await getReadingView(learner, text.id), haus), "house")).toBe("house");
    await db.enrollment.create({ data: { classId: klass.id, userId: learner.id } });
    expect(glossOf(await getReadingView(learner, text.id), haus)).toBe("building");
    await db.assignment.deleteMany({ where: { classId: klass.id, textId: text.id } });
    expect(chosenPart(glossOf(await getReadingView(learner, text.id), haus), "house")).toBe("house");
  });
});
