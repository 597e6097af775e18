import "server-only";
import { AppError } from "../errors";
import { decodeText } from "@/lib/core/import/decode-text";
import { extractEpub, type ExtractedBook } from "@/lib/core/import/formats/epub";
import { extractPdf } from "@/lib/core/import/formats/pdf";
import { isImportFormatError } from "@/lib/core/import/formats/format-error";
import { joinCues, parseSubtitles, type PlacedCue } from "@/lib/core/import/formats/subtitles";
import type { FileFormat } from "@/lib/validation/import-request";
import type { ImportTextInput } from "@/lib/validation/import";

/** An uploaded e-book, PDF or subtitle file as stored in its ImportJob (bytes in base64), read by the worker. */
export interface PreparedFile {
  kind: "file";
  format: FileFormat;
  fileName: string;
  data: string;
  title?: string;
  translation?: string;
}

/** Where a book's chapter starts in the text handed to importText (a character offset). */
export interface TextSectionStart {
  title: string;
  offset: number;
}

export interface ReadImportFile {
  input: ImportTextInput;
  author: string | null;
  /** Chapters of a book with more than one (a single chapter needs no list). */
  sections: TextSectionStart[];
  /** Subtitle cues placed in the text, for the sentences' timings; null for files without timings. */
  cues: PlacedCue[] | null;
}

function fileError(message: string): AppError {
  return new AppError("INVALID_INPUT", message, { file: [message] });
}

const nameWithoutExtension = (fileName: string) =>
  fileName
    .replace(/^.*[\\/]/, "")
    .replace(/\.[^.]+$/, "")
    .trim();

/** A book's chapters as one text (chapters apart by a blank line), each chapter's offset remembered. */
function bookText(book: ExtractedBook): { content: string; sections: TextSectionStart[] } {
  let content = "";
  const sections: TextSectionStart[] = [];
  book.chapters.forEach((chapter, i) => {
    if (content) content += "\n\n";
    sections.push({ title: (chapter.title ?? `Part ${i + 1}`).normalize("NFC"), offset: content.length });
    content += chapter.text.normalize("NFC");
  });
  return { content, sections: sections.length > 1 ? sections : [] };
}

async function read(file: PreparedFile): Promise<ReadImportFile> {
  const bytes = new Uint8Array(Buffer.from(file.data, "base64"));
  const fallbackTitle = nameWithoutExtension(file.fileName).slice(0, 200) || undefined;
  if (file.format === "subtitles") {
    const decoded = decodeText(bytes);
    if (!decoded.ok) throw fileError(decoded.reason);
    const { text, cues } = joinCues(parseSubtitles(decoded.text.normalize("NFC")));
    return {
      input: { title: file.title ?? fallbackTitle, content: text, translation: file.translation, source: "UPLOAD" },
      author: null,
      sections: [],
      cues,
    };
  }
  const book = file.format === "epub" ? extractEpub(bytes) : await extractPdf(bytes);
  const { content, sections } = bookText(book);
  return {
    input: {
      title: file.title ?? book.title?.slice(0, 200) ?? fallbackTitle,
      content,
      translation: file.translation,
      source: "UPLOAD",
    },
    author: book.author,
    sections,
    cues: null,
  };
}

/**
 * The text of an uploaded EPUB, PDF or SRT/WebVTT file with its chapters or
 * timings, for importText. Runs in the import worker: unpacking a book takes
 * CPU that is not the web server's. A file that cannot be imported (damaged,
 * hostile, DRM, a scan) is INVALID_INPUT with the reason, and nothing is saved.
 */
export async function readImportFile(file: PreparedFile): Promise<ReadImportFile> {
  try {
    return await read(file);
  } catch (error) {
    if (isImportFormatError(error)) throw fileError(error.message);
    throw error;
  }
}
