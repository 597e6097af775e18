/**
 * CLI: `npm run --silent analyze -- FILE` (or `-` for stdin) prints the
 * analysis as DESIGN.md's JSON, streamed sentence by sentence so that a
 * multi-megabyte input never has all its tokens in memory at once.
 */

import { readFileSync, writeSync } from "node:fs";
import { analyzeSentences } from "../lib/core/analyze";
import { loadLexicon } from "../lib/server/lexicon/lexicon-cache";
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

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Blocking write to stdout. process.stdout.write on a pipe is asynchronous
 * and queues everything in memory when the reader is slower (a 5 MB input
 * ran out of heap that way); a non-blocking pipe answers EAGAIN, so wait.
 */
function writeOut(text: string): void {
  let data = Buffer.from(text, "utf8");
  while (data.length > 0) {
    try {
      const n = writeSync(1, data);
      data = data.subarray(n);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
      Atomics.wait(pause, 0, 0, 2);
    }
  }
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
  let buffer = `{"title":${JSON.stringify(cleanText(input).title)},"sentences":[`;
  let first = true;
  for (const sentence of analyzeSentences(input, lexicon)) {
    buffer += (first ? "\n" : ",\n") + JSON.stringify(sentence);
    first = false;
    if (buffer.length > 1 << 16) {
      writeOut(buffer);
      buffer = "";
    }
  }
  writeOut(`${buffer}\n]}\n`);
}

main();
