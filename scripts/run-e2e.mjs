// `npm run test:e2e`: builds if needed, starts the production app through the
// launcher on a fresh embedded database (demo mode) on a free port, runs the
// browser tests (playwright-core driving Debian's Chromium) and stops the app.
import { spawn } from "node:child_process";
import { countsLine, runVitest } from "./vitest-counts.mjs";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!fs.existsSync(chromium)) {
  console.error(`Chromium not found at ${chromium}. Install it with: apt-get install -y chromium`);
  process.exit(1);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function waitFor(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

const port = process.env.E2E_PORT ?? String(await freePort());
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "lesefluss-e2e-"));
const env = {
  ...process.env,
  PORT: port,
  LESEFLUSS_DATA_DIR: dataDir,
  LESEFLUSS_DEMO: "1",
  LESEFLUSS_ALLOW_PRIVATE_FETCH: "1",
};
delete env.DATABASE_URL;

console.log(`[e2e] starting the app on :${port} with a fresh embedded database in ${dataDir}`);
const app = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/launch.ts", "start"], {
  env,
  stdio: ["ignore", "inherit", "inherit"],
  detached: true,
});
let status = 1;
// If the app dies while starting (a failed build, say), stop waiting at once.
const appExited = new Promise((_, reject) =>
  app.on("exit", (code) => reject(new Error(`the app exited with code ${code} before it answered`))),
);
appExited.catch(() => undefined);
try {
  await Promise.race([waitFor(`http://127.0.0.1:${port}/signin`, 600_000), appExited]);
  const run = runVitest(["--config", "vitest.e2e.config.mts", ...process.argv.slice(2)], {
    ...env,
    E2E_BASE_URL: `http://127.0.0.1:${port}`,
    CHROMIUM_PATH: chromium,
    E2E_DATA_DIR: dataDir,
  });
  console.log(`\n${countsLine("browser tests", [run])}`);
  status = run.ok ? 0 : 1;
} catch (error) {
  console.error(error);
} finally {
  try {
    process.kill(-app.pid, "SIGTERM");
  } catch {
    // already gone
  }
  await new Promise((r) => setTimeout(r, 1500));
  fs.rmSync(dataDir, { recursive: true, force: true });
}
process.exit(status);
