// Issue 12 (session 4): a lexeme row is shared by every text, so it keeps the
// context-free gloss; the sense a sentence chose stays on that text's tokens,
// which is what the reader shows.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { importText } from "@/lib/server/data/import-text";
import { getLexicon } from "@/lib/server/lexicon";
import { analyzeText } from "@/lib/core/analyze";
import { lexemeGloss } from "@/lib/core/gloss/lexeme-gloss";
import { makeUser } from "../../helpers/factories";

const HISTORY =
  "Die Geschichte des Mittelalters wird an der Universität gelehrt. Die Studenten lesen viele Quellen aus dieser Zeit. Sie schreiben am Ende eine Arbeit.";
const STORY =
  "Am Abend erzählt die Mutter den Kindern eine spannende Geschichte. Die Kinder hören gut zu und lachen. Danach gehen sie schlafen.";

async function storedGloss(textId: string, word: string): Promise<string | null | undefined> {
  const sentences = await db.sentence.findMany({ where: { textId }, select: { tokens: true } });
  for (const s of sentences) {
    const token = (s.tokens as { text: string; gloss?: string | null }[]).find((t) => t.text === word);
    if (token) return token.gloss;
  }
  return undefined;
}

describe("the gloss of a shared lexeme", () => {
  it("is the context-free gloss whichever text met the word first; each text keeps its own sense", async () => {
    const learner = await makeUser();
    const first = await importText(learner, { content: STORY, title: "Abend" });
    const second = await importText(learner, { content: HISTORY, title: "Mittelalter" });
    const lexicon = getLexicon();
    const row = await db.lexeme.findUnique({ where: { lemma_pos: { lemma: "Geschichte", pos: "NOUN" } } });
    expect(row?.gloss).toBe(lexemeGloss(lexicon, "Geschichte", "NOUN", null));
    for (const [textId, content] of [
      [first.textId, STORY],
      [second.textId, HISTORY],
    ] as const) {
      const inContext = analyzeText(content, lexicon)
        .sentences.flatMap((s) => s.tokens)
        .find((t) => t.text === "Geschichte")?.gloss;
      expect(inContext).toBeTruthy();
      expect(await storedGloss(textId, "Geschichte")).toBe(inContext);
    }
  });
});
