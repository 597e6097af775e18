// `npm run db:migration -- NAME`: writes prisma/migrations/<timestamp>_<NAME>/migration.sql
// with the SQL that takes the committed schema (git HEAD) to the working-tree
// schema. `prisma migrate dev` needs a shadow database the offline engine
// cannot make, so we diff the two datamodels instead; the CLI still wants a
// database connection, which a throwaway in-memory PGlite provides.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync, spawn } from "node:child_process";
import { startEmbeddedPostgres } from "../lib/server/embedded-postgres";

async function main() {
  const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
  if (!name) throw new Error("usage: npm run db:migration -- <name>");
  const previous = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "lesefluss-schema-")), "schema.prisma");
  fs.writeFileSync(previous, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"]));
  const embedded = await startEmbeddedPostgres("memory://");
  try {
    const sql = await new Promise<string>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          "node_modules/prisma/build/index.js",
          "migrate",
          "diff",
          "--from-schema-datamodel",
          previous,
          "--to-schema-datamodel",
          "prisma/schema.prisma",
          "--script",
        ],
        {
          env: { ...process.env, DATABASE_URL: embedded.url, CHECKPOINT_DISABLE: "1" },
          stdio: ["ignore", "pipe", "inherit"],
        },
      );
      let out = "";
      child.stdout.on("data", (d: Buffer) => (out += d.toString()));
      child.on("exit", (code) =>
        code === 0 ? resolve(out) : reject(new Error(`prisma migrate diff exited with ${code}`)),
      );
    });
    if (!sql.trim() || /^-- This is an empty migration/m.test(sql)) {
      console.log("The schema has not changed since HEAD: no migration written.");
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "migration.sql"), sql);
    console.log(`wrote ${dir}/migration.sql`);
  } finally {
    await embedded.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
