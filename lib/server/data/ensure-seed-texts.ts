import "server-only";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { db } from "../db";
import { importText } from "./import-text";

const SEED_DIR = path.join(process.cwd(), "data", "seed");
const translationFileSchema = z.array(z.object({ paragraph: z.number(), de: z.string(), en: z.string() }));

/**
 * Puts the seed article (with its authored English translation) into every
 * library as a shared text, through the same import pipeline as any text.
 * Idempotent: does nothing when it is already there.
 */
export async function ensureSeedTexts(): Promise<{ textId: string; created: boolean }> {
  const existing = await db.text.findFirst({ where: { source: "SEED", isShared: true }, select: { id: true } });
  if (existing) return { textId: existing.id, created: false };
  const content = fs.readFileSync(path.join(SEED_DIR, "seed-article.de.txt"), "utf8");
  const translations = translationFileSchema.parse(
    JSON.parse(fs.readFileSync(path.join(SEED_DIR, "seed-article.en.json"), "utf8")),
  );
  const result = await importText(
    null,
    { content, source: "PASTE" },
    { isShared: true, authoredTranslations: new Map(translations.map((t) => [t.de, t.en])) },
  );
  return { textId: result.textId, created: true };
}
