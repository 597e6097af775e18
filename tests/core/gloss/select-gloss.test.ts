import { describe, expect, it } from "vitest";
import { chooseGloss, type GlossCandidate } from "@/lib/core/gloss/select-gloss";
import { parseDingLine } from "@/lib/core/lexicon/ding";

function candidates(lines: string[], word: string): GlossCandidate[] {
  return lines.map((l, order) => {
    const line = parseDingLine(l);
    if (!line) throw new Error(l);
    return { line, headIndex: line.heads.findIndex((h) => h.word === word), order };
  });
}
const freq: Record<string, number> = { regret: 3.5, unhappiness: 1.5, ruler: 3, "powers-that-be": 0.5, exert: 2, practise: 1.5, bear: 3.5 };
const englishFrequency = (w: string): number => freq[w] ?? 2;

describe("parseDingLine", () => {
  it("reads headword, gender, plural, senses and examples", () => {
    const line = parseDingLine("Einladung {f} [soc.] | Einladungen {pl} | auf Einladung von jdm. :: invitation | invitations | at sb.'s invitation");
    expect(line?.heads[0]).toMatchObject({ word: "Einladung", pos: "NOUN", gender: "f", tags: ["soc."] });
    expect(line?.plurals[0]).toBe("Einladungen");
    expect(line?.senses[0]?.gloss).toBe("invitation");
    expect(line?.examples[0]?.de).toBe("auf Einladung von jdm.");
  });

  it.each([
    ["groß; schwer {adj} :: big", "groß", "ADJ"],
    ["jdn. besuchen {vt} :: to visit", "besuchen", "VERB"],
    ["der Kreml {m} [pol.] :: the Kremlin", "Kreml", "NOUN"],
  ])("headword of %s", (text, word, pos) => {
    expect(parseDingLine(text)?.heads[0]).toMatchObject({ word, pos });
  });

  it("collects verb forms", () => {
    const line = parseDingLine("laden {vt} | ladend | geladen | er/sie lädt | ich/er/sie lud | er/sie hat/hatte geladen :: to load | loading | loaded | he/she loads | I/he/she loaded | he/she has/had loaded");
    expect(line?.verbForms).toEqual(["ladend", "geladen", "lädt", "lud"]);
  });
});

describe("chooseGloss", () => {
  it.each([
    [["Bedauern {n} :: unhappiness; sorriness", "Bedauern {n} | sehr zu meinem Bedauern :: regret | much to my regret"], "Bedauern", "NOUN", "n", "regret"],
    [["Machthaber {pl} :: the powers-that-be", "Machthaber {m} :: ruler"], "Machthaber", "NOUN", "m", "ruler"],
    [["ausüben {vt} [übtr.] :: to bear", "ausüben {vt} | ausübend | ausgeübt | Druck ausüben :: to exert | exerting | exerted | to exert pressure"], "ausüben", "VERB", null, "to exert"],
  ] as const)("%#: %s", (lines, word, pos, gender, expected) => {
    expect(chooseGloss(candidates([...lines], word), { pos, gender, englishFrequency })?.gloss).toBe(expected);
  });
});
