import "server-only";
// Fetches a web page for a URL import and extracts its article. It reads no
// user data, so unlike other data functions it takes no actor; the caller
// (runImportJob) has already authenticated the request.
import http from "node:http";
import https from "node:https";
import zlib from "node:zlib";
import type { Readable } from "node:stream";
import { AppError } from "../errors";
import { guardedLookup, isPublicAddress, isRefusedHost } from "./outbound-guard";
import { extractArticle } from "@/lib/core/import/extract-article";

export const FETCH_TIMEOUT_MS = 10_000;
export const MAX_FETCH_BYTES = 5 * 1024 * 1024;
const MAX_REDIRECTS = 5;
const ACCEPTED_TYPES = ["text/html", "application/xhtml+xml", "text/plain"];

export interface FetchedArticle {
  /** The final address after redirects. */
  url: string;
  title: string | null;
  text: string;
}

export interface FetchArticleOptions {
  timeoutMs?: number;
  maxBytes?: number;
}

function urlError(message: string): AppError {
  return new AppError("INVALID_INPUT", message, { url: [message] });
}

/** Kept for callers and tests: true for every address the outbound guard refuses. */
export function isBlockedAddress(address: string): boolean {
  return !isPublicAddress(address);
}

interface RawResponse {
  url: string;
  contentType: string;
  body: Buffer;
}

// One answer for a refused address and for every connection failure: a
// distinct "private address", "connection refused" or "reset" would tell an
// attacker which internal names exist and which ports are open.
function unreachableMessage(host: string): string {
  return `The page at ${host} could not be reached. Only public web pages can be imported: check the address, or try again later.`;
}

function describeNetworkError(error: NodeJS.ErrnoException, host: string): string {
  switch (error.code) {
    case "CERT_HAS_EXPIRED":
    case "DEPTH_ZERO_SELF_SIGNED_CERT":
    case "UNABLE_TO_VERIFY_LEAF_SIGNATURE":
    case "ERR_TLS_CERT_ALTNAME_INVALID":
      return `${host} has an invalid security certificate, so it was not read.`;
    default:
      return unreachableMessage(host);
  }
}

function decompress(response: http.IncomingMessage): Readable {
  const encoding = (response.headers["content-encoding"] ?? "").toLowerCase().trim();
  if (encoding === "gzip" || encoding === "x-gzip") return response.pipe(zlib.createGunzip());
  if (encoding === "deflate") return response.pipe(zlib.createInflate());
  if (encoding === "br") return response.pipe(zlib.createBrotliDecompress());
  return response;
}

/** One GET without following redirects: the response, or the next address to try. */
function requestOnce(url: URL, maxBytes: number, signal: AbortSignal): Promise<{ redirect: string } | RawResponse> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const request = client.get(
      url,
      {
        signal,
        lookup: guardedLookup,
        headers: {
          "user-agent": "Lesefluss/0.1 (German reading app; article import)",
          accept: "text/html,application/xhtml+xml,text/plain;q=0.9",
          "accept-encoding": "gzip, deflate, br",
          "accept-language": "de,en;q=0.5",
        },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if (status >= 300 && status < 400 && location) {
          response.resume();
          resolve({ redirect: new URL(location, url).toString() });
          return;
        }
        if (status < 200 || status >= 300) {
          response.resume();
          const reason =
            status === 404 || status === 410 ? "the page does not exist" : (http.STATUS_CODES[status] ?? "error");
          reject(urlError(`The site answered ${status} (${reason}). Check the web address.`));
          return;
        }
        const contentType = (response.headers["content-type"] ?? "").toLowerCase();
        const mediaType = contentType.split(";")[0]!.trim();
        if (!ACCEPTED_TYPES.includes(mediaType)) {
          response.resume();
          reject(
            urlError(
              `That address is not a web page (it sent ${mediaType || "an unknown type"}). Lesefluss imports HTML pages and plain text.`,
            ),
          );
          return;
        }
        const declared = Number(response.headers["content-length"] ?? 0);
        const tooLarge = () =>
          urlError(`The page is larger than ${Math.round(maxBytes / 1024 / 1024)} MB, too large to import.`);
        if (declared > maxBytes) {
          response.destroy();
          reject(tooLarge());
          return;
        }
        const body = decompress(response);
        const chunks: Buffer[] = [];
        let size = 0;
        body.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            response.destroy();
            body.destroy();
            reject(tooLarge());
            return;
          }
          chunks.push(chunk);
        });
        body.on("end", () => resolve({ url: url.toString(), contentType, body: Buffer.concat(chunks) }));
        body.on("error", (error) => reject(error));
        response.on("error", (error) => reject(error));
      },
    );
    request.on("error", reject);
  });
}

/** The page's character set: the HTTP header, else a <meta charset>, else UTF-8. */
function decodeBody(body: Buffer, contentType: string): string {
  const fromHeader = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
  const head = body.subarray(0, 4096).toString("latin1");
  const fromMeta = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1];
  for (const label of [fromHeader, fromMeta, "utf-8"]) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(body);
    } catch {
      // Unknown label: try the next source.
    }
  }
  return body.toString("utf8");
}

/**
 * GETs `address` (http/https, at most 5 redirects) within `timeoutMs` and
 * `maxBytes`, and returns the article text of an HTML page, or the text of a
 * plain-text one. Throws INVALID_INPUT (field `url`) with a message that says
 * what went wrong: unreachable, private address, 4xx/5xx, not HTML, too
 * large, timed out, or no article found.
 */
export async function fetchArticle(address: string, options: FetchArticleOptions = {}): Promise<FetchedArticle> {
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_FETCH_BYTES;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw urlError("That is not a web address. It should look like https://www.example.de/artikel.");
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: RawResponse | null = null;
    for (let hop = 0; hop <= MAX_REDIRECTS && !response; hop++) {
      if (url.protocol !== "http:" && url.protocol !== "https:") {
        throw urlError("Only http:// and https:// addresses can be imported.");
      }
      // IP literals skip DNS, so the lookup guard never sees them: judged here, on every hop.
      if (isRefusedHost(url.hostname)) throw urlError(unreachableMessage(url.hostname));
      try {
        const result = await requestOnce(url, maxBytes, controller.signal);
        if ("redirect" in result) url = new URL(result.redirect);
        else response = result;
      } catch (error) {
        if (error instanceof AppError) throw error;
        if (controller.signal.aborted) {
          throw urlError(
            `The page did not answer within ${Math.round(timeoutMs / 1000)} seconds. Try again later, or paste the text instead.`,
          );
        }
        throw urlError(describeNetworkError(error as NodeJS.ErrnoException, url.hostname));
      }
    }
    if (!response) throw urlError("The page redirects too often. Open it in your browser and copy the final address.");

    const text = decodeBody(response.body, response.contentType);
    if (response.contentType.startsWith("text/plain")) return { url: response.url, title: null, text: text.trim() };
    const article = extractArticle(text);
    if (!article.text.trim()) {
      throw urlError(
        "No article text was found on that page. Open it in your browser, copy the text and paste it instead.",
      );
    }
    return { url: response.url, title: article.title, text: article.text };
  } finally {
    clearTimeout(timer);
  }
}
