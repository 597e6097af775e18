/**
 * Which reader page to open for a book's chapter keys and for audio that plays on past the page: pure, so
 * the reader's page turns are tested without a browser.
 */

/**
 * The page a chapter key opens: ] the first chapter starting after this page, [ the start of the chapter
 * this page is in (or the one before when the page is that start); null when there is none.
 *
 * @example
 * chapterPage([1, 4, 9], 5, 1); // 9
 * chapterPage([1, 4, 9], 5, -1); // 4
 */
export function chapterPage(sectionPages: readonly number[], page: number, delta: 1 | -1): number | null {
  if (delta === 1) return sectionPages.find((p) => p > page) ?? null;
  const earlier = sectionPages.filter((p) => p < page);
  return earlier.length > 0 ? earlier[earlier.length - 1]! : null;
}

/**
 * The page (1-based) a sentence is on, from each page's first sentence index (ascending).
 *
 * @example
 * pageOfSentence([0, 40, 95], 41); // 2
 */
export function pageOfSentence(pageStarts: readonly number[], sentenceIndex: number): number {
  let page = 1;
  pageStarts.forEach((start, i) => {
    if (start <= sentenceIndex) page = i + 1;
  });
  return page;
}

/**
 * Follow-along: the page to turn to when the audio reaches `speaking` while the reader shows sentences up
 * to `lastShown` — the next page only (a learner who went elsewhere is not pulled back), else null.
 *
 * @example
 * pageToFollow([0, 40, 95], 39, 40); // 2
 * pageToFollow([0, 40, 95], 39, 96); // null: two pages on
 */
export function pageToFollow(pageStarts: readonly number[], lastShown: number, speaking: number): number | null {
  if (speaking <= lastShown) return null;
  const shownPage = pageOfSentence(pageStarts, lastShown);
  const next = pageOfSentence(pageStarts, speaking);
  return next === shownPage + 1 ? next : null;
}
