import "server-only";
import { sql } from "../db";
import { notFoundError } from "../errors";
import type { Actor } from "../actor";
import { readableTextSql } from "../access/text-access";
import type { TextSource } from "@/generated/prisma/client";

export interface ReadableText {
  id: string;
  title: string;
  ownerId: string;
  sentenceCount: number;
  wordCount: number;
  lexemeCount: number;
  isShared: boolean;
  source: TextSource;
  sourceUrl: string | null;
  pageCount: number;
  version: number;
}

/**
 * A text the actor may read (own, shared, or assigned to a class they are in
 * or teach — the rule of readableTextWhere in ../access/text-access.ts);
 * NOT_FOUND otherwise. One raw statement: this runs on every reader request.
 */
export async function getReadableText(actor: Actor, textId: string): Promise<ReadableText> {
  // A text still being imported (IMPORTING) is nobody's to read yet.
  const [text] = await sql<ReadableText>`
    SELECT t."id", t."title", t."ownerId", t."sentenceCount", t."wordCount", t."lexemeCount", t."isShared",
           t."source"::text AS "source", t."sourceUrl", t."pageCount", t."version"
    FROM "Text" t
    WHERE t."id" = ${textId} AND t."status" = 'READY' AND ${readableTextSql(actor)}`;
  if (!text) throw notFoundError("That text");
  return text;
}
