// `npm run bench`: runs every benchmark script (scripts/bench-*.ts) in turn;
// each prints its figures next to the budget from DESIGN.md.
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";

const only = process.argv.slice(2);
const dir = path.join(process.cwd(), "scripts");
const benches = fs
  .readdirSync(dir)
  .filter((f) => /^bench-.+\.ts$/.test(f))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failed = 0;
for (const file of benches) {
  console.log(`\n=== ${file} ===`);
  const result = spawnSync(
    process.execPath,
    [path.join("node_modules", "tsx", "dist", "cli.mjs"), "--conditions=react-server", path.join(dir, file)],
    { stdio: "inherit", env: process.env },
  );
  if (result.status !== 0) failed++;
}
console.log(`\nbenchmarks: ${benches.length - failed} ran, ${failed} failed`);
process.exit(failed ? 1 : 0);
