// Data ownership: a learner exports all their data and deletes their account;
// after deletion no row references them, and other users' data is untouched.
import { describe, expect, it } from "vitest";
import { exportUserData } from "@/lib/server/data/export-user-data";
import { deleteAccount, DELETE_CONFIRM_LIMIT } from "@/lib/server/data/delete-account";
import { answerReview } from "@/lib/server/data/answer-review";
import { importText } from "@/lib/server/data/import-text";
import { createClass } from "@/lib/server/data/create-class";
import { db } from "@/lib/server/db";
import { makeUser, TEST_PASSWORD } from "../../helpers/factories";
import { makeCard, newClientId } from "../review/factories";
import { expectAppError } from "../../helpers/expect-app-error";

const GERMAN =
  "Der Hund schläft im Garten. Am Morgen trinkt meine Schwester gern einen Kaffee mit Milch. Wir fahren im Sommer mit dem Zug an die Ostsee.";

/** Rows in every table that points at a user. */
async function rowsReferencing(userId: string): Promise<Record<string, number>> {
  const rows = await db.$queryRaw<{ table_name: string; column_name: string }[]>`
    SELECT kcu.table_name::text AS table_name, kcu.column_name::text AS column_name
    FROM information_schema.table_constraints tc
    JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
    JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
    WHERE tc.constraint_type = 'FOREIGN KEY' AND ccu.table_name = 'User' AND tc.table_schema = current_schema()`;
  expect(rows.length).toBeGreaterThan(10);
  const counts: Record<string, number> = {};
  for (const { table_name, column_name } of rows) {
    const result = await db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "${table_name}" WHERE "${column_name}" = $1`,
      userId,
    );
    counts[`${table_name}.${column_name}`] = result[0]?.n ?? 0;
  }
  counts["User.id"] = await db.user.count({ where: { id: userId } });
  return counts;
}

async function makeBusyLearner() {
  const learner = await makeUser();
  const card = await makeCard(learner);
  await answerReview(learner, { cardId: card.id, clientId: newClientId(), rating: "good" });
  const { textId } = await importText(learner, { content: GERMAN, title: "Mein Text" });
  return { learner, card, textId };
}

describe("export", () => {
  it("contains the learner's own data and never the password hash or others' data", async () => {
    const { learner, card, textId } = await makeBusyLearner();
    const other = await makeBusyLearner();
    const data = await exportUserData(learner);
    expect(data.profile).toMatchObject({ id: learner.id, email: learner.email });
    expect(data.cards.map((c) => c.id)).toEqual([card.id]);
    expect(data.reviewLogs).toHaveLength(1);
    expect(data.texts.map((t) => t.id)).toEqual([textId]);
    expect(data.texts[0]?.sentences.length).toBeGreaterThan(0);
    const json = JSON.stringify(data);
    expect(json).not.toMatch(/passwordHash|argon2/);
    expect(json).not.toContain(other.learner.id);
    expect(json).not.toContain(other.card.id);
    expect(JSON.parse(json)).toMatchObject({ format: "lesefluss-export", version: 2 });
  });
});

describe("account deletion", () => {
  it("with the right password removes every row that references the user, and only those", async () => {
    const { learner, textId } = await makeBusyLearner();
    const teacher = await makeUser("TEACHER");
    await createClass(teacher, { name: "Bleibt" });
    const other = await makeBusyLearner();
    expect(Object.values(await rowsReferencing(learner.id)).some((n) => n > 0)).toBe(true);

    await expect(deleteAccount(learner, { password: TEST_PASSWORD })).resolves.toEqual({ deletedUserId: learner.id });

    const left = await rowsReferencing(learner.id);
    expect(Object.entries(left).filter(([, n]) => n > 0)).toEqual([]);
    expect(await db.text.count({ where: { id: textId } })).toBe(0);
    expect(await db.sentence.count({ where: { textId } })).toBe(0);
    // Other accounts keep everything.
    expect(await db.card.count({ where: { userId: other.learner.id } })).toBe(1);
    expect(await db.text.count({ where: { id: other.textId } })).toBe(1);
    expect(await db.class.count({ where: { teacherId: teacher.id } })).toBe(1);
  });

  it("a teacher's deletion removes their classes and the learners' enrollments, not the learners", async () => {
    const teacher = await makeUser("TEACHER");
    const { classId } = await createClass(teacher, { name: "Weg" }).then((c) => ({ classId: c.id }));
    await deleteAccount(teacher, { password: TEST_PASSWORD });
    expect(await db.class.count({ where: { id: classId } })).toBe(0);
    expect(Object.values(await rowsReferencing(teacher.id)).every((n) => n === 0)).toBe(true);
  });

  it("wrong passwords are refused and rate limited", async () => {
    const learner = await makeUser();
    for (let i = 0; i < DELETE_CONFIRM_LIMIT.attempts; i++) {
      await expectAppError(deleteAccount(learner, { password: `wrong-${i}` }), "INVALID_INPUT");
    }
    await expectAppError(deleteAccount(learner, { password: TEST_PASSWORD }), "RATE_LIMITED");
    expect(await db.user.count({ where: { id: learner.id } })).toBe(1);
  });
});
