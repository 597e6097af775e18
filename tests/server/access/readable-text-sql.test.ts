// The reader's hot path checks access with raw SQL (readableTextSql, correctionClassSql); every other
// read uses the Prisma filters (readableTextWhere, correctionClassWhere). They must say the same thing.
import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/server/db";
import type { Actor } from "@/lib/server/actor";
import { readableTextSql, readableTextWhere } from "@/lib/server/access/text-access";
import { correctionClassSql, correctionClassWhere } from "@/lib/server/access/class-access";
import { makeUser } from "../../helpers/factories";
import { makeClass, makeText } from "../teach/fixtures";

async function world() {
  const teacher = await makeUser("TEACHER");
  const otherTeacher = await makeUser("TEACHER");
  const learner = await makeUser("LEARNER");
  const outsider = await makeUser("LEARNER");
  const owner = await makeUser("LEARNER");
  const klass = await makeClass(teacher, [learner]);
  const otherClass = await makeClass(otherTeacher, [outsider]);
  const privateText = await makeText(owner, { title: "Private" });
  const assigned = await makeText(owner, { title: "Assigned" });
  const shared = await makeText(null, { isShared: true, title: "Shared" });
  const unassigned = await makeText(otherTeacher, { title: "Teacher's own" });
  await db.assignment.create({ data: { classId: klass.id, textId: assigned.id } });
  await db.assignment.create({ data: { classId: otherClass.id, textId: shared.id } });
  return {
    actors: [teacher, otherTeacher, learner, outsider, owner] as Actor[],
    texts: [privateText, assigned, shared, unassigned].map((t) => t.id),
    classes: [klass.id, otherClass.id],
  };
}

describe("raw SQL access rules agree with the Prisma filters", () => {
  it("readableTextSql admits exactly the texts readableTextWhere admits, for owners, teachers, learners and outsiders", async () => {
    const { actors, texts } = await world();
    let admitted = 0;
    for (const actor of actors) {
      const byPrisma = await db.text.findMany({
        where: { id: { in: texts }, ...readableTextWhere(actor) },
        select: { id: true },
      });
      const bySql = await db.$queryRaw<{ id: string }[]>`
        SELECT t."id" FROM "Text" t WHERE t."id" IN (${Prisma.join(texts)}) AND ${readableTextSql(actor)}`;
      expect(bySql.map((r) => r.id).sort()).toEqual(byPrisma.map((r) => r.id).sort());
      admitted += bySql.length;
    }
    // Not vacuous: some pairs are admitted and some refused.
    expect(admitted).toBeGreaterThan(0);
    expect(admitted).toBeLessThan(actors.length * texts.length);
  });

  it("correctionClassSql admits exactly the classes correctionClassWhere admits for each text", async () => {
    const { actors, texts, classes } = await world();
    let admitted = 0;
    for (const actor of actors) {
      for (const textId of texts) {
        const byPrisma = await db.class.findMany({
          where: { id: { in: classes }, ...correctionClassWhere(actor, textId) },
          select: { id: true },
        });
        const bySql = await db.$queryRaw<{ id: string }[]>`
          SELECT c."id" FROM "Class" c WHERE c."id" IN (${Prisma.join(classes)}) AND ${correctionClassSql(actor, textId)}`;
        expect(bySql.map((r) => r.id).sort()).toEqual(byPrisma.map((r) => r.id).sort());
        admitted += bySql.length;
      }
    }
    expect(admitted).toBeGreaterThan(0);
    expect(admitted).toBeLessThan(actors.length * texts.length * classes.length);
  });
});
