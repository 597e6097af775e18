// Issue 18: "words looked up" counted marking a word known and never a hover; a short text was "100 % read"
// after 3 seconds; the pre-teaching list preselected names ("das Russland", "USA").
import { describe, expect, it } from "vitest";
import {
  HOVER_LOOKUP_MIN_MS,
  MIN_READING_MS_PER_CHAR,
  computeReadShare,
  isLookup,
  isPreTeachCandidate,
  minReadingMs,
  type LookupSignal,
} from "@/lib/core/progress/figure-definitions";

describe("isLookup", () => {
  it.each<[string, LookupSignal, boolean]>([
    ["a hover long enough to read the gloss", { kind: "hover", durationMs: HOVER_LOOKUP_MIN_MS }, true],
    ["the mouse passing over a word", { kind: "hover", durationMs: HOVER_LOOKUP_MIN_MS - 1 }, false],
    [
      "opening the panel only to mark the word known",
      { kind: "panel", durationMs: 5000, changedStatus: true, usedPanel: false },
      false,
    ],
    [
      "opening the panel and reading the entry",
      { kind: "panel", durationMs: 2500, changedStatus: false, usedPanel: false },
      true,
    ],
    [
      "opening the panel, adding a card and setting a status",
      { kind: "panel", durationMs: 600, changedStatus: true, usedPanel: true },
      true,
    ],
    ["a panel closed at once", { kind: "panel", durationMs: 200, changedStatus: false, usedPanel: false }, false],
    ["a broken duration", { kind: "hover", durationMs: Number.NaN }, false],
    [
      "a focused word held long, then marked known with K",
      { kind: "hover", durationMs: HOVER_LOOKUP_MIN_MS * 4, changedStatus: true },
      false,
    ],
  ])("%s → %s", (_name, signal, expected) => {
    expect(isLookup(signal)).toBe(expected);
  });
});

describe("computeReadShare", () => {
  const lengths = [60, 60, 60, 60];
  const perSentenceSeconds = minReadingMs(60) / 1000;

  it("does not count a short text read after 3 seconds on screen", () => {
    // Regression: reaching the last sentence made the whole text "read".
    expect(computeReadShare(lengths, 3, 3)).toBeLessThan(1);
    expect(computeReadShare(lengths, 3, 3)).toBe(0.5);
  });

  it("counts a sentence once the time spent covers its length", () => {
    expect(computeReadShare(lengths, 3, perSentenceSeconds * 4)).toBe(1);
    expect(computeReadShare(lengths, 3, perSentenceSeconds * 4 - 0.01)).toBe(0.75);
  });

  it("never counts sentences beyond the furthest one reached, whatever the time", () => {
    expect(computeReadShare(lengths, 1, 3600)).toBe(0.5);
  });

  it("weights sentences by their length", () => {
    // 20 + 100 characters: time for the short one only reads 1/6 of the text.
    expect(computeReadShare([20, 100], 1, minReadingMs(20) / 1000)).toBeCloseTo(20 / 120, 10);
  });

  it("is 0 for nothing reached or an empty text", () => {
    expect(computeReadShare(lengths, -1, 100)).toBe(0);
    expect(computeReadShare([], 0, 100)).toBe(0);
  });

  it("asks about 400 words a minute at most", () => {
    const wordsPerMinute = 60_000 / (MIN_READING_MS_PER_CHAR * 6.5);
    expect(wordsPerMinute).toBeGreaterThan(350);
    expect(wordsPerMinute).toBeLessThan(450);
  });
});

describe("isPreTeachCandidate", () => {
  it.each<[string, { pos: string; gloss: string | null }, boolean]>([
    ["a noun", { pos: "NOUN", gloss: "invitation" }, true],
    ["a verb", { pos: "VERB", gloss: "to accept" }, true],
    ["a separable verb", { pos: "PHRASE", gloss: "to accept" }, true],
    ["a name tagged PROPN", { pos: "PROPN", gloss: "Putin" }, false],
    ["a country tagged as a noun (Russland)", { pos: "NOUN", gloss: "Russia" }, false],
    ["a country with an article (die USA)", { pos: "NOUN", gloss: "the United States of America" }, false],
    ["an organisation (EU)", { pos: "NOUN", gloss: "European Union" }, false],
    ["a weekday", { pos: "NOUN", gloss: "Monday" }, true],
    ["a nationality", { pos: "NOUN", gloss: "German" }, true],
    ["a language or people", { pos: "NOUN", gloss: "Russian, Russian language" }, true],
    ["a noun with a capitalised sense besides an ordinary one", { pos: "NOUN", gloss: "Bund, federation" }, true],
    ["a noun without a gloss", { pos: "NOUN", gloss: null }, true],
    ["a function word", { pos: "DET", gloss: "the" }, false],
    ["a number", { pos: "NUM", gloss: "three" }, false],
  ])("%s → %s", (_name, word, expected) => {
    expect(isPreTeachCandidate(word)).toBe(expected);
  });
});
