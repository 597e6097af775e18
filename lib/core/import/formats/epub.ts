// EPUB 2 and 3 → title, author and chapters of plain text, in reading order.
// fflate unpacks (lib/core/import/formats/safe-zip.ts, with limits against
// bombs), fast-xml-parser reads the package files strictly (a broken one is
// named, not guessed at), linkedom reads the chapters leniently (books are
// often sloppy XHTML). Pictures, footnotes and page markers are dropped.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseHTML } from "linkedom";
import { blockText, type DomNode } from "../extract-article";
import { ImportFormatError } from "./format-error";
import { EPUB_ZIP_LIMITS, readZipEntries } from "./safe-zip";

export interface BookChapter {
  /** From the table of contents, else the chapter's first heading; null for a part without one. */
  title: string | null;
  /** Paragraphs separated by one blank line. */
  text: string;
}

export interface ExtractedBook {
  title: string | null;
  author: string | null;
  chapters: BookChapter[];
}

// Font obfuscation (IDPF, Adobe) is not DRM: the text is readable.
const FONT_OBFUSCATION = new Set(["http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC"]);
const TEXT_ENTRY = /(^mimetype$|\.(xml|opf|ncx|xhtml|html|htm|xht)$)/i;
const DOCUMENT_TYPES = new Set(["application/xhtml+xml", "text/html", "application/x-dtbook+xml"]);

// Elements that are never running text: pictures, notes, page-break markers, ruby readings, navigation.
const DROP = new Set([
  "SCRIPT",
  "STYLE",
  "IMG",
  "SVG",
  "PICTURE",
  "FIGURE",
  "VIDEO",
  "AUDIO",
  "MATH",
  "RT",
  "RP",
  "NAV",
  "ASIDE",
  "HEAD",
  "TITLE",
  "OBJECT",
  "IFRAME",
  "TEMPLATE",
]);
const NOTE_TYPES = /\b(footnotes?|endnotes?|rearnotes?|notes?|noteref|pagebreak|annoref|sidebar)\b/;
const NOTE_ROLES = /\bdoc-(footnote|endnotes?|noteref|pagebreak|pagelist)\b/;

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  textNodeName: "#text",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  // Every element that may repeat is a list, so a book with one chapter reads like one with many.
  isArray: (name) =>
    ["rootfile", "item", "itemref", "navPoint", "EncryptedData", "title", "creator", "li", "a", "ol", "nav"].includes(
      name,
    ),
});

function decodeUtf8(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new ImportFormatError(`This EPUB's file ${name} is not UTF-8 text; it cannot be read.`);
  }
}

/** Strictly parsed XML, or an ImportFormatError that names the file and the line. */
function parseXml(files: Map<string, Uint8Array>, name: string): Record<string, unknown> {
  const bytes = files.get(name);
  if (!bytes) throw new ImportFormatError(`This EPUB is incomplete: ${name} is missing.`);
  const source = decodeUtf8(bytes, name);
  const valid = XMLValidator.validate(source);
  if (valid !== true) {
    throw new ImportFormatError(
      `This EPUB is damaged: ${name} is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}).`,
    );
  }
  return xml.parse(source) as Record<string, unknown>;
}

type Node = Record<string, unknown>;
const asNode = (v: unknown): Node | undefined =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Node) : undefined;
const asList = (v: unknown): Node[] =>
  Array.isArray(v) ? v.flatMap((x) => (asNode(x) ? [x as Node] : [])) : asNode(v) ? [v as Node] : [];
const attr = (n: Node | undefined, name: string): string | undefined => {
  const v = n?.[`@${name}`];
  return typeof v === "string" ? v : undefined;
};
/** The text of an element that fast-xml-parser gave as a string or as {#text, @attrs}. */
function textOf(v: unknown): string {
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (Array.isArray(v)) return v.map(textOf).join(" ");
  const n = asNode(v);
  if (!n) return "";
  return Object.entries(n)
    .filter(([k]) => !k.startsWith("@"))
    .map(([, x]) => textOf(x))
    .join(" ");
}
const collapse = (s: string) => s.replace(/[\s\u00a0]+/g, " ").trim();

/** `href` (relative to `base`, the folder of the file that names it) as an entry name; null when it leaves the book. */
export function resolveHref(base: string, href: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(href.split("#")[0]!.split("?")[0]!);
  } catch {
    return null;
  }
  if (!decoded || /^[a-z][a-z0-9+.-]*:/i.test(decoded) || decoded.startsWith("/") || decoded.includes("\\"))
    return null;
  const parts = base ? base.split("/") : [];
  for (const part of decoded.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join("/");
}

const folderOf = (name: string) => (name.includes("/") ? name.slice(0, name.lastIndexOf("/")) : "");

function refuseDrm(files: Map<string, Uint8Array>): void {
  if (!files.has("META-INF/encryption.xml")) return;
  const encryption = parseXml(files, "META-INF/encryption.xml");
  const data = asList(asNode(encryption.encryption)?.EncryptedData);
  const protectedData = data.filter((d) => !FONT_OBFUSCATION.has(attr(asNode(d.EncryptionMethod), "Algorithm") ?? ""));
  if (protectedData.length > 0 || files.has("META-INF/rights.xml")) {
    throw new ImportFormatError(
      'This e-book is protected by DRM (its text is encrypted), so it cannot be imported. Import a DRM-free copy, for example from the shop\'s "DRM-free" download or a public-domain library.',
    );
  }
}

/** Chapter titles by document entry name, from the EPUB 3 navigation document or the EPUB 2 NCX. */
function tableOfContents(
  files: Map<string, Uint8Array>,
  navName: string | null,
  ncxName: string | null,
): Map<string, string> {
  const titles = new Map<string, string>();
  const add = (base: string, href: string | undefined, label: string) => {
    const name = href ? resolveHref(base, href) : null;
    const title = collapse(label);
    if (name && title && !titles.has(name)) titles.set(name, title.slice(0, 200));
  };
  if (navName && files.has(navName)) {
    // The nav document is XHTML; read it like a chapter (leniently) and take the toc's links in order.
    const { document } = parseHTML(decodeUtf8(files.get(navName)!, navName));
    const navs = [...document.querySelectorAll("nav")];
    const toc =
      navs.find((n) => /\btoc\b/.test(n.getAttribute("epub:type") ?? n.getAttribute("role") ?? "")) ?? navs[0];
    for (const a of toc ? [...toc.querySelectorAll("a[href]")] : [])
      add(folderOf(navName), a.getAttribute("href") ?? undefined, a.textContent ?? "");
  } else if (ncxName && files.has(ncxName)) {
    const ncx = parseXml(files, ncxName);
    const walk = (points: Node[]) => {
      for (const p of points) {
        add(folderOf(ncxName), attr(asNode(p.content), "src"), textOf(asNode(p.navLabel)?.text));
        walk(asList(p.navPoint));
      }
    };
    walk(asList(asNode(asNode(ncx.ncx)?.navMap)?.navPoint));
  }
  return titles;
}

function isDropped(el: DomNode): boolean {
  const name = el.nodeName.toUpperCase();
  if (DROP.has(name)) return true;
  const type = el.getAttribute?.("epub:type") ?? "";
  const role = el.getAttribute?.("role") ?? "";
  if (NOTE_TYPES.test(type) || NOTE_ROLES.test(role)) return true;
  // A note reference without markup: a superscript that is only a link ("¹", "[3]").
  return name === "SUP" && /^\s*\[?\*?\d{1,3}\]?\s*$/.test(el.textContent ?? "");
}

/** A chapter's running text: each block is one paragraph; its first heading (outside notes) is returned too. */
export function chapterText(source: string): { text: string; heading: string | null } {
  const { document } = parseHTML(source);
  const body = (document.body ?? document.documentElement) as unknown as DomNode | null;
  const paragraphs = body ? blockText(body, isDropped) : [];
  const headingElement = [...document.querySelectorAll("h1, h2, h3")].find((h) => !h.closest("aside, nav, figure"));
  const heading = collapse(headingElement?.textContent ?? "").slice(0, 200) || null;
  return { text: paragraphs.join("\n\n"), heading };
}

/**
 * Reads an EPUB (2 or 3): its metadata title and first author, and its
 * spine's documents in order as chapters (the table of contents names them).
 * Throws ImportFormatError with a sentence for the learner when the file is
 * not an EPUB, is damaged or hostile (see safe-zip.ts), or is DRM-protected.
 *
 * @example
 * const book = extractEpub(bytes);
 * book.chapters.map((c) => c.title); // ["Erstes Kapitel", "Zweites Kapitel"]
 */
export function extractEpub(bytes: Uint8Array): ExtractedBook {
  const files = readZipEntries(bytes, (name) => TEXT_ENTRY.test(name), EPUB_ZIP_LIMITS, "EPUB");
  const mimetype = files.get("mimetype");
  if (mimetype && !new TextDecoder().decode(mimetype).trim().startsWith("application/epub+zip")) {
    throw new ImportFormatError("This zip file is not an EPUB e-book (its mimetype says otherwise).");
  }
  if (!files.has("META-INF/container.xml")) {
    throw new ImportFormatError("This file is not an EPUB e-book: META-INF/container.xml is missing.");
  }
  refuseDrm(files);
  const container = parseXml(files, "META-INF/container.xml");
  const rootfiles = asList(asNode(asNode(container.container)?.rootfiles)?.rootfile);
  const rootfile = rootfiles.find((r) => attr(r, "media-type") === "application/oebps-package+xml") ?? rootfiles[0];
  const opfName = resolveHref("", attr(rootfile, "full-path") ?? "");
  if (!opfName)
    throw new ImportFormatError("This EPUB does not name its package file (content.opf); it cannot be read.");
  const opf = asNode(parseXml(files, opfName).package);
  if (!opf) throw new ImportFormatError(`This EPUB's package file ${opfName} has no <package> element.`);
  const base = folderOf(opfName);

  const metadata = asNode(opf.metadata);
  const title = collapse(asList(metadata?.title).map(textOf)[0] ?? textOf(metadata?.title)) || null;
  const author = collapse(asList(metadata?.creator).map(textOf)[0] ?? textOf(metadata?.creator)) || null;

  const items = new Map<string, { name: string | null; type: string; properties: string }>();
  for (const item of asList(asNode(opf.manifest)?.item)) {
    const id = attr(item, "id");
    if (!id) continue;
    const href = attr(item, "href") ?? "";
    const name = resolveHref(base, href);
    if (name === null && href) {
      throw new ImportFormatError(
        `This EPUB names a file outside the book (${JSON.stringify(href.slice(0, 80))}); it cannot be imported.`,
      );
    }
    items.set(id, { name, type: attr(item, "media-type") ?? "", properties: attr(item, "properties") ?? "" });
  }
  const spine = asNode(opf.spine);
  const navItem = [...items.values()].find((i) => /\bnav\b/.test(i.properties));
  const ncxItem =
    items.get(attr(spine, "toc") ?? "") ?? [...items.values()].find((i) => i.type === "application/x-dtbncx+xml");
  const titles = tableOfContents(files, navItem?.name ?? null, ncxItem?.name ?? null);

  const chapters: BookChapter[] = [];
  for (const ref of asList(spine?.itemref)) {
    // Non-linear items are notes, answers and the like, outside the reading order.
    if (attr(ref, "linear") === "no") continue;
    const item = items.get(attr(ref, "idref") ?? "");
    if (!item?.name || !DOCUMENT_TYPES.has(item.type) || item === navItem) continue;
    const bytesOf = files.get(item.name);
    if (!bytesOf) continue;
    const { text, heading } = chapterText(decodeUtf8(bytesOf, item.name));
    if (!text) continue;
    const chapterTitle = titles.get(item.name) ?? heading;
    const previous = chapters[chapters.length - 1];
    // A document without a title of its own continues the chapter before it (books split long chapters into files).
    if (!chapterTitle && previous) previous.text += `\n\n${text}`;
    else chapters.push({ title: chapterTitle, text });
  }
  if (chapters.length === 0) {
    throw new ImportFormatError("No readable text was found in this EPUB (its chapters are empty or only pictures).");
  }
  return { title, author, chapters };
}
