// Issue 16: the reader's chapter keys and the audio's follow-along page turn.
import { describe, expect, it } from "vitest";
import { chapterPage, pageOfSentence, pageToFollow } from "@/lib/core/reading/follow-pages";

describe("chapterPage", () => {
  const chapters = [1, 4, 4, 9];
  it.each<[string, number, 1 | -1, number | null]>([
    ["] from the first page opens the next chapter's page", 1, 1, 4],
    ["] skips chapters that start on the same page", 4, 1, 9],
    ["] in the last chapter does nothing", 9, 1, null],
    ["[ inside a chapter goes back to its start", 6, -1, 4],
    ["[ at a chapter's start goes to the one before", 4, -1, 1],
    ["[ on the first page does nothing", 1, -1, null],
  ])("%s", (_name, page, delta, expected) => {
    expect(chapterPage(chapters, page, delta)).toBe(expected);
  });

  it("does nothing for a text without chapters", () => {
    expect(chapterPage([], 3, 1)).toBeNull();
    expect(chapterPage([], 3, -1)).toBeNull();
  });
});

describe("pageOfSentence", () => {
  it.each([
    [0, 1],
    [39, 1],
    [40, 2],
    [94, 2],
    [95, 3],
    [500, 3],
  ])("sentence %i is on page %i", (index, page) => {
    expect(pageOfSentence([0, 40, 95], index)).toBe(page);
  });
});

describe("pageToFollow", () => {
  const starts = [0, 40, 95];
  it("turns to the next page when the audio reaches its first sentence", () => {
    expect(pageToFollow(starts, 39, 40)).toBe(2);
  });
  it("stays while the spoken sentence is on the page", () => {
    expect(pageToFollow(starts, 39, 12)).toBeNull();
    expect(pageToFollow(starts, 39, 39)).toBeNull();
  });
  it("does not pull a learner who went further ahead or further back", () => {
    expect(pageToFollow(starts, 94, 20)).toBeNull();
    expect(pageToFollow(starts, 39, 100)).toBeNull();
  });
});
