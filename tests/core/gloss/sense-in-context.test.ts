// Issue 12: the gloss is the sense the sentence means. The rules on
// hand-made senses first (collocates, frame, subject field, a close second
// sense, never more than two), then the real dictionary on two contexts of
// the same word.
import { beforeAll, describe, expect, it } from "vitest";
import {
  chooseSense,
  chosenSenseOf,
  decodeSenseOptions,
  encodeSenseOptions,
  isSpellingVariant,
  type SenseContext,
  type SenseOption,
} from "@/lib/core/gloss/sense-context";
import { type Lexicon } from "@/lib/core/lexicon/index";
import { loadLexicon } from "../../helpers/lexicon";
import { tokenIn } from "../../helpers/token-in";

const option = (gloss: string, score: number, more: Partial<SenseOption> = {}): SenseOption => ({
  gloss,
  score,
  cues: [],
  reflexive: false,
  prepositions: [],
  domains: [],
  ...more,
});
const context = (words: string[], more: Partial<SenseContext> = {}): SenseContext => ({
  words: new Set(words),
  reflexive: false,
  domains: new Set(),
  ...more,
});

describe("choosing a sense in context", () => {
  const bank = [
    option("bank", 4, { cues: ["konto", "geld"], domains: ["fin."] }),
    option("bench", 2.5, { cues: ["park", "sitzen"] }),
  ];
  const freuen = [option("to be glad", 2, { reflexive: true, prepositions: ["über"] }), option("to enjoy", 1.8)];
  it.each([
    ["no context: the ranking's first sense", bank, context([]), "bank"],
    ["collocates of the second sense in the sentence", bank, context(["park", "sitzen"]), "bench, bank"],
    ["collocates of the first sense", bank, context(["konto"]), "bank"],
    ["the text is about finance", bank.slice().reverse(), context([], { domains: new Set(["fin."]) }), "bank, bench"],
    ["a reflexive pronoun fits the reflexive sense", freuen, context(["sich"], { reflexive: true }), "to be glad"],
    ["no reflexive pronoun: the other sense", freuen, context(["wir"]), "to enjoy, be glad"],
  ])("%s", (_name, options, ctx, gloss) => {
    expect(chooseSense(options, ctx).gloss).toBe(gloss);
  });

  it("shows a second sense only when it is close, and never a third", () => {
    const close = [option("history", 3.5), option("story", 3.4), option("tale", 3.3)];
    expect(chooseSense(close, context([])).gloss).toBe("history, story");
    expect(chooseSense([option("history", 3.5), option("saga", 1)], context([])).gloss).toBe("history");
  });

  it("does not repeat the first sense's words as the second", () => {
    expect(chooseSense([option("to go up", 3), option("up", 2.9)], context([])).gloss).toBe("to go up");
  });

  it("names the chosen sense for the dictionary panel", () => {
    expect(chosenSenseOf("history, story")).toBe("history");
    expect(chosenSenseOf(null)).toBeNull();
  });

  it("keeps the senses through the cached index's text form", () => {
    const options = [
      option("to be glad", 2.25, { reflexive: true, prepositions: ["über", "auf"], cues: ["urlaub"] }),
      option("bank", 1.5, { domains: ["fin."] }),
    ];
    expect(decodeSenseOptions(encodeSenseOptions(options))).toEqual(options);
  });
});

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = loadLexicon();
});

describe("the same word in two contexts (real dictionary)", () => {
  it.each([
    // Geschichte: the field of the sentence (Mittelalter is [hist.]) or a story that is told.
    ["Er studiert die Geschichte des Mittelalters.", "Geschichte", /^history\b/],
    ["Sie erzählte den Kindern eine lustige Geschichte.", "Geschichte", /^story\b/],
    // Bank: money in an account, or sitting in the park.
    ["Er hat ein Konto bei der Bank eröffnet.", "Bank", /^bank\b/],
    ["Im Park saßen alte Leute auf einer Bank im Garten.", "Bank", /^bench\b/],
  ])("%s %s", (sentence, word, gloss) => {
    expect(tokenIn(lexicon, sentence, word).gloss ?? "").toMatch(gloss);
  });

  it("shows at most two alternatives", () => {
    for (const word of ["Geschichte", "Bank", "Kindern", "erzählte"]) {
      const t = tokenIn(lexicon, "Sie erzählte den Kindern auf einer Bank eine Geschichte.", word);
      expect((t.gloss ?? "").split(", ").length).toBeLessThanOrEqual(2);
    }
  });
});

describe("spelling variants are not a second sense", () => {
  it.each([
    ["colour", "color", true],
    ["centre", "center", true],
    ["to fulfil", "to fulfill", true],
    ["blogpost", "blog post", true],
    ["defence", "defense", true],
    ["history", "story", false],
    ["stop", "stay", false],
    ["relative", "relation", false],
  ])("%s / %s → %s", (a, b, expected) => {
    expect(isSpellingVariant(a, b)).toBe(expected);
  });

  it("shows the next real sense instead of a variant", () => {
    const options = [option("colour", 3), option("color", 2.9), option("paint", 2.5)];
    expect(chooseSense(options, context([])).gloss).toBe("colour, paint");
  });

  it("a reflexive runner-up is not shown without its frame", () => {
    const options = [option("to offer", 2), option("to suggest itself", 1.5, { reflexive: true })];
    expect(chooseSense(options, context([])).gloss).toBe("to offer");
  });
});
