/** Most tokens on one reader page; sentences are never split across pages. */
export const PAGE_TOKENS = 1_000;

/**
 * The reader page (1-based) of each sentence, given each sentence's token
 * count: pages are filled in order and a sentence that would take a page past
 * `pageTokens` starts the next one. Sentences are bounded by
 * MAX_SENTENCE_TOKENS (lib/core/text/split-sentences.ts), so no page holds
 * more than `pageTokens` tokens, whatever the text.
 *
 * @example
 * paginate([600, 300, 200, 900], 1_000); // → [1, 1, 2, 3]
 */
export function paginate(
  tokenCounts: readonly number[],
  pageTokens = PAGE_TOKENS,
  /** Sentences that start a page whatever room is left (a book's chapters). */
  pageStarts: ReadonlySet<number> = new Set(),
): number[] {
  const pages: number[] = [];
  let page = 1;
  let onPage = 0;
  for (const [i, count] of tokenCounts.entries()) {
    if (onPage > 0 && (onPage + count > pageTokens || pageStarts.has(i))) {
      page++;
      onPage = 0;
    }
    onPage += count;
    pages.push(page);
  }
  return pages;
}
