// Issue 14: the sign-in limit per client was keyed on the first X-Forwarded-For
// value, which the client writes itself, and without a proxy every client
// shared one bucket. The client is now the socket's peer, and X-Forwarded-For
// counts only for TRUST_PROXY hops.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddressOf, installPeerAddressStamp } from "@/lib/server/http/client-address";

let server: http.Server;
let port: number;
beforeAll(async () => {
  installPeerAddressStamp();
  server = http.createServer((req, res) => {
    res.end(JSON.stringify({ direct: clientAddressOf(req.headers, 0), behindOne: clientAddressOf(req.headers, 1) }));
  });
  await new Promise<void>((resolve) => server.listen(0, "0.0.0.0", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

function ask(localAddress: string, headers: Record<string, string>): Promise<{ direct: string; behindOne: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, localAddress, headers }, (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c.toString()));
        res.on("end", () => resolve(JSON.parse(body) as { direct: string; behindOne: string }));
      })
      .on("error", reject);
  });
}

describe("clientAddressOf", () => {
  it("is the socket's address, whatever X-Forwarded-For or a forged stamp say", async () => {
    const answer = await ask("127.0.0.7", {
      "x-forwarded-for": "203.0.113.9",
      "x-lesefluss-peer": "guessed-secret 198.51.100.1",
    });
    expect(answer.direct).toBe("127.0.0.7");
    expect((await ask("127.0.0.8", {})).direct).toBe("127.0.0.8");
  });

  it("behind one trusted proxy, is the entry that proxy appended, not the client's own", async () => {
    const answer = await ask("127.0.0.9", { "x-forwarded-for": "203.0.113.9, 198.51.100.23" });
    expect(answer.behindOne).toBe("198.51.100.23");
  });

  it("is 'unknown' for headers that no stamped socket produced", () => {
    expect(clientAddressOf(new Headers({ "x-forwarded-for": "203.0.113.9" }), 0)).toBe("unknown");
  });
});
