import "server-only";
import type { Actor } from "../actor";
import { loadReviewQueue } from "./load-review-queue";

/**
 * Cards the actor would see in a review session right now (daily limits
 * applied), for the header badge.
 *
 * @example
 * const due = await countDueCards(actor); // 12
 */
export async function countDueCards(actor: Actor, now: Date = new Date()): Promise<number> {
  const { queue } = await loadReviewQueue(actor, now);
  return queue.items.length;
}
