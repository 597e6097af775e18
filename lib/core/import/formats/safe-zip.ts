// Reading the text entries of an uploaded zip (EPUB) without trusting it:
// fflate parses the archive; this file only decides what to unpack and stops
// unpacking when the archive lies about its sizes (zip bombs).
import { Unzip, UnzipInflate, unzipSync } from "fflate";
import { ImportFormatError } from "./format-error";

export interface SafeZipLimits {
  /** Most entries the archive may list. */
  maxEntries: number;
  /** Most bytes all entries together may claim (central directory) — a book with its pictures. */
  maxClaimedBytes: number;
  /** Most bytes actually unpacked, over all entries read. */
  maxUnpackedBytes: number;
  /** Most bytes unpacked per byte packed, once an entry is larger than `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
}

export const EPUB_ZIP_LIMITS: SafeZipLimits = {
  maxEntries: 5_000,
  maxClaimedBytes: 200 * 1024 * 1024,
  maxUnpackedBytes: 64 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};

// Compressed bytes handed to the inflater at a time: one push can then unpack
// at most ~1,000 times this (deflate's largest ratio), so a bomb is caught
// after a few MB, not after it filled memory.
const PUSH_BYTES = 8 * 1024;

export interface ZipEntryInfo {
  name: string;
  packedBytes: number;
  claimedBytes: number;
}

/** Is this entry name safe to resolve against: relative, no "..", no backslashes, no drive letters or NUL? */
export function isSafeEntryName(name: string): boolean {
  if (name.length === 0 || name.length > 1024) return false;
  if (name.startsWith("/") || name.includes("\\") || name.includes("\0") || /^[a-z]:/i.test(name)) return false;
  return !name.split("/").some((part) => part === "..");
}

/**
 * The archive's entries as its central directory lists them (nothing unpacked).
 * Throws ImportFormatError for a file that is not a zip, has too many entries,
 * an unsafe entry name, or claims more than the limits allow.
 */
export function listZipEntries(bytes: Uint8Array, limits: SafeZipLimits, what = "file"): ZipEntryInfo[] {
  const entries: ZipEntryInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.push({ name: file.name, packedBytes: file.size, claimedBytes: file.originalSize });
        if (entries.length > limits.maxEntries)
          throw new ImportFormatError(
            `This ${what} holds more than ${limits.maxEntries.toLocaleString("en")} files; it cannot be imported.`,
          );
        return false;
      },
    });
  } catch (error) {
    if (error instanceof ImportFormatError) throw error;
    throw new ImportFormatError(`This ${what} is damaged: its zip archive cannot be read.`);
  }
  const unsafe = entries.find((e) => !isSafeEntryName(e.name));
  if (unsafe)
    throw new ImportFormatError(
      `This ${what} contains a file with an unsafe name (${JSON.stringify(unsafe.name.slice(0, 80))}); it cannot be imported.`,
    );
  const claimed = entries.reduce((sum, e) => sum + e.claimedBytes, 0);
  if (claimed > limits.maxClaimedBytes) {
    throw new ImportFormatError(
      `This ${what} says it unpacks to ${Math.round(claimed / 1024 / 1024).toLocaleString("en")} MB, more than the ${Math.round(limits.maxClaimedBytes / 1024 / 1024)} MB an import may unpack.`,
    );
  }
  return entries;
}

/**
 * Unpacks the entries for which `wanted(name)` is true, counting every byte:
 * more than maxUnpackedBytes in all, or an entry that unpacks far beyond its
 * packed size or beyond what it claimed, stops with an ImportFormatError.
 */
export function readZipEntries(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limits: SafeZipLimits,
  what = "file",
): Map<string, Uint8Array> {
  const entries = listZipEntries(bytes, limits, what);
  const claimedByName = new Map(entries.map((e) => [e.name, e]));
  const tooLarge = new ImportFormatError(
    `This ${what} unpacks to far more than it claims (a "zip bomb") or to more than ${Math.round(limits.maxUnpackedBytes / 1024 / 1024)} MB; it cannot be imported.`,
  );
  const files = new Map<string, Uint8Array>();
  let unpacked = 0;
  const unzip = new Unzip((file) => {
    if (!wanted(file.name) || !isSafeEntryName(file.name)) return;
    const info = claimedByName.get(file.name);
    const packed = info?.packedBytes ?? file.size ?? 0;
    const claimed = info?.claimedBytes ?? file.originalSize ?? 0;
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, chunk, final) => {
      // fflate hands a decoder's exception back here — including the tooLarge thrown below.
      if (error)
        throw error instanceof ImportFormatError
          ? error
          : new ImportFormatError(`This ${what} is damaged: ${file.name.slice(0, 80)} cannot be unpacked.`);
      size += chunk.length;
      unpacked += chunk.length;
      const overRatio = size > limits.ratioFloorBytes && size > packed * limits.maxRatio;
      // A little slack over the claim: some writers round it; a bomb is far beyond it.
      if (unpacked > limits.maxUnpackedBytes || overRatio || size > claimed + 64 * 1024) throw tooLarge;
      chunks.push(chunk);
      if (final) files.set(file.name, concat(chunks, size));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length; at += PUSH_BYTES) {
      unzip.push(bytes.subarray(at, Math.min(bytes.length, at + PUSH_BYTES)), at + PUSH_BYTES >= bytes.length);
    }
  } catch (error) {
    if (error instanceof ImportFormatError) throw error;
    throw new ImportFormatError(`This ${what} is damaged: its zip archive cannot be unpacked.`);
  }
  return files;
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
