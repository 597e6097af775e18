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
export function paginate(tokenCounts: readonly number[], pageTokens = PAGE_TOKENS): number[] {
  const pages: number[] = [];
  let page = 1;
  let onPage = 0;
  for (const count of tokenCounts) {
    if (onPage > 0 && onPage + count > pageTokens) {
      page++;
      onPage = 0;
    }
    onPage += count;
    pages.push(page);
  }
  return pages;
}
