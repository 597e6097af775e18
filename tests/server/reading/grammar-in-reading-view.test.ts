// Issue 15: the reading view carries each word's grammar (feats per token,
// principal parts/genitive once per lexeme) unless the learner hides it.
import { beforeAll, describe, expect, it } from "vitest";
import { ensureSeedTexts } from "@/lib/server/data/ensure-seed-texts";
import { getReadingView } from "@/lib/server/data/get-reading-view";
import { getReadingSettings, updateReadingSettings } from "@/lib/server/data/update-reading-settings";
import { expandSentences } from "@/lib/core/reading/reader-payload";
import { makeUser } from "../../helpers/factories";

let seedTextId: string;
beforeAll(async () => {
  seedTextId = (await ensureSeedTexts()).textId;
});

function tokenOf(view: Awaited<ReturnType<typeof getReadingView>>, text: string) {
  for (const sentence of expandSentences(view.sentences, view.lexemes)) {
    const token = sentence.tokens.find((t) => t.text === text);
    if (token) return token;
  }
  throw new Error(`token ${text} not found`);
}

describe("grammar in the reading view", () => {
  it("sends the headline's Einladung as feminine accusative singular and lud … ein with its principal parts", async () => {
    const learner = await makeUser();
    const view = await getReadingView(learner, seedTextId);
    expect(view.settings.showGrammar).toBe(true);
    expect(tokenOf(view, "Einladung").feats).toEqual({ Case: "Acc", Gender: "Fem", Number: "Sing" });
    const lud = tokenOf(view, "lud");
    expect(lud.feats).toMatchObject({ Tense: "Past", Person: "3", Number: "Sing" });
    expect(view.lexemes[lud.lexemeId!]?.grammar).toEqual({ parts: "lädt ein, lud ein, hat eingeladen" });
  });

  it("leaves the lexemes' grammar out once the learner hides grammar, and only for that learner", async () => {
    const hides = await makeUser();
    const other = await makeUser();
    await updateReadingSettings(hides, { showGrammar: false });
    expect(await getReadingSettings(hides)).toEqual({ showGrammar: false });
    expect(await getReadingSettings(other)).toEqual({ showGrammar: true });
    const view = await getReadingView(hides, seedTextId);
    expect(view.settings.showGrammar).toBe(false);
    expect(Object.values(view.lexemes).some((l) => l.grammar)).toBe(false);
  });
});
