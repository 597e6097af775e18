// Serves the production build from several Node processes that share one port
// (node:cluster: the primary accepts connections and hands them out in turn),
// so a page render in one process never holds up a review answer in another
// and every core of the machine does web work. Started by scripts/launch.ts
// with the web server's environment; the process count is its first argument.
//
// Each worker is a whole `next start` (its own event loop, lexicon and caches);
// everything shared between them — sessions, rate limits, the import queue,
// reader pages — lives in the database, so any worker may answer any request.
import cluster from "node:cluster";
import path from "node:path";

const [countArgument, port] = process.argv.slice(2);
const count = Math.max(1, Number(countArgument) || 1);
const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

if (cluster.isPrimary) {
  // A larger young generation (V8's default semi-space is 16 MB here): a request's short-lived
  // objects die there instead of being promoted next to the lexicon's ~300 MB, whose
  // full collections were the review answers' p99 under `npm run load` (198 ms → 67 ms).
  cluster.setupPrimary({ execArgv: ["--max-semi-space-size=32", ...process.execArgv] });
  let isStopping = false;
  const fork = () => cluster.fork();
  for (let i = 0; i < count; i++) fork();
  cluster.on("exit", (worker, code, signal) => {
    if (isStopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`[lesefluss] web process ${worker.process.pid} exited (${signal ?? code}); starting another`);
    setTimeout(fork, 1_000);
  });
  const stop = () => {
    if (isStopping) return;
    isStopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
    // A worker that does not finish its requests in time is not waited for.
    setTimeout(() => process.exit(0), 10_000).unref();
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
} else {
  // `next start` in this process: its server.listen(port) joins the primary's shared socket.
  process.argv = [process.argv[0], nextBin, "start", "-p", port];
  await import(nextBin);
}
