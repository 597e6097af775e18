import { describe, expect, it } from "vitest";
import { chooseGloss, scoreSenses, type GlossCandidate } from "@/lib/core/gloss/select-gloss";
import { derivedNouns, sharesFamilyStem } from "@/lib/core/gloss/word-family";
import { parseDingLine } from "@/lib/core/lexicon/ding";

function candidates(lines: string[], word: string): GlossCandidate[] {
  return lines.map((l, order) => {
    const line = parseDingLine(l);
    if (!line) throw new Error(l);
    return { line, headIndex: line.heads.findIndex((h) => h.word === word), order };
  });
}
const freq: Record<string, number> = { kill: 4.4, destroy: 3.4, mine: 4.1, promote: 2.4, support: 3.4 };
const englishFrequency = (w: string): number => freq[w] ?? 2;

describe("derivedNouns", () => {
  it.each([
    ["zerstören", ["Zerstörung", "Zerstörer", "Zerstör"]],
    ["versuchen", ["Versuchung", "Versucher", "Versuch"]],
    ["verbessern", ["Verbesserung", "Verbesserer", "Verbesser"]],
    ["sammeln", ["Sammelung", "Sammeler", "Sammel", "Sammlung"]],
    ["tun", []],
    ["sich freuen", []],
    ["gehe", []],
  ])("%s → %j", (verb, nouns) => {
    expect(derivedNouns(verb)).toEqual(nouns);
  });
});

describe("sharesFamilyStem", () => {
  it.each([
    ["to destroy", ["destruction"], true],
    ["to solve", ["solution"], true],
    ["to own", ["owner"], true],
    ["to found", ["foundation", "launch"], true],
    ["to promote sth.", ["promotion"], true],
    ["to kill", ["destruction"], false],
    // Latin stems alternate: solve/solution, describe/description, decide/decision.
    ["to resolve", ["resolution"], true],
    ["to describe", ["description"], true],
    ["to decide", ["decision"], true],
    ["to mine", ["support", "promotion"], false],
    // Short shared beginnings are chance: "to pro…" is no family of "protection".
    ["to prove", ["protection"], false],
  ] as const)("%s ~ %j: %s", (gloss, family, expected) => {
    expect(sharesFamilyStem(gloss, family)).toBe(expected);
  });
});

describe("chooseGloss with the verb's word family", () => {
  const lines = [
    "etw. verheeren {vt} | verheerend | verheert :: to kill sth. | killing | killed",
    "etw. verheeren; etw. vernichten {vt} | verheerend; vernichtend | verheert; vernichtet | eine Stadt verheeren :: to destroy sth. | destroying | destroyed | to destroy a town",
  ];
  it.each([
    // Without the family the more frequent English word wins…
    [undefined, "to kill"],
    // …with "Verheerung :: destruction" the sense of the derived noun does.
    [["destruction"], "to destroy"],
    [["harvest"], "to kill"],
  ] as const)("family %j → %s", (family, expected) => {
    expect(chooseGloss(candidates(lines, "verheeren"), { pos: "VERB", englishFrequency, family })?.gloss).toBe(
      expected,
    );
  });

  it("lifts the family sense just above the best, which stays close as the second sense", () => {
    const scored = scoreSenses(candidates(lines, "verheeren"), {
      pos: "VERB",
      englishFrequency,
      family: ["destruction"],
    });
    expect(scored.map((s) => s.gloss).slice(0, 2)).toEqual(["to destroy", "to kill"]);
    expect(scored[0]!.score - scored[1]!.score).toBeLessThan(0.05);
  });
});
