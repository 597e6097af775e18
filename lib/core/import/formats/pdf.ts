// PDF → plain text from its text layer (pdfjs-dist, Mozilla's PDF.js, legacy
// build for Node). A scanned PDF has no text layer: it is refused, not guessed.
import { ImportFormatError } from "./format-error";
import { joinPages, linesToParagraphs, type PdfLine } from "./pdf-lines";
import type { ExtractedBook } from "./epub";

export const MAX_PDF_PAGES = 2_000;
// Fewer letters than this per page on average: pictures of text, not text.
const MIN_LETTERS_PER_PAGE = 20;

interface LaidOutText {
  str: string;
  transform: number[];
  height: number;
  hasEOL: boolean;
}

function isTextItem(item: unknown): item is LaidOutText {
  return typeof item === "object" && item !== null && "str" in item && "transform" in item;
}

/** One page's items → lines, in the order PDF.js gives them (the content stream's order). */
function itemsToLines(items: LaidOutText[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: PdfLine | null = null;
  let endsLine = false;
  for (const item of items) {
    const y = item.transform[5] ?? 0;
    const size = Math.abs(item.transform[3] ?? item.height) || item.height;
    const sameLine =
      current !== null && !endsLine && Math.abs(current.y - y) <= Math.max(1, 0.4 * Math.max(size, current.size));
    if (!sameLine) {
      if (current) lines.push(current);
      current = { text: item.str, y, size };
    } else if (current) {
      current.text += item.str;
      current.size = Math.max(current.size, size);
    }
    endsLine = item.hasEOL;
  }
  if (current) lines.push(current);
  return lines;
}

/**
 * The text layer of a PDF as paragraphs, with the document's title and author.
 * Throws ImportFormatError when the file is not a PDF, is password-protected,
 * has more pages than an import may, or has no text layer (a scan).
 */
export async function extractPdf(bytes: Uint8Array): Promise<ExtractedBook> {
  if (!(bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46)) {
    throw new ImportFormatError("This file is not a PDF (it does not start with %PDF).");
  }
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // PDF.js takes ownership of the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    if (name === "PasswordException") {
      throw new ImportFormatError(
        "This PDF is password-protected. Remove the password (or save an unprotected copy) and try again.",
      );
    }
    throw new ImportFormatError("This PDF is damaged and cannot be read.");
  }
  try {
    if (document.numPages > MAX_PDF_PAGES) {
      throw new ImportFormatError(
        `This PDF has ${document.numPages.toLocaleString("en")} pages; at most ${MAX_PDF_PAGES.toLocaleString("en")} can be imported at once. Split it into parts.`,
      );
    }
    const pages: string[][] = [];
    let letters = 0;
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      const items: unknown[] = content.items;
      const lines = itemsToLines(items.filter(isTextItem));
      letters += lines.reduce((sum, l) => sum + (l.text.match(/\p{L}/gu)?.length ?? 0), 0);
      pages.push(linesToParagraphs(lines));
      page.cleanup();
    }
    if (letters < MIN_LETTERS_PER_PAGE * Math.max(1, Math.min(document.numPages, 5))) {
      throw new ImportFormatError(
        "This PDF has no text layer: it looks like a scan or contains only pictures. Run it through text recognition (OCR) first, or paste the text.",
      );
    }
    const metadata = await document.getMetadata().catch(() => null);
    const info = (metadata?.info ?? {}) as Record<string, unknown>;
    const field = (key: string) =>
      typeof info[key] === "string" && info[key].trim() ? info[key].trim().slice(0, 200) : null;
    return { title: field("Title"), author: field("Author"), chapters: [{ title: null, text: joinPages(pages) }] };
  } finally {
    await document.destroy();
  }
}
