import "server-only";
import fs from "node:fs";
import path from "node:path";
import { dataDirectory } from "@/lib/env";

/** Where uploaded audio lives: the data folder, never public/ or anything else the web server serves. */
export function audioFolder(): string {
  return path.resolve(dataDirectory(), "audio");
}

/** The path of a stored audio file; the name is one the server made (hex), never a user's. */
export function audioPathOf(fileName: string): string {
  if (!/^[0-9a-f]{32}\.audio$/.test(fileName)) throw new Error(`not a stored audio file name: ${fileName}`);
  return path.join(audioFolder(), fileName);
}

/** Removes stored audio files (their rows are gone); a file that cannot be removed is logged, not thrown. */
export async function removeAudioFiles(fileNames: string[]): Promise<void> {
  for (const name of fileNames) {
    await fs.promises
      .rm(audioPathOf(name), { force: true })
      .catch((error: unknown) => console.error("could not remove audio file", name, error));
  }
}
