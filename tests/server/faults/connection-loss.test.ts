// PostgreSQL connection loss mid-request: a TCP proxy on loopback sits
// between the data layer and the test database; cutting it makes a review
// answer fail cleanly (recognised as "database unavailable" → 503, nothing
// half-written), and once the proxy is restored the app answers again
// without a restart.
import net from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

interface Proxy {
  port: number;
  cut(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

async function startProxy(targetHost: string, targetPort: number): Promise<Proxy> {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = net.createServer((client) => {
        const upstream = net.connect(targetPort, targetHost);
        sockets.add(client).add(upstream);
        const drop = () => {
          client.destroy();
          upstream.destroy();
          sockets.delete(client);
          sockets.delete(upstream);
        };
        client.on("error", drop).on("close", drop);
        upstream.on("error", drop).on("close", drop);
        client.pipe(upstream).pipe(client);
      });
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        const address = server!.address();
        port = typeof address === "object" && address ? address.port : 0;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      if (server) server.close(() => resolve());
      else resolve();
      server = null;
    });
  await listen();
  return { port, cut: stop, restore: listen, close: stop };
}

let proxy: Proxy;

beforeAll(async () => {
  const target = new URL(inject("databaseUrl"));
  proxy = await startProxy(target.hostname, Number(target.port || 5432));
  const viaProxy = new URL(target);
  viaProxy.hostname = "127.0.0.1";
  viaProxy.port = String(proxy.port);
  // Before the data layer's first query: lib/server/db.ts creates its client on first use.
  process.env.DATABASE_URL = viaProxy.toString();
});

afterAll(async () => {
  await proxy?.close();
});

describe("database connection loss", () => {
  it("fails cleanly while the database is away and recovers when it returns", async () => {
    const { db } = await import("@/lib/server/db");
    const { answerReview } = await import("@/lib/server/data/answer-review");
    const { internalErrorResponse, isDatabaseUnavailable } = await import("@/lib/server/http/is-database-unavailable");
    const { makeUser } = await import("../../helpers/factories");
    const { makeCard, newClientId } = await import("../review/factories");

    const learner = await makeUser();
    const card = await makeCard(learner);
    await answerReview(learner, { cardId: card.id, clientId: newClientId(), rating: "good" });

    await proxy.cut();
    const lostId = newClientId();
    const started = Date.now();
    const error = await answerReview(learner, { cardId: card.id, clientId: lostId, rating: "good" }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).not.toBeNull();
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(isDatabaseUnavailable(error)).toBe(true);
    const response = internalErrorResponse(error, "test");
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(JSON.stringify(await response.json())).not.toMatch(/ECONN|prisma|127\.0\.0\.1/i);

    await proxy.restore();
    let recovered = false;
    for (let attempt = 0; attempt < 10 && !recovered; attempt++) {
      try {
        await answerReview(learner, { cardId: card.id, clientId: newClientId(), rating: "good" });
        recovered = true;
      } catch (e) {
        if (!isDatabaseUnavailable(e)) throw e;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    expect(recovered).toBe(true);
    // Nothing half-written: the failed answer left no log, and the card agrees with its logs.
    expect(await db.reviewLog.count({ where: { clientId: lostId } })).toBe(0);
    const logs = await db.reviewLog.count({ where: { cardId: card.id } });
    const row = await db.card.findUniqueOrThrow({ where: { id: card.id }, select: { reps: true } });
    expect(row.reps).toBe(logs);
  }, 120_000);
});
