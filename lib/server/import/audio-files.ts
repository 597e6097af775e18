import "server-only";
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
