/**
 * CLI: `npm run --silent analyze -- FILE` (or `-` for stdin) prints the
 * analysis as DESIGN.md's JSON, streamed sentence by sentence so that a
 * multi-megabyte input never has all its tokens in memory at once.
 */

import { readFileSync } from "node:fs";
import { analyzeSentences } from "../lib/core/analyze";
import { loadLexicon } from "../lib/core/lexicon/index";
import { cleanText } from "../lib/core/text/clean";

/** Decodes and validates the input; throws with a message for the user. */
export function decodeInput(bytes: Buffer): string {
  if (bytes.length === 0) throw new Error("input is empty");
  let control = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0) throw new Error("input looks binary (contains NUL bytes)");
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control > bytes.length / 100) throw new Error("input looks binary (too many control characters)");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Error("input is not valid UTF-8");
  }
  if (text.trim().length === 0) throw new Error("input is empty (only whitespace)");
  return text.replace(/^\uFEFF/, "");
}

function main(): void {
  const arg = process.argv[2];
  if (!arg) {
    process.stderr.write("usage: npm run --silent analyze -- FILE|-\n");
    process.exit(2);
  }
  let input: string;
  try {
    input = decodeInput(readFileSync(arg === "-" ? 0 : arg));
  } catch (error) {
    process.stderr.write(`analyze: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  const lexicon = loadLexicon();
  const out = process.stdout;
  let buffer = `{"title":${JSON.stringify(cleanText(input).title)},"sentences":[`;
  let first = true;
  for (const sentence of analyzeSentences(input, lexicon)) {
    buffer += (first ? "\n" : ",\n") + JSON.stringify(sentence);
    first = false;
    if (buffer.length > 1 << 16) {
      out.write(buffer);
      buffer = "";
    }
  }
  out.write(`${buffer}\n]}\n`);
}

main();
