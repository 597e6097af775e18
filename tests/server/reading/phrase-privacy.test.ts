// Issue 14: saving a phrase wrote the learner's own meaning into the shared
// dictionary row (Lexeme.gloss), where other learners saw it and where it
// outlived the learner's account. A meaning is the learner's alone.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { savePhrase } from "@/lib/server/data/save-phrase";
import { importText } from "@/lib/server/data/import-text";
import { deleteAccount } from "@/lib/server/data/delete-account";
import { makeUser, TEST_PASSWORD } from "../../helpers/factories";

/** Rows anywhere in the database whose text contains `needle`, by table. */
async function rowsContaining(needle: string): Promise<Record<string, number>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name::text AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`;
  const found: Record<string, number> = {};
  for (const { name } of tables) {
    const rows = await db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "${name}" t WHERE t::text LIKE $1`,
      `%${needle}%`,
    );
    if ((rows[0]?.n ?? 0) > 0) found[name] = rows[0]!.n;
  }
  return found;
}

describe("phrase meanings are private to their learner", () => {
  it("another learner saving the same phrase never sees the first one's meaning, and deletion removes it", async () => {
    const owner = await makeUser("TEACHER");
    const { textId } = await importText(owner, { content: "Wir treffen uns im Falle eines Falles am Bahnhof." });
    await db.text.update({ where: { id: textId }, data: { isShared: true } });
    const [a, b] = [await makeUser(), await makeUser()];
    const secret = `private-note-${Date.now()}`;

    const saved = await savePhrase(a, { textId, sentenceIndex: 0, tokenIndexes: [3, 4], meaning: secret });
    const lexeme = await db.lexeme.findUniqueOrThrow({ where: { id: saved.lexemeId } });
    expect(lexeme.gloss).not.toContain(secret);
    expect(await db.card.findFirstOrThrow({ where: { userId: a.id, lexemeId: lexeme.id } })).toMatchObject({
      back: secret,
      userMeaning: secret,
    });

    const other = await savePhrase(b, { textId, sentenceIndex: 0, tokenIndexes: [3, 4] });
    expect(other.lexemeId).toBe(saved.lexemeId);
    const card = await db.card.findFirstOrThrow({ where: { userId: b.id, lexemeId: lexeme.id } });
    expect(JSON.stringify(card)).not.toContain(secret);

    expect(Object.keys(await rowsContaining(secret)).sort()).toEqual(["Card", "WordStatus"]);
    await deleteAccount(a, { password: TEST_PASSWORD });
    expect(await rowsContaining(secret)).toEqual({});
    // B still has the phrase (shared row kept for them).
    expect(await db.lexeme.count({ where: { id: saved.lexemeId } })).toBe(1);
  });

  it("deleting a learner removes a phrase only they saved, with its wording from their own text", async () => {
    const a = await makeUser();
    const words = `Zauberwort${Date.now().toString(36)}`;
    const { textId } = await importText(a, { content: `Mein ${words} bleibt heute geheim.` });
    const saved = await savePhrase(a, { textId, sentenceIndex: 0, tokenIndexes: [1, 2], meaning: "mine" });
    expect((await db.lexeme.findUniqueOrThrow({ where: { id: saved.lexemeId } })).lemma).toContain(words);
    await deleteAccount(a, { password: TEST_PASSWORD });
    expect(await db.lexeme.count({ where: { id: saved.lexemeId } })).toBe(0);
  });
});
