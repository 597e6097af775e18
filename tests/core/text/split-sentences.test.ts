import { describe, expect, it } from "vitest";
import { cleanText } from "@/lib/core/text/clean";
import { splitSentences } from "@/lib/core/text/split-sentences";

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
    ["Nr. and bzw.", "Haus Nr. 5 bzw. Haus Nr. 6 brennt. Gut.", ["Haus Nr. 5 bzw. Haus Nr. 6 brennt.", "Gut."]],
    ["date with ordinal", "Er kam am 3. Oktober. Sie blieb.", ["Er kam am 3. Oktober.", "Sie blieb."]],
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
