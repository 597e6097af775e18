/**
 * Uploaded bytes → text, or a reason a learner can act on. Binary files and
 * invalid UTF-8 are refused rather than imported as mojibake.
 */
export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

/** Share of C0 control characters (other than tab/newline/CR) above which text counts as binary. */
const MAX_CONTROL_SHARE = 0.01;

/**
 * @example
 * decodeText(new TextEncoder().encode("Guten Tag")); // { ok: true, text: "Guten Tag" }
 * decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0])); // { ok: false, reason: "…binary…" }
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: "The file is empty." };
  if (bytes.includes(0)) {
    return {
      ok: false,
      reason: "This looks like a binary file (it contains NUL bytes). Upload a .txt, .md or .html file.",
    };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return {
      ok: false,
      reason:
        "The file is not valid UTF-8 text. Save it as UTF-8 (most editors offer this under “Save as”) and upload it again.",
    };
  }
  const problem = findBinaryContent(text);
  return problem ? { ok: false, reason: problem } : { ok: true, text };
}

/** A reason when a string holds control characters that no text has; null when it is plain text. */
export function findBinaryContent(text: string): string | null {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return "The text contains NUL characters; it looks like a binary file.";
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f) controls++;
  }
  return controls > Math.max(2, text.length * MAX_CONTROL_SHARE)
    ? "The text contains many control characters; it looks like a binary file, not text."
    : null;
}
