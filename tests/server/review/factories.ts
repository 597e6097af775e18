// Card factory for review tests: cards as the reader creates them (state new,
// due = creation time), written straight to the database.
import crypto from "node:crypto";
import type { CardState } from "@/generated/prisma/enums";
import { db } from "@/lib/server/db";
import type { Actor } from "@/lib/server/actor";

export async function makeLexeme(lemma = `wort-${crypto.randomBytes(5).toString("hex")}`, gloss = "word") {
  return db.lexeme.create({ data: { lemma, pos: "NOUN", gender: "f", gloss }, select: { id: true, lemma: true } });
}

export interface CardOverrides {
  front?: string;
  back?: string;
  contextText?: string;
  contextTranslation?: string | null;
  highlight?: { start: number; end: number }[];
  cardType?: "AUTO" | "RECOGNITION" | "RECALL" | "CLOZE";
  due?: Date;
  state?: CardState;
  stability?: number;
  difficulty?: number;
  reps?: number;
  lapses?: number;
  lastReview?: Date | null;
  createdAt?: Date;
}

export async function makeCard(actor: Actor, overrides: CardOverrides = {}) {
  const lexeme = await makeLexeme();
  const created = overrides.createdAt ?? new Date("2025-06-10T06:00:00Z");
  return db.card.create({
    data: {
      userId: actor.id,
      lexemeId: lexeme.id,
      front: overrides.front ?? "die Einladung",
      back: overrides.back ?? "invitation",
      contextText: overrides.contextText ?? "Wladimir Putin nimmt die Einladung an.",
      contextTranslation:
        overrides.contextTranslation === undefined
          ? "Vladimir Putin accepts the invitation."
          : overrides.contextTranslation,
      highlight: overrides.highlight ?? [{ start: 25, end: 34 }],
      cardType: overrides.cardType ?? "AUTO",
      due: overrides.due ?? created,
      state: overrides.state ?? "NEW",
      stability: overrides.stability ?? 0,
      difficulty: overrides.difficulty ?? 0,
      reps: overrides.reps ?? 0,
      lapses: overrides.lapses ?? 0,
      lastReview: overrides.lastReview ?? null,
      createdAt: created,
    },
  });
}

export async function makeCards(actor: Actor, count: number, overrides: CardOverrides = {}) {
  const cards = [];
  for (let i = 0; i < count; i++) cards.push(await makeCard(actor, overrides));
  return cards;
}

export function newClientId(): string {
  return crypto.randomUUID();
}
