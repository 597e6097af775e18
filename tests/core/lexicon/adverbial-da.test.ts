// "da" is "since, as" only where it opens a verb-final clause; elsewhere it is the adverb
// "there, then" (lib/core/lexicon/adverbial-da.ts), read through the real pipeline.
import { beforeAll, describe, expect, it } from "vitest";
import type { Lexicon } from "@/lib/core/lexicon/index";
import { loadLexicon } from "../../helpers/lexicon";
import { tokenIn } from "../../helpers/token-in";

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = loadLexicon();
});

describe("da: conjunction or adverb", () => {
  it.each([
    ["Da es regnet, bleiben wir zu Hause.", "Da", "SCONJ"],
    ["Wir blieben zu Hause, da es regnete.", "da", "SCONJ"],
    ["Da ist er endlich!", "Da", "ADV"],
    ["Er ist heute nicht da.", "da", "ADV"],
    ["Da draußen ist es kalt.", "Da", "ADV"],
    ["Sie empfehlen, rechtzeitig da zu sein.", "da", "ADV"],
    ["Und da kam er plötzlich herein.", "da", "ADV"],
  ])("%s → %s is %s", (sentence, word, pos) => {
    const t = tokenIn(lexicon, sentence, word);
    expect(t.pos).toBe(pos);
    expect(t.gloss).toBe(pos === "ADV" ? "there, then" : "since, as");
  });
});
