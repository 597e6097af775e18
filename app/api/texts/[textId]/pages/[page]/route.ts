// GET /api/texts/[textId]/pages/[page]?v=<version> – the per-text part of one reader page (sentences, tokens, glosses), the same bytes for every learner who may read the text.
import { withActor } from "@/lib/server/http/route";
import { notFoundError } from "@/lib/server/errors";
import { getReaderTextPage } from "@/lib/server/data/get-reader-text-page";

export const dynamic = "force-dynamic";

export const GET = withActor<{ textId: string; page: string }>(
  { signedOut: "Sign in to read.", name: "reader page text" },
  async ({ actor, request, params }) => {
    if (!/^\d{1,6}$/.test(params.page)) throw notFoundError("That page");
    const query = new URL(request.url).searchParams;
    const version = query.get("v");
    // The shell's grant (g) for this version spares the access query (lib/server/access/text-page-grant.ts).
    const granted =
      version && /^\d{1,9}$/.test(version)
        ? { version: Number(version), grant: query.get("g"), now: new Date() }
        : undefined;
    const textPage = await getReaderTextPage(actor, params.textId, Number(params.page), granted);
    // The address names the text's version: a browser keeps what it fetched for
    // as long as it likes (private: only for a signed-in reader). An address of
    // an older version is answered with the current text, revalidated each time.
    const isCurrent = version === String(textPage.version);
    const headers = {
      etag: textPage.etag,
      "cache-control": isCurrent ? "private, max-age=31536000, immutable" : "private, no-cache",
    };
    if (request.headers.get("if-none-match") === textPage.etag) return new Response(null, { status: 304, headers });
    return new Response(textPage.json, { headers: { ...headers, "content-type": "application/json; charset=utf-8" } });
  },
);
