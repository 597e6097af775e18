import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";

let sqlWasm: ArrayBuffer | null = null;

/** sql.js's WebAssembly binary for the Anki export, read once per process. */
export function readSqlWasm(): ArrayBuffer {
  // The project root is the cwd for Next and the CLIs. A computed module path
  // (createRequire(...).resolve("sql.js/dist/sql-wasm.wasm")) would make the Next.js
  // bundler pull every file of sql.js/dist into the server build, and fail.
  sqlWasm ??= new Uint8Array(
    readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "sql.js", "dist", "sql-wasm.wasm")),
  ).buffer;
  return sqlWasm;
}
