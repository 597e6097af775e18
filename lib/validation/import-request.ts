// Schemas for POST /api/import (paste, upload or web address) and the job id of GET /api/import/[jobId].
import { z } from "zod";
import { MAX_IMPORT_BYTES } from "./import";

/** Uploaded files may be larger than the 2 MB text limit: an HTML page shrinks to its article. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/** E-books and PDFs carry pictures and fonts besides their text. */
export const MAX_BOOK_UPLOAD_BYTES = 20 * 1024 * 1024;
/** The whole request: a file, a translation and the form fields. Larger bodies are refused unread. */
export const MAX_IMPORT_REQUEST_BYTES = MAX_BOOK_UPLOAD_BYTES + MAX_IMPORT_BYTES + 64 * 1024;

export const UPLOAD_EXTENSIONS = [
  ".txt",
  ".md",
  ".markdown",
  ".html",
  ".htm",
  ".epub",
  ".pdf",
  ".srt",
  ".vtt",
] as const;
export type UploadKind = "text" | "markdown" | "html" | "epub" | "pdf" | "subtitles";
/** Formats read by the import worker (lib/server/import/read-import-file.ts), not while the request waits. */
export type FileFormat = "epub" | "pdf" | "subtitles";

/** How an uploaded file is read, by its extension; null for types we don't import. */
export function uploadKindOf(fileName: string): UploadKind | null {
  const ext = /\.[^.]+$/.exec(fileName.toLowerCase())?.[0];
  if (ext === ".txt") return "text";
  if (ext === ".md" || ext === ".markdown") return "markdown";
  if (ext === ".html" || ext === ".htm") return "html";
  if (ext === ".epub") return "epub";
  if (ext === ".pdf") return "pdf";
  if (ext === ".srt" || ext === ".vtt") return "subtitles";
  return null;
}

/** Most bytes an upload of this kind may have. */
export function maxUploadBytesOf(kind: UploadKind | null): number {
  return kind === "epub" || kind === "pdf" ? MAX_BOOK_UPLOAD_BYTES : MAX_UPLOAD_BYTES;
}

const titleSchema = z
  .string()
  .trim()
  .max(200, { error: "Use at most 200 characters for the title." })
  .optional()
  .transform((t) => (t ? t : undefined));

const translationSchema = z
  .string()
  .optional()
  .transform((t) => (t && t.trim() ? t : undefined))
  .refine((t) => t === undefined || Buffer.byteLength(t, "utf8") <= MAX_IMPORT_BYTES, {
    error:
      "The English text is larger than 2 MB. Import the German text in parts, each with its part of the translation.",
  });

export const importUrlSchema = z
  .string({ error: "Enter the web address of a German article." })
  .trim()
  .min(1, { error: "Enter the web address of a German article, e.g. https://www.example.de/artikel." })
  .max(2000, { error: "That web address is too long." })
  .transform((s) => (/^[a-z][a-z0-9+.-]*:/i.test(s) ? s : `https://${s}`))
  .refine((s) => URL.canParse(s), {
    error: "That is not a web address. It should look like https://www.example.de/artikel.",
    abort: true,
  })
  .refine((s) => ["http:", "https:"].includes(new URL(s).protocol), {
    error: "Only http:// and https:// addresses can be imported.",
  });

const uploadedFileSchema = z
  .object({ name: z.string().max(500), bytes: z.instanceof(Uint8Array) }, { error: "Choose a file to upload." })
  .refine((f) => uploadKindOf(f.name) !== null, {
    error: "This file type can't be imported. Upload a .txt, .md, .html, .epub, .pdf, .srt or .vtt file.",
    abort: true,
  })
  .refine((f) => f.bytes.length > 0, { error: "The file is empty." })
  .refine((f) => f.bytes.length <= maxUploadBytesOf(uploadKindOf(f.name)), {
    error:
      "The file is too large: e-books and PDFs may have up to 20 MB, other files 5 MB. Split the text into parts and upload them one by one.",
  });

export const importRequestSchema = z.discriminatedUnion(
  "mode",
  [
    z.object({
      mode: z.literal("paste"),
      title: titleSchema,
      // Size, emptiness and language are checked with the text itself (importTextSchema, importText).
      content: z.string({ error: "Paste a German text." }),
      translation: translationSchema,
    }),
    z.object({
      mode: z.literal("upload"),
      title: titleSchema,
      file: uploadedFileSchema,
      translation: translationSchema,
    }),
    z.object({ mode: z.literal("url"), title: titleSchema, url: importUrlSchema, translation: translationSchema }),
  ],
  { error: "Choose how to import: paste, upload or web address." },
);

export type ImportRequest = z.input<typeof importRequestSchema>;
export type ParsedImportRequest = z.output<typeof importRequestSchema>;

/** The form field that holds the German text in each mode (where its errors are shown). */
export const SOURCE_FIELD = { paste: "content", upload: "file", url: "url" } as const;

export const importJobIdSchema = z.string().trim().min(1).max(64);

/** What GET /api/import/[jobId] answers; parsed on the way out and by the polling page. */
export const importJobViewSchema = z.object({
  id: z.string(),
  status: z.enum(["QUEUED", "RUNNING", "DONE", "FAILED"]),
  /** queued | fetching | analysing | saving | done | failed */
  phase: z.string(),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
  /** 0–100, for the progress bar. */
  percent: z.number().int().min(0).max(100),
  textId: z.string().nullable(),
  error: z.string().nullable(),
});
export type ImportJobView = z.infer<typeof importJobViewSchema>;
