import { describe, expect, it } from "vitest";
import { cleanText } from "@/lib/core/text/clean";
import { MAX_SENTENCE_TOKENS, splitSentences } from "@/lib/core/text/split-sentences";

function sentences(input: string): string[] {
  const out: string[] = [];
  for (const p of cleanText(input).paragraphs) {
    for (const s of splitSentences(input, p)) out.push(input.slice(s[0]!.start, s[s.length - 1]!.end));
  }
  return out;
}

describe("splitSentences", () => {
  it.each([
    ["abbreviation z. B.", "Er mag z. B. Äpfel. Sie nicht.", ["Er mag z. B. Äpfel.", "Sie nicht."]],
    ["abbreviation u. a.", "Es kamen u. a. Gäste. Dann gingen sie.", ["Es kamen u. a. Gäste.", "Dann gingen sie."]],
    ["title Dr.", "Dr. Müller kam. Er blieb.", ["Dr. Müller kam.", "Er blieb."]],
    // "so", "mag" are words in lower case, abbreviations (Sonntag, Magister) only capitalised.
    ["so at sentence end", "Ich sehe das auch so. Sie lachte.", ["Ich sehe das auch so.", "Sie lachte."]],
    ["mag at sentence end", "Ich weiß, dass er sie mag. Sie nicht.", ["Ich weiß, dass er sie mag.", "Sie nicht."]],
    ["weekday So.", "Offen Mo. bis So. ab 9 Uhr. Gut.", ["Offen Mo. bis So. ab 9 Uhr.", "Gut."]],
    ["Nr. and bzw.", "Haus Nr. 5 bzw. Haus Nr. 6 brennt. Gut.", ["Haus Nr. 5 bzw. Haus Nr. 6 brennt.", "Gut."]],
    ["date with ordinal", "Er kam am 3. Oktober. Sie blieb.", ["Er kam am 3. Oktober.", "Sie blieb."]],
    [
      "century after an adjective",
      "Sie lebten während des frühen 12. Jahrhunderts dort. Dann nicht.",
      ["Sie lebten während des frühen 12. Jahrhunderts dort.", "Dann nicht."],
    ],
    [
      "year at sentence end",
      "Er war im Juli 2000. Peskow sagte nichts.",
      ["Er war im Juli 2000.", "Peskow sagte nichts."],
    ],
    ["quote closing after the full stop", "„Wir kommen.“ Dann ging er.", ["„Wir kommen.“", "Dann ging er."]],
    [
      "quote left unbalanced by the source",
      "„Er lud ihn ein. „Putin hat angenommen“, sagte er.",
      ["„Er lud ihn ein.", "„Putin hat angenommen“, sagte er."],
    ],
    ["colon does not split", "Er sagte: Das ist gut. Ja.", ["Er sagte: Das ist gut.", "Ja."]],
    ["question and exclamation", "Kommst du? Ja! Gut.", ["Kommst du?", "Ja!", "Gut."]],
    [
      "headline without final punctuation",
      "Putin nimmt an\n\nDer Text beginnt.",
      ["Putin nimmt an", "Der Text beginnt."],
    ],
    ["lower-case after ellipsis continues", "Er wartete ... und ging.", ["Er wartete ... und ging."]],
  ])("%s", (_name, input, expected) => {
    expect(sentences(input)).toEqual(expected);
  });
});

// Issue 13: a 2 MB paste with no full stop was one sentence of ~38,000 tokens;
// its analysis stalled the server and its reader page was 8.5 MB.
describe("run-on sentences are cut", () => {
  const tokenCount = (s: string) => s.split(/\s+|(?=,)/).filter(Boolean).length;

  it("cuts a paste with no punctuation at all into parts of at most the bound, losing no word", () => {
    const words = Array.from({ length: 5_000 }, (_, i) => `wort${i}`);
    const parts = sentences(words.join(" "));
    expect(parts.length).toBeGreaterThanOrEqual(Math.ceil(5_000 / MAX_SENTENCE_TOKENS));
    for (const part of parts) expect(tokenCount(part)).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
    expect(parts.join(" ").split(" ")).toEqual(words);
  });

  it("cuts at the last comma of the part, not in the middle of a clause", () => {
    const clause = "der Hund lief schnell über die große Wiese und bellte laut";
    const input = Array.from({ length: 40 }, () => clause).join(", ");
    const parts = sentences(input);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts.slice(0, -1)) expect(part.endsWith(",")).toBe(true);
    for (const part of parts.slice(1)) expect(part.startsWith("der Hund")).toBe(true);
  });

  it("leaves a long but real sentence whole", () => {
    const input = `${Array.from({ length: 12 }, () => "Er sagte, dass der Hund schlief").join(", ")}.`;
    expect(sentences(input)).toEqual([input]);
  });
});
