// Which audio format a file is, from its first bytes (never from its name or
// the browser's claim): only these are stored and served to readers.

export type AudioMimeType = "audio/mpeg" | "audio/mp4" | "audio/ogg" | "audio/wav";

/** Bytes needed to tell the formats apart. */
export const AUDIO_SNIFF_BYTES = 64;

const ascii = (bytes: Uint8Array, at: number, text: string) =>
  [...text].every((ch, i) => bytes[at + i] === ch.charCodeAt(0));

/**
 * The MIME type of an MP3, M4A (MP4 audio), Ogg (Vorbis or Opus) or WAV file
 * from its magic bytes, or null for anything else.
 *
 * @example
 * sniffAudioType(new TextEncoder().encode("RIFF\0\0\0\0WAVEfmt ")); // "audio/wav"
 */
export function sniffAudioType(head: Uint8Array): AudioMimeType | null {
  if (ascii(head, 0, "RIFF") && ascii(head, 8, "WAVE")) return "audio/wav";
  if (ascii(head, 0, "OggS")) return "audio/ogg";
  if (ascii(head, 4, "ftyp")) {
    // MP4 family: audio brands only (M4A, M4B audiobooks, and the generic ones audio files carry).
    const brand = String.fromCharCode(...head.subarray(8, 12));
    return ["M4A ", "M4B ", "mp42", "isom", "iso2", "mp41", "dash"].includes(brand) ? "audio/mp4" : null;
  }
  if (ascii(head, 0, "ID3")) return "audio/mpeg";
  // An MPEG audio frame header: 11 sync bits, layer III/II, not a reserved version.
  const [a, b] = [head[0] ?? 0, head[1] ?? 0];
  if (a === 0xff && (b & 0xe0) === 0xe0 && (b & 0x06) !== 0 && (b & 0x18) !== 0x08) return "audio/mpeg";
  return null;
}
