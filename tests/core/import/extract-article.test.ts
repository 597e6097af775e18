import { describe, expect, it } from "vitest";
import { extractArticle } from "@/lib/core/import/extract-article";

const paragraph = (n: number) =>
  `Absatz ${n}: Im Herbst verfärben sich die Blätter der Bäume, und viele Menschen gehen dann gern im Wald spazieren, weil die Luft frisch und klar ist.`;

describe("extractArticle", () => {
  it("keeps the article's paragraphs, separated by blank lines, and drops page chrome", () => {
    const html = `<!doctype html><html><head><title>Der Wald | Zeitung</title><style>p{}</style></head><body>
      <header><nav><a href="/">Startseite</a><a href="/politik">Politik</a></nav></header>
      <main><article><h1>Der Wald im Herbst</h1><p>${paragraph(1)}</p><p>${paragraph(2)}</p><ul><li>Ein Punkt der Liste.</li></ul><p>${paragraph(3)}</p></article>
      <aside>Newsletter abonnieren</aside></main><footer>Impressum</footer><script>track()</script></body></html>`;
    expect(extractArticle(html)).toEqual({
      title: "Der Wald im Herbst",
      text: [paragraph(1), paragraph(2), "Ein Punkt der Liste.", paragraph(3)].join("\n\n"),
    });
  });

  it.each([
    [
      "a fragment",
      "<p>Der Hund schläft.</p><p>Die Katze auch.</p>",
      { title: null, text: "Der Hund schläft.\n\nDie Katze auch." },
    ],
    [
      "a page with only navigation",
      "<html><head><title>Leer</title></head><body><nav><a href='/'>Start</a></nav></body></html>",
      { title: "Leer", text: "" },
    ],
    [
      "line breaks and entities",
      "<p>Erste&nbsp;Zeile<br>zweite &amp; dritte</p>",
      { title: null, text: "Erste Zeile\n\nzweite & dritte" },
    ],
    ["empty input", "", { title: null, text: "" }],
  ])("handles %s", (_name, html, expected) => {
    expect(extractArticle(html)).toEqual(expected);
  });
});
