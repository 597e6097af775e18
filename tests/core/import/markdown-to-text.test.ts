import { describe, expect, it } from "vitest";
import { markdownToText } from "@/lib/core/import/markdown-to-text";

describe("markdownToText", () => {
  it.each([
    ["headings", "# Titel\n\n## Teil eins ##\nText.", "Titel\n\nTeil eins\n\nText."],
    [
      "emphasis",
      "Das ist **fett**, *kursiv*, __auch fett__ und _schräg_.",
      "Das ist fett, kursiv, auch fett und schräg.",
    ],
    ["snake_case stays", "Die Datei heißt mein_text_neu.txt.", "Die Datei heißt mein_text_neu.txt."],
    [
      "links keep their text",
      'Siehe [die Seite](https://example.de/a_(b) "Titel") und [hier][ref].\n\n[ref]: https://x.de',
      "Siehe die Seite und hier.",
    ],
    ["images are dropped", "![Ein Bild](bild.png) Danach Text.", "Danach Text."],
    [
      "lists become paragraphs",
      "- eins\n- zwei\n1. drei\n2) vier\n- [x] erledigt",
      "eins\n\nzwei\n\ndrei\n\nvier\n\nerledigt",
    ],
    ["soft line breaks join", "Erste Zeile\nzweite Zeile.", "Erste Zeile zweite Zeile."],
    ["blockquotes", "> Ein Zitat\n> geht weiter.", "Ein Zitat geht weiter."],
    [
      "code fences are dropped, inline code kept",
      "Vorher `Wort`.\n\n```js\nconst a = 1;\n```\nNachher.",
      "Vorher Wort.\n\nNachher.",
    ],
    ["front matter and rules", "---\ntitle: X\n---\nText.\n\n***\n\nMehr.", "Text.\n\nMehr."],
    ["setext headings", "Titel\n=====\nText.", "Titel\n\nText."],
    ["tables", "| Wort | Bedeutung |\n|---|:---:|\n| Hund | dog |", "Wort · Bedeutung\n\nHund · dog"],
    ["escapes and HTML", "Ein \\*Stern\\* und <b>fett</b>.", "Ein *Stern* und fett."],
    ["German quotes untouched", "Er sagte: „Guten Tag“ – am 3. Oktober.", "Er sagte: „Guten Tag“ – am 3. Oktober."],
  ])("%s", (_name, markdown, expected) => {
    expect(markdownToText(markdown)).toBe(expected);
  });
});
