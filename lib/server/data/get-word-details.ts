import "server-only";
import { db } from "../db";
import { notFoundError } from "../errors";
import { getLexicon } from "../lexicon";
import type { Actor } from "../actor";
import { getReadableText } from "./get-readable-text";
import { lookupEntry, type DictionaryEntry } from "@/lib/core/lexicon/index";
import { inflectionTable, type InflectionTable } from "@/lib/core/grammar/inflection-table";

export interface WordDetails {
  lexemeId: string;
  lemma: string;
  pos: string;
  entry: DictionaryEntry | null;
  /** The lemma's conjugation or declension, null for other words. */
  inflection: InflectionTable | null;
}

/**
 * The full dictionary entry for the dictionary panel. A GET without side
 * effects: whether opening the panel was a look-up is the reader's to judge
 * (isLookup), and it reports look-ups with its progress heartbeat.
 */
export async function getWordDetails(actor: Actor, textId: string, lexemeId: string): Promise<WordDetails> {
  if (typeof textId !== "string" || typeof lexemeId !== "string") throw notFoundError("That word");
  await getReadableText(actor, textId);
  const inText = await db.textLexeme.findUnique({
    where: { textId_lexemeId: { textId, lexemeId } },
    select: { lexeme: { select: { id: true, lemma: true, pos: true } } },
  });
  if (!inText) throw notFoundError("That word");
  const { lexeme } = inText;
  const lexicon = getLexicon();
  const entry = lookupEntry(lexicon, lexeme.lemma, lexeme.pos) ?? lookupEntry(lexicon, lexeme.lemma);
  const inflection = inflectionTable(lexicon, lexeme.lemma, lexeme.pos);
  return { lexemeId, lemma: lexeme.lemma, pos: lexeme.pos, entry, inflection };
}
