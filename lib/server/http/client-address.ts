// Which client sent a request, for rate limits. Next.js hands pages, actions
// and route handlers only the headers, and it fills X-Forwarded-For from the
// socket only when the client did not send one — so the header alone is
// whatever the client chose. instrumentation.ts therefore stamps every request
// with the socket's address under a per-process secret that no client can
// know; X-Forwarded-For is believed only for TRUST_PROXY hops.
import crypto from "node:crypto";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { trustedProxyHops } from "@/lib/env";

const PEER_HEADER = "x-lesefluss-peer";
// On globalThis: instrumentation and the app's route bundles are separate module instances in one process.
const SECRET_KEY = Symbol.for("lesefluss.peer-stamp-secret");
type StampGlobal = { [SECRET_KEY]?: string };

/** Called once per server process (instrumentation.ts): every request gets its socket address, signed. */
export function installPeerAddressStamp(): void {
  const global = globalThis as StampGlobal;
  if (global[SECRET_KEY]) return;
  const secret = crypto.randomBytes(18).toString("base64url");
  global[SECRET_KEY] = secret;
  for (const Server of [http.Server, https.Server]) {
    const prototype = Server.prototype as { emit: (event: string | symbol, ...args: unknown[]) => boolean };
    const emit = prototype.emit;
    prototype.emit = function (this: unknown, event: string | symbol, ...args: unknown[]) {
      if (event === "request") {
        const request = args[0] as http.IncomingMessage;
        // Overwrites whatever the client sent under this name.
        request.headers[PEER_HEADER] = `${secret} ${request.socket?.remoteAddress ?? ""}`;
      }
      return emit.call(this, event, ...args);
    };
  }
}

/** One spelling per address: IPv4 clients on a dual-stack socket arrive as ::ffff:a.b.c.d. */
function normalise(address: string): string | null {
  const bare = address.trim().replace(/^\[|\]$/g, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  const candidate = mapped ? mapped[1]! : bare.toLowerCase();
  return net.isIP(candidate) ? candidate : null;
}

function stampedPeer(value: string | null): string | null {
  const secret = (globalThis as StampGlobal)[SECRET_KEY];
  if (!secret || !value) return null;
  const [token, address] = value.split(" ");
  if (!token || !address || token.length !== secret.length) return null;
  if (!crypto.timingSafeEqual(Buffer.from(token), Buffer.from(secret))) return null;
  return normalise(address);
}

type HeaderSource = Headers | Record<string, unknown> | undefined;

function headerOf(headers: HeaderSource, name: string): string | null {
  if (!headers) return null;
  if (headers instanceof Headers) return headers.get(name);
  const value = headers[name];
  return typeof value === "string" ? value : Array.isArray(value) ? value.join(",") : null;
}

/**
 * The client's address for rate limits: the socket's peer, or — behind
 * TRUST_PROXY reverse proxies — the X-Forwarded-For entry that the outermost
 * trusted proxy appended. "unknown" when neither can be trusted (then all
 * such requests share one bucket, which is the safe direction).
 */
export function clientAddressOf(headers: HeaderSource, hops = trustedProxyHops()): string {
  const peer = stampedPeer(headerOf(headers, PEER_HEADER));
  if (!peer) return "unknown";
  if (hops === 0) return peer;
  const forwarded = (headerOf(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Each trusted proxy appended the address it saw; the client is the entry `hops` steps back from the socket.
  const chain = [...forwarded, peer];
  return normalise(chain[chain.length - 1 - hops] ?? chain[0]!) ?? peer;
}
