import { describe, expect, it } from "vitest";
import { createClass } from "@/lib/server/data/create-class";
import { findTaughtClasses } from "@/lib/server/data/find-taught-classes";
import { getClassByJoinCode } from "@/lib/server/data/get-class-by-join-code";
import { joinClass } from "@/lib/server/data/join-class";
import { leaveClass } from "@/lib/server/data/leave-class";
import { findLearnerClasses } from "@/lib/server/data/find-learner-classes";
import { findClassLearners } from "@/lib/server/data/find-class-learners";
import { removeLearner } from "@/lib/server/data/remove-learner";
import { makeUser } from "../../helpers/factories";
import { expectAppError } from "../../helpers/expect-app-error";
import { parsed } from "../../helpers/parsed";
import { createClassSchema, joinCodeSchema } from "@/lib/validation/teach";

describe("classes and join codes", () => {
  it("lets a teacher create a class with a readable join code", async () => {
    const teacher = await makeUser("TEACHER");
    const klass = await createClass(teacher, parsed(createClassSchema, { name: "  Deutsch 7b " }));
    expect(klass.name).toBe("Deutsch 7b");
    expect(klass.joinCode).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    expect((await findTaughtClasses(teacher)).map((c) => c.id)).toEqual([klass.id]);
  });

  it("refuses classes from learners and empty names", async () => {
    await expectAppError(createClass(await makeUser("LEARNER"), { name: "Mine" }), "NOT_FOUND");
    const error = await expectAppError(
      async () => createClass(await makeUser("TEACHER"), parsed(createClassSchema, { name: "  " })),
      "INVALID_INPUT",
    );
    expect(error.fieldErrors?.name?.[0]).toMatch(/name/);
  });

  it("lets a learner preview, join (case-insensitively, twice harmlessly) and leave", async () => {
    const teacher = await makeUser("TEACHER");
    const learner = await makeUser("LEARNER");
    const klass = await createClass(teacher, { name: "B1" });
    const preview = await getClassByJoinCode(learner, klass.joinCode.toLowerCase());
    expect(preview).toMatchObject({ name: "B1", teacherName: "Test TEACHER", isEnrolled: false });
    await joinClass(learner, parsed(joinCodeSchema, ` ${klass.joinCode.toLowerCase()} `));
    await joinClass(learner, klass.joinCode);
    expect((await getClassByJoinCode(learner, klass.joinCode)).isEnrolled).toBe(true);
    expect((await findLearnerClasses(learner)).map((c) => c.name)).toEqual(["B1"]);
    expect((await findClassLearners(teacher, klass.id)).map((l) => l.id)).toEqual([learner.id]);
    expect((await findTaughtClasses(teacher))[0]?.learnerCount).toBe(1);

    await leaveClass(learner, klass.id);
    expect(await findLearnerClasses(learner)).toEqual([]);
    await expectAppError(leaveClass(learner, klass.id), "NOT_FOUND");
  });

  it("answers NOT_FOUND for unknown and malformed codes, and keeps teachers out of classes", async () => {
    const learner = await makeUser("LEARNER");
    await expectAppError(joinClass(learner, "ZZZZ-ZZZZ"), "NOT_FOUND");
    await expectAppError(getClassByJoinCode(learner, "no such code!"), "NOT_FOUND");
    await expectAppError(() => joinClass(learner, parsed(joinCodeSchema, "x")), "INVALID_INPUT");
    const teacher = await makeUser("TEACHER");
    const klass = await createClass(await makeUser("TEACHER"), { name: "Other" });
    await expectAppError(joinClass(teacher, klass.joinCode), "INVALID_INPUT");
  });

  it("lets only the class's teacher list and remove learners", async () => {
    const teacher = await makeUser("TEACHER");
    const other = await makeUser("TEACHER");
    const learner = await makeUser("LEARNER");
    const klass = await createClass(teacher, { name: "C" });
    await joinClass(learner, klass.joinCode);
    await expectAppError(findClassLearners(other, klass.id), "NOT_FOUND");
    await expectAppError(findClassLearners(learner, klass.id), "NOT_FOUND");
    await expectAppError(removeLearner(other, klass.id, learner.id), "NOT_FOUND");
    await removeLearner(teacher, klass.id, learner.id);
    expect(await findClassLearners(teacher, klass.id)).toEqual([]);
    await expectAppError(removeLearner(teacher, klass.id, learner.id), "NOT_FOUND");
  });
});
