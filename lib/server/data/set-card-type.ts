import "server-only";
import { db } from "../db";
import { notFoundError } from "../errors";
import type { Actor } from "../actor";
import type { SetCardTypeInput } from "@/lib/validation/review";
import { ownedCardWhere } from "../access/review-access";

/**
 * Sets which exercise a card uses (AUTO = chosen by maturity). NOT_FOUND for foreign cards.
 *
 * @example
 * await setCardType(actor, { cardId, cardType: "RECALL" });
 */
export async function setCardType(actor: Actor, input: SetCardTypeInput): Promise<void> {
  const { cardId, cardType } = input;
  const updated = await db.card.updateMany({ where: { id: cardId, ...ownedCardWhere(actor) }, data: { cardType } });
  if (updated.count !== 1) throw notFoundError("That card");
}
