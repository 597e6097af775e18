import { describe, expect, it } from "vitest";
import { buildCloze, chooseCardType, type CardTypeInput } from "@/lib/core/srs/card-type";

describe("chooseCardType", () => {
  it.each<[CardTypeInput, boolean, string]>([
    [{ state: "new", reps: 0, stability: 0 }, true, "recognition"],
    [{ state: "learning", reps: 2, stability: 1 }, true, "recognition"],
    [{ state: "review", reps: 2, stability: 3 }, true, "recognition"],
    [{ state: "review", reps: 3, stability: 3 }, true, "cloze"],
    [{ state: "review", reps: 3, stability: 3 }, false, "recognition"],
    [{ state: "review", reps: 5, stability: 10 }, true, "recall"],
    [{ state: "review", reps: 5, stability: 10 }, false, "recall"],
    [{ state: "relearning", reps: 12, stability: 40 }, true, "recognition"],
  ])("%j (context %s) → %s", (card, hasContext, expected) => {
    expect(chooseCardType(card, { hasContext })).toBe(expected);
  });

  it("honours custom thresholds", () => {
    const thresholds = { clozeAfterReps: 1, recallFromStabilityDays: 2 };
    expect(chooseCardType({ state: "review", reps: 1, stability: 1 }, { thresholds })).toBe("cloze");
    expect(chooseCardType({ state: "review", reps: 1, stability: 2 }, { thresholds })).toBe("recall");
  });
});

describe("buildCloze", () => {
  const sentence = "Er nimmt das Angebot an.";

  it("blanks a single token", () => {
    expect(buildCloze(sentence, [{ start: 13, end: 20 }])).toEqual([
      { text: "Er nimmt das ", isBlank: false },
      { text: "Angebot", isBlank: true },
      { text: " an.", isBlank: false },
    ]);
  });

  it("blanks both parts of a separable verb together, in any span order", () => {
    const expected = [
      { text: "Er ", isBlank: false },
      { text: "nimmt", isBlank: true },
      { text: " das Angebot ", isBlank: false },
      { text: "an", isBlank: true },
      { text: ".", isBlank: false },
    ];
    expect(
      buildCloze(sentence, [
        { start: 3, end: 8 },
        { start: 21, end: 23 },
      ]),
    ).toEqual(expected);
    expect(
      buildCloze(sentence, [
        { start: 21, end: 23 },
        { start: 3, end: 8 },
      ]),
    ).toEqual(expected);
  });

  it.each([
    [
      "at the very start and end",
      [
        { start: 0, end: 2 },
        { start: 23, end: 24 },
      ],
      ["[Er]", " nimmt das Angebot an", "[.]"],
    ],
    [
      "overlapping spans merge",
      [
        { start: 3, end: 6 },
        { start: 5, end: 8 },
      ],
      ["Er ", "[nimmt]", " das Angebot an."],
    ],
    [
      "touching spans merge",
      [
        { start: 21, end: 23 },
        { start: 23, end: 24 },
      ],
      ["Er nimmt das Angebot ", "[an.]"],
    ],
    ["no spans", [], ["Er nimmt das Angebot an."]],
  ])("%s", (_name, spans, expected) => {
    const rendered = buildCloze(sentence, spans).map((s) => (s.isBlank ? `[${s.text}]` : s.text));
    expect(rendered).toEqual(expected);
  });

  it.each([[{ start: -1, end: 2 }], [{ start: 3, end: 3 }], [{ start: 20, end: 30 }], [{ start: 1.5, end: 3 }]])(
    "rejects invalid span %j",
    (span) => {
      expect(() => buildCloze(sentence, [span])).toThrow(RangeError);
    },
  );
});
