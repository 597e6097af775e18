// HTML page → the article's title and text, for URL imports and uploaded
// .html files. Readability finds the article and drops navigation, ads and
// footers; linkedom gives it a DOM without a browser.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

export interface ExtractedArticle {
  title: string | null;
  /** Paragraphs separated by one blank line; empty when the page has no readable text. */
  text: string;
}

// Elements whose text forms its own paragraph. Text outside them (loose text in a div) is kept as well.
const BLOCKS = new Set([
  "P",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "LI",
  "BLOCKQUOTE",
  "PRE",
  "DD",
  "DT",
  "FIGCAPTION",
  "TD",
  "TH",
  "CAPTION",
  "ADDRESS",
  "SECTION",
  "ARTICLE",
  "DIV",
  "UL",
  "OL",
  "DL",
  "TABLE",
  "TR",
  "TBODY",
  "THEAD",
  "FIGURE",
  "MAIN",
  "HEADER",
  "FOOTER",
  "ASIDE",
  "NAV",
  "FORM",
  "HR",
  "BR",
]);
// Never text: scripts, styles and page chrome (used by the fallback when Readability finds no article).
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "BUTTON", "SELECT", "TEXTAREA"]);
const CHROME = new Set(["NAV", "FOOTER", "ASIDE", "FORM"]);
// A page header is chrome too, but inside an article it holds the headline.
const PAGE_CHROME = new Set([...CHROME, "HEADER"]);

export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?: (name: string) => string | null;
}

function collapse(s: string): string {
  return s.replace(/[\s\u00a0]+/g, " ").trim();
}

const skipping = (chrome: Set<string>) => (element: DomNode) => {
  const name = element.nodeName.toUpperCase();
  return SKIP.has(name) || chrome.has(name);
};

/** Block-level text of a subtree: each block's inline text becomes one paragraph; `isSkipped` elements are left out whole. */
export function blockText(root: DomNode, isSkipped: (element: DomNode) => boolean): string[] {
  const paragraphs: string[] = [];
  let current = "";
  const flush = () => {
    const p = collapse(current);
    if (p) paragraphs.push(p);
    current = "";
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== 1) return;
    if (isSkipped(node)) return;
    const isBlock = BLOCKS.has(node.nodeName.toUpperCase());
    if (isBlock) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (isBlock) flush();
  };
  walk(root);
  flush();
  return paragraphs;
}

/**
 * Extracts the main article of an HTML page: Readability's article when it
 * finds one, else the page body without navigation, header, footer and
 * scripts. Pure: no network, no globals.
 *
 * @example
 * extractArticle("<title>T</title><nav>Start</nav><article><p>Der Hund schläft.</p></article>");
 * // { title: "T", text: "Der Hund schläft." }
 */
export function extractArticle(source: string): ExtractedArticle {
  // linkedom only builds a body for whole documents; fragments (an uploaded snippet) get wrapped.
  const html = /<html[\s>]/i.test(source) ? source : `<!doctype html><html><head></head><body>${source}</body></html>`;
  const { document } = parseHTML(html);
  const pageTitle = collapse(document.querySelector("title")?.textContent ?? "") || null;
  const fallbackBody = document.body as unknown as DomNode | null;

  let article: { title?: string | null; content?: string | null } | null = null;
  try {
    // Readability mutates the document it is given, so it gets its own copy.
    const copy = parseHTML(html).document;
    article = new Readability(copy as unknown as Document, { charThreshold: 200 }).parse();
  } catch {
    // Malformed markup Readability cannot handle: fall back to the body text below.
    article = null;
  }

  let paragraphs: string[] = [];
  let headline: string | null = null;
  if (article?.content) {
    const { document: articleDoc } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    paragraphs = blockText(articleDoc.body as unknown as DomNode, skipping(CHROME));
    headline = collapse(articleDoc.querySelector("h1, h2")?.textContent ?? "") || null;
  }
  if (paragraphs.length === 0 && fallbackBody) {
    paragraphs = blockText(fallbackBody, skipping(PAGE_CHROME));
    headline = collapse(document.querySelector("h1")?.textContent ?? "") || null;
  }

  // The article's own headline beats <title>, which usually carries the site name
  // ("… | Zeitung"); Readability drops an <h1> that repeats the title from the content.
  const readabilityTitle = collapse(article?.title ?? "") || pageTitle;
  const pageHeadline = collapse(document.querySelector("h1")?.textContent ?? "") || null;
  const title =
    (headline && paragraphs[0] === headline ? headline : null) ??
    (pageHeadline && readabilityTitle?.includes(pageHeadline) ? pageHeadline : null) ??
    readabilityTitle;
  if (title && paragraphs[0] === title) paragraphs.shift();
  return { title, text: paragraphs.join("\n\n") };
}
