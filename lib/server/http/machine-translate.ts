import "server-only";
// Optional machine translation for sentences that arrive without one, through
// a LibreTranslate-compatible HTTP API named by TRANSLATE_URL (e.g. a
// self-hosted LibreTranslate). Without it, or when it fails, sentences keep no
// translation and the reader shows the word-by-word gloss line instead.
// The service is reached through the outbound guard like any URL import,
// unless TRANSLATE_TRUSTED=1 says it is the operator's own (e.g. on localhost).
import http from "node:http";
import https from "node:https";
import { isTranslationServiceTrusted, translationService } from "@/lib/env";
import { guardedLookup, isRefusedHost, RefusedAddressError } from "./outbound-guard";

const BATCH = 40;
const TIMEOUT_MS = 15_000;
const MAX_RESPONSE_BYTES = 2 * 1024 * 1024;

/** POSTs JSON and parses the JSON answer; no redirects are followed (a redirect is a failure). */
function postJson(endpoint: URL, payload: unknown, isTrusted: boolean): Promise<unknown> {
  if (!isTrusted && isRefusedHost(endpoint.hostname)) {
    return Promise.reject(new RefusedAddressError(`refused address for ${endpoint.hostname}`));
  }
  const body = JSON.stringify(payload);
  return new Promise((resolve, reject) => {
    const client = endpoint.protocol === "https:" ? https : http;
    const request = client.request(
      endpoint,
      {
        method: "POST",
        signal: AbortSignal.timeout(TIMEOUT_MS),
        lookup: isTrusted ? undefined : guardedLookup,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        if (status < 200 || status >= 300) {
          response.resume();
          reject(new Error(`translation service answered ${status}`));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_RESPONSE_BYTES) {
            response.destroy(new Error("translation service answer too large"));
            return;
          }
          chunks.push(chunk);
        });
        response.on("end", () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")));
          } catch (error) {
            reject(error as Error);
          }
        });
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

export function isMachineTranslationConfigured(): boolean {
  return translationService() !== null;
}

/** Translations in input order; null where the service gave none. Never throws. */
export async function machineTranslate(sentences: string[]): Promise<(string | null)[]> {
  const service = translationService();
  const out: (string | null)[] = sentences.map(() => null);
  if (!service || sentences.length === 0) return out;
  const base = service.url;
  const endpoint = new URL("translate", base.endsWith("/") ? base : `${base}/`);
  const isTrusted = isTranslationServiceTrusted();
  for (let i = 0; i < sentences.length; i += BATCH) {
    const batch = sentences.slice(i, i + BATCH);
    try {
      const answer = await postJson(
        endpoint,
        { q: batch, source: "de", target: "en", format: "text", api_key: service.apiKey },
        isTrusted,
      );
      const body = (answer ?? {}) as { translatedText?: unknown };
      const texts = Array.isArray(body.translatedText) ? body.translatedText : [body.translatedText];
      batch.forEach((_, j) => {
        const t = texts[j];
        out[i + j] = typeof t === "string" && t.trim() ? t.trim() : null;
      });
    } catch (error) {
      console.error("machine translation failed; sentences stay untranslated", error);
      return out;
    }
  }
  return out;
}
