import { describe, expect, it } from "vitest";
import { dictionaryLinks, isValidDictionaryTemplate } from "@/lib/core/reading/dictionary-links";
import { dictionarySettingsSchema } from "@/lib/validation/dictionaries";

describe("dictionary links", () => {
  it("links the chosen dictionaries in the learner's order, the lemma URL-encoded", () => {
    expect(dictionaryLinks(["dictcc", "dwds"], null, "Straße")).toEqual([
      { name: "dict.cc", url: "https://www.dict.cc/?s=Stra%C3%9Fe" },
      { name: "DWDS", url: "https://www.dwds.de/wb/Stra%C3%9Fe" },
    ]);
    expect(dictionaryLinks(["custom"], "https://www.openthesaurus.de/synonyme/{lemma}", "sich freuen")).toEqual([
      { name: "openthesaurus.de", url: "https://www.openthesaurus.de/synonyme/sich%20freuen" },
    ]);
  });

  it("drops unknown ids and a custom template that is not a safe https address", () => {
    expect(dictionaryLinks(["nope", "custom"], "javascript:alert('{lemma}')", "Haus")).toEqual([]);
  });

  it.each([
    ["https://example.org/search?q={lemma}", true],
    ["https://example.org/{lemma}/{lemma}", true],
    ["http://example.org/{lemma}", false],
    ["https://example.org/search", false],
    ["https://user:pw@example.org/{lemma}", false],
    ["javascript:alert({lemma})", false],
    ["data:text/html,{lemma}", false],
    ["https://localhost/{lemma}", false],
  ])("template %s valid: %s", (template, valid) => expect(isValidDictionaryTemplate(template)).toBe(valid));

  it("parses the settings form: one box or several, custom needs an address", () => {
    expect(dictionarySettingsSchema.parse({ dictionaries: "dwds" })).toEqual({
      dictionaries: ["dwds"],
      dictionaryUrl: null,
    });
    expect(dictionarySettingsSchema.parse({ dictionaries: ["duden", "duden", "linguee"], dictionaryUrl: "" })).toEqual({
      dictionaries: ["duden", "linguee"],
      dictionaryUrl: null,
    });
    expect(dictionarySettingsSchema.safeParse({ dictionaries: ["custom"] }).success).toBe(false);
    expect(
      dictionarySettingsSchema.safeParse({ dictionaries: ["dwds"], dictionaryUrl: "http://x.de/{lemma}" }).success,
    ).toBe(false);
    expect(dictionarySettingsSchema.safeParse({ dictionaries: ["evil"] }).success).toBe(false);
  });
});
