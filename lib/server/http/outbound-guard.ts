import "server-only";
// The one gate for every request the server makes on a user's behalf (URL
// imports, the translation service): only global unicast addresses, never the
// host itself. The check runs inside the connection's own DNS lookup, so a
// name cannot resolve to a public address for the check and a private one for
// the connect (DNS rebinding), and it runs again on every redirect hop.
import dns from "node:dns";
import net from "node:net";
import os from "node:os";
import ipaddr from "ipaddr.js";
import { isPrivateFetchAllowed } from "@/lib/env";

type Cidr = [ipaddr.IPv4 | ipaddr.IPv6, number];
const cidrs = (list: string[]): Cidr[] => list.map((c) => ipaddr.parseCIDR(c));

// IANA IPv4 Special-Purpose Address Registry: every block that is not globally
// reachable, plus multicast and the reserved class E (incl. broadcast).
const IPV4_REFUSED = cidrs([
  "0.0.0.0/8", // "this network"
  "10.0.0.0/8", // private
  "100.64.0.0/10", // carrier-grade NAT
  "127.0.0.0/8", // loopback
  "169.254.0.0/16", // link-local, cloud metadata (169.254.169.254)
  "172.16.0.0/12", // private
  "192.0.0.0/24", // IETF protocol assignments
  "192.0.2.0/24", // TEST-NET-1
  "192.88.99.0/24", // deprecated 6to4 relay anycast
  "192.168.0.0/16", // private
  "198.18.0.0/15", // benchmarking
  "198.51.100.0/24", // TEST-NET-2
  "203.0.113.0/24", // TEST-NET-3
  "224.0.0.0/4", // multicast
  "240.0.0.0/4", // reserved, and 255.255.255.255
]);

// IPv6: only the global unicast block 2000::/3 is reachable at all; inside it,
// these registry blocks are not globally reachable or hide an IPv4 address
// that cannot be checked reliably (6to4 relays, Teredo), so they are refused.
const IPV6_GLOBAL_UNICAST = ipaddr.parseCIDR("2000::/3");
const IPV6_REFUSED = cidrs([
  "2001::/23", // IETF protocol assignments, incl. Teredo 2001::/32 and benchmarking 2001:2::/48
  "2001:db8::/32", // documentation
  "2002::/16", // 6to4: the embedded IPv4 is reached through a relay of unknown location
  "3fff::/20", // documentation (RFC 9637)
]);
// Outside 2000::/3, two forms name an IPv4 host: IPv4-mapped (::ffff:a.b.c.d,
// which a dual-stack socket connects to over IPv4) and the well-known NAT64
// prefix 64:ff9b::/96 (RFC 6052). Both are judged by the IPv4 they embed.
// Everything else outside 2000::/3 is refused, which covers ::/128, ::1,
// IPv4-compatible ::/96 (::7f00:1), SIIT ::ffff:0:0:0/96, the local-use NAT64
// prefix 64:ff9b:1::/48, discard 100::/64, ULA fc00::/7, link-local fe80::/10,
// site-local fec0::/10, SRv6 5f00::/16 and multicast ff00::/8.
const NAT64_WELL_KNOWN = ipaddr.parseCIDR("64:ff9b::/96");

function isGlobalIPv4(address: ipaddr.IPv4): boolean {
  return !IPV4_REFUSED.some((range) => range[0].kind() === "ipv4" && address.match(range));
}

function embeddedIPv4(address: ipaddr.IPv6): ipaddr.IPv4 | null {
  if (address.isIPv4MappedAddress()) return address.toIPv4Address();
  if (address.match(NAT64_WELL_KNOWN)) return new ipaddr.IPv4(address.toByteArray().slice(12));
  return null;
}

function isGlobalIPv6(address: ipaddr.IPv6): boolean {
  const v4 = embeddedIPv4(address);
  if (v4) return isGlobalIPv4(v4);
  if (!address.match(IPV6_GLOBAL_UNICAST)) return false;
  return !IPV6_REFUSED.some((range) => range[0].kind() === "ipv6" && address.match(range));
}

/** The address in one canonical form: IPv4 for IPv4 and IPv4-mapped/NAT64 forms, else normalised IPv6. */
function canonical(address: ipaddr.IPv4 | ipaddr.IPv6): string {
  if (address.kind() === "ipv4") return address.toNormalizedString();
  const v6 = address as ipaddr.IPv6;
  return (embeddedIPv4(v6) ?? v6).toNormalizedString();
}

/** Every address of this machine's own interfaces, canonical (public ones too: the server must not fetch itself). */
function ownAddresses(): Set<string> {
  const own = new Set<string>();
  for (const entries of Object.values(os.networkInterfaces())) {
    for (const entry of entries ?? []) {
      const parsed = parseAddress(entry.address);
      if (parsed) own.add(canonical(parsed));
    }
  }
  return own;
}

function parseAddress(address: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  // Only the strict textual forms a socket or resolver yields; "0x7f.1" and "127.1" are not addresses here.
  const bare = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (!net.isIP(bare)) return null;
  try {
    return ipaddr.parse(bare);
  } catch {
    return null;
  }
}

/**
 * LESEFLUSS_ALLOW_PRIVATE_FETCH=1 lets tests and the e2e run read pages they
 * serve themselves from 127.0.0.1 — plain IPv4 loopback only; every other
 * private, mapped or own-interface form stays refused, so the guard itself
 * is still exercised there. Never set it in production.
 */
function isTestLoopbackAllowed(address: ipaddr.IPv4 | ipaddr.IPv6, written: string): boolean {
  return (
    isPrivateFetchAllowed() &&
    net.isIPv4(written) &&
    address.kind() === "ipv4" &&
    address.match(ipaddr.parseCIDR("127.0.0.0/8"))
  );
}

/**
 * True when the server may connect to `address`: a global unicast address
 * (IANA special-purpose registries) that is not one of this machine's own.
 * Anything that is not a plain IPv4/IPv6 address is refused.
 */
export function isPublicAddress(address: string): boolean {
  const parsed = parseAddress(address);
  if (!parsed) return false;
  const bare = address.replace(/^\[|\]$/g, "");
  if (isTestLoopbackAllowed(parsed, bare)) return true;
  const isGlobal = parsed.kind() === "ipv4" ? isGlobalIPv4(parsed as ipaddr.IPv4) : isGlobalIPv6(parsed as ipaddr.IPv6);
  return isGlobal && !ownAddresses().has(canonical(parsed));
}

export class RefusedAddressError extends Error {
  readonly code = "EREFUSEDTARGET";
}

/**
 * A host name the guard can judge before connecting: IP literals skip DNS
 * (so the lookup below never sees them) and are judged here; names other
 * than localhost are judged at connect time by {@link guardedLookup}.
 */
export function isRefusedHost(hostname: string): boolean {
  const host = hostname
    .replace(/^\[|\]$/g, "")
    .replace(/\.$/, "")
    .toLowerCase();
  if (net.isIP(host)) return !isPublicAddress(host);
  return host === "localhost" || host.endsWith(".localhost");
}

/**
 * A `lookup` for http(s) requests and sockets: resolves as usual, then
 * refuses the name if any of its addresses is not public. Every address is
 * checked (not only the first) so a resolver answer mixing a public and a
 * private address cannot be used to pick the private one.
 */
export const guardedLookup: net.LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, "", 4);
    const list = addresses as dns.LookupAddress[];
    if (list.length === 0 || list.some((a) => !isPublicAddress(a.address))) {
      return callback(new RefusedAddressError(`refused address for ${hostname}`), "", 4);
    }
    if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
    callback(null, list[0]!.address, list[0]!.family);
  });
};
