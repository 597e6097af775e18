import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { db } from "../db";
import { AppError, notFoundError } from "../errors";
import type { Actor } from "../actor";
import { ownedTextWhere } from "../access/text-access";
import { AUDIO_SNIFF_BYTES, sniffAudioType } from "@/lib/core/import/formats/audio-type";
import { audioFolder, audioPathOf, removeAudioFiles } from "../import/audio-files";

/** About 1.5 hours of speech at 128 kbit/s. */
export const MAX_AUDIO_BYTES = 100 * 1024 * 1024;

export class AudioTooLargeError extends Error {}

function audioError(message: string): AppError {
  return new AppError("INVALID_INPUT", message, { audio: [message] });
}

async function readHead(file: string): Promise<Uint8Array> {
  const handle = await fs.promises.open(file, "r");
  try {
    const head = new Uint8Array(AUDIO_SNIFF_BYTES);
    const { bytesRead } = await handle.read(head, 0, AUDIO_SNIFF_BYTES, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Stores the audio read along with text `textId`, which `actor` must own
 * (NOT_FOUND otherwise): streamed to a new file with a random name in the
 * data folder (outside anything the web server serves), at most
 * MAX_AUDIO_BYTES, and kept only when its first bytes are MP3, M4A, Ogg
 * (Vorbis/Opus) or WAV. Replaces the text's previous audio.
 */
export async function attachTextAudio(actor: Actor, textId: string, body: ReadableStream<Uint8Array> | null) {
  const text = await db.text.findFirst({
    where: { id: textId, status: "READY", ...ownedTextWhere(actor) },
    select: { id: true, audio: { select: { fileName: true } } },
  });
  if (!text) throw notFoundError("That text");
  if (!body) throw audioError("Choose an audio file to upload.");
  await fs.promises.mkdir(audioFolder(), { recursive: true });
  const fileName = `${crypto.randomBytes(16).toString("hex")}.audio`;
  const target = audioPathOf(fileName);
  let size = 0;
  try {
    await pipeline(
      Readable.fromWeb(body as WebReadableStream<Uint8Array>),
      async function* cap(source: AsyncIterable<Uint8Array>) {
        for await (const chunk of source) {
          size += chunk.byteLength;
          if (size > MAX_AUDIO_BYTES) throw new AudioTooLargeError();
          yield chunk;
        }
      },
      fs.createWriteStream(target, { flags: "wx", mode: 0o600 }),
    );
    if (size === 0) throw audioError("The audio file is empty.");
    const mimeType = sniffAudioType(await readHead(target));
    if (!mimeType) throw audioError("This is not an audio file Lesefluss can play. Upload an MP3, M4A, Ogg, Opus or WAV file.");
    await db.textAudio.upsert({
      where: { textId: text.id },
      create: { textId: text.id, fileName, mimeType, byteSize: size },
      update: { fileName, mimeType, byteSize: size, createdAt: new Date() },
    });
  } catch (error) {
    await fs.promises.rm(target, { force: true });
    if (error instanceof AudioTooLargeError) {
      throw audioError(`The audio file is larger than ${MAX_AUDIO_BYTES / 1024 / 1024} MB. Upload a shorter recording or a smaller (compressed) file.`);
    }
    throw error;
  }
  if (text.audio) await removeAudioFiles([text.audio.fileName]);
  return { byteSize: size };
}
