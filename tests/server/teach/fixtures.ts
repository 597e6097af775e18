// A small analysed text written straight to the database (no lexicon needed):
// "Putin nimmt die Einladung an. Das Haus ist groß."
import crypto from "node:crypto";
import { db } from "@/lib/server/db";
import type { Actor } from "@/lib/server/actor";

type Tok = {
  text: string;
  kind: "word" | "punct";
  lemma?: string;
  pos?: string;
  gloss?: string | null;
  gender?: "m" | "f" | "n";
  article?: "der" | "die" | "das";
  key?: string;
  phrase?: { lemma: string; tokenIndexes: number[]; gloss: string };
};

const ANNEHMEN = { lemma: "annehmen", tokenIndexes: [1, 4], gloss: "to accept" };
const SENTENCES: Tok[][] = [
  [
    { text: "Putin", kind: "word", lemma: "Putin", pos: "PROPN", key: "Putin|PROPN" },
    {
      text: "nimmt",
      kind: "word",
      lemma: "nehmen",
      pos: "VERB",
      gloss: "to take",
      phrase: ANNEHMEN,
      key: "annehmen|VERB",
    },
    { text: "die", kind: "word", lemma: "der", pos: "DET", key: "der|DET" },
    {
      text: "Einladung",
      kind: "word",
      lemma: "Einladung",
      pos: "NOUN",
      gloss: "invitation",
      gender: "f",
      article: "die",
      key: "Einladung|NOUN",
    },
    { text: "an", kind: "word", lemma: "an", pos: "ADP", gloss: "to accept", phrase: ANNEHMEN, key: "annehmen|VERB" },
    { text: ".", kind: "punct" },
  ],
  [
    { text: "Das", kind: "word", lemma: "der", pos: "DET", key: "der|DET" },
    {
      text: "Haus",
      kind: "word",
      lemma: "Haus",
      pos: "NOUN",
      gloss: "house",
      gender: "n",
      article: "das",
      key: "Haus|NOUN",
    },
    { text: "ist", kind: "word", lemma: "sein", pos: "AUX", gloss: "to be", key: "sein|AUX" },
    { text: "groß", kind: "word", lemma: "groß", pos: "ADJ", gloss: "big", key: "groß|ADJ" },
    { text: ".", kind: "punct" },
  ],
];
const TRANSLATIONS = ["Putin accepts the invitation.", "The house is big."];

export interface TestText {
  id: string;
  sentenceIds: string[];
  /** lexeme id by "lemma|POS" */
  lexemes: Record<string, string>;
}

/** Creates the text for `owner` (null: a shared installation text). */
export async function makeText(
  owner: Actor | null,
  options: { isShared?: boolean; title?: string } = {},
): Promise<TestText> {
  const lexemes: Record<string, string> = {};
  for (const sentence of SENTENCES) {
    for (const t of sentence) {
      if (!t.key || lexemes[t.key]) continue;
      const [lemma, pos] = t.key.split("|") as [string, string];
      const row = await db.lexeme.upsert({
        where: { lemma_pos: { lemma, pos } },
        update: {},
        create: { lemma, pos, gender: t.gender ?? null, gloss: t.phrase?.gloss ?? t.gloss ?? null },
        select: { id: true },
      });
      lexemes[t.key] = row.id;
    }
  }
  const text = await db.text.create({
    data: {
      ownerId: owner?.id ?? null,
      title: options.title ?? `Test text ${crypto.randomBytes(3).toString("hex")}`,
      source: owner ? "PASTE" : "SEED",
      isShared: options.isShared ?? false,
      sentenceCount: SENTENCES.length,
      wordCount: 9,
      lexemeCount: Object.keys(lexemes).length,
    },
    select: { id: true },
  });
  const counts = new Map<string, number>();
  const sentenceIds: string[] = [];
  let offset = 0;
  for (const [index, sentence] of SENTENCES.entries()) {
    const sentenceStart = offset;
    let content = "";
    const tokens = sentence.map((t, i) => {
      if (i > 0 && t.kind === "word") content += " ";
      const start = sentenceStart + content.length;
      content += t.text;
      const { key, ...rest } = t;
      return { ...rest, start, end: start + t.text.length, ...(key ? { lx: lexemes[key] } : {}) };
    });
    const row = await db.sentence.create({
      data: {
        textId: text.id,
        index,
        paragraph: 0,
        start: sentenceStart,
        end: sentenceStart + content.length,
        content,
        translation: TRANSLATIONS[index] ?? null,
        translationSource: "AUTHORED",
        tokens,
      },
      select: { id: true },
    });
    sentenceIds.push(row.id);
    for (const [tokenIndex, t] of sentence.entries()) {
      if (!t.key) continue;
      if (t.phrase && t.phrase.tokenIndexes[0] !== tokenIndex) continue;
      const lexemeId = lexemes[t.key]!;
      await db.occurrence.create({ data: { lexemeId, sentenceId: row.id, textId: text.id, tokenIndex } });
      counts.set(lexemeId, (counts.get(lexemeId) ?? 0) + 1);
    }
    offset += content.length + 1;
  }
  for (const [lexemeId, count] of counts) await db.textLexeme.create({ data: { textId: text.id, lexemeId, count } });
  return { id: text.id, sentenceIds, lexemes };
}

let codeCounter = 0;
/** A class of `teacher` with `learners` enrolled. */
export async function makeClass(teacher: Actor, learners: Actor[] = []) {
  const klass = await db.class.create({
    data: {
      name: "Test class",
      teacherId: teacher.id,
      joinCode: `T${Date.now().toString(36).toUpperCase()}${codeCounter++}`,
    },
    select: { id: true, joinCode: true },
  });
  for (const learner of learners) await db.enrollment.create({ data: { classId: klass.id, userId: learner.id } });
  return klass;
}
