// Phrase patterns from Ding's sub-entries and later synonyms (issue 12):
// noun lines list verbal collocations ("Verantwortung übernehmen"), which
// start with a capital like a sentence; a figurative English idiom written
// for a line's first synonym is no gloss for a literal later one.
import { describe, expect, it } from "vitest";
import { buildPhrases, isForeignIdiom, type PhraseBuildContext } from "@/lib/core/phrases/compile";

const VERB_GLOSSES: Record<string, string> = {
  übernehmen: "to take over",
  annehmen: "to accept",
  aufgehen: "to rise",
  stellen: "to put",
  brennen: "to burn",
};
const ctx: PhraseBuildContext = {
  isVerb: (w) => w in VERB_GLOSSES || /^(?:sein|haben|werden)$/.test(w),
  englishFrequency: () => 3,
  verbGloss: (v) => VERB_GLOSSES[v] ?? null,
  nounGloss: (n) => ({ Verantwortung: "responsibility", Flamme: "flame", Einladung: "invitation" })[n] ?? null,
};

function glossOf(lines: string[], lemma: string): string | undefined {
  return buildPhrases(lines, "", ctx).patterns.find(([l]) => l === lemma)?.[1];
}

describe("verbal collocations on noun lines", () => {
  it.each([
    [
      "a bare noun with its verb",
      "Verantwortung {f} | Verantwortungen {pl} | Verantwortung übernehmen :: responsibility | responsibilities | to assume responsibility",
      "Verantwortung übernehmen",
      "to assume responsibility",
    ],
    [
      "the plural in a prepositional chunk",
      "Flamme {f} | Flammen {pl} | in Flammen aufgehen :: flame | flames | to go up in flames",
      "in Flammen aufgehen",
      "to go up in flames",
    ],
    [
      "not when the verb's own gloss says it (eine Einladung annehmen)",
      "Einladung {f} | Einladungen {pl} | Einladung annehmen :: invitation | invitations | to accept an invitation",
      "Einladung annehmen",
      undefined,
    ],
    [
      "not a sentence opened by a pronoun",
      "Flamme {f} | Flammen {pl} | Wir Flammen stellen :: flame | flames | to put flames",
      "Wir Flammen stellen",
      undefined,
    ],
  ])("%s", (_why, line, lemma, gloss) => {
    expect(glossOf([line], lemma)).toBe(gloss);
  });
});

describe("figurative idioms written for another synonym", () => {
  it.each([
    ["to step up to the plate [Am.] [fig.]", true],
    ["to rub shoulders [fig.]", true],
    ["to bring home the bacon", false], // not marked figurative
    ["to accept responsibility [fig.]", false], // shares the expression's noun
    ["to combust [fig.]", false], // one word: a plain verb
  ])("%s → %s", (raw, foreign) => {
    expect(isForeignIdiom(raw, new Set(["take", "responsibility"]))).toBe(foreign);
  });

  it("the later, literal synonym takes a literal sense from elsewhere (Verantwortung übernehmen)", () => {
    const lines = [
      "sich der Herausforderung stellen; Verantwortung übernehmen {v} :: to step up to the plate [Am.] [fig.]",
      "Verantwortung {f} | Verantwortung übernehmen :: responsibility | to assume responsibility",
    ];
    expect(glossOf(lines, "Verantwortung übernehmen")).toBe("to assume responsibility");
    // …and keeps the idiom when nothing else renders it.
    expect(glossOf(lines.slice(0, 1), "Verantwortung übernehmen")).toBe("to step up to the plate");
  });
});
