import "server-only";
// Optional machine translation for sentences that arrive without one, through
// a LibreTranslate-compatible HTTP API named by TRANSLATE_URL (e.g. a
// self-hosted LibreTranslate). Without it, or when it fails, sentences keep no
// translation and the reader shows the word-by-word gloss line instead.

const BATCH = 40;
const TIMEOUT_MS = 15_000;

export function isMachineTranslationConfigured(): boolean {
  return !!process.env.TRANSLATE_URL;
}

/** Translations in input order; null where the service gave none. Never throws. */
export async function machineTranslate(sentences: string[]): Promise<(string | null)[]> {
  const base = process.env.TRANSLATE_URL;
  const out: (string | null)[] = sentences.map(() => null);
  if (!base || sentences.length === 0) return out;
  const endpoint = new URL("translate", base.endsWith("/") ? base : `${base}/`);
  for (let i = 0; i < sentences.length; i += BATCH) {
    const batch = sentences.slice(i, i + BATCH);
    try {
      const response = await fetch(endpoint, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          q: batch,
          source: "de",
          target: "en",
          format: "text",
          api_key: process.env.TRANSLATE_API_KEY ?? "",
        }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (!response.ok) throw new Error(`translation service answered ${response.status}`);
      const body = (await response.json()) as { translatedText?: unknown };
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
