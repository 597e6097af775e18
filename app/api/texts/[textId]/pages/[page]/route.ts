// GET /api/texts/[textId]/pages/[page]?v=<version> – the per-text part of one reader page (sentences, tokens, glosses), the same bytes for every learner who may read the text.
import { getActor } from "@/lib/server/auth";
import { isAppError, toHttpStatus } from "@/lib/server/errors";
import { getReaderTextPage } from "@/lib/server/data/get-reader-text-page";
import { internalErrorResponse } from "@/lib/server/http/is-database-unavailable";

export const dynamic = "force-dynamic";

export async function GET(request: Request, context: { params: Promise<{ textId: string; page: string }> }) {
  const actor = await getActor();
  if (!actor) return Response.json({ error: "Sign in to read." }, { status: 401 });
  const { textId, page } = await context.params;
  if (!/^\d{1,6}$/.test(page)) return Response.json({ error: "That page does not exist." }, { status: 404 });
  try {
    const textPage = await getReaderTextPage(actor, textId, Number(page));
    // The address names the text's version: a browser keeps what it fetched for
    // as long as it likes (private: only for a signed-in reader). An address
    // of an older version is answered with the current one, revalidated each time.
    const isCurrent = new URL(request.url).searchParams.get("v") === String(textPage.version);
    const headers = {
      etag: textPage.etag,
      "cache-control": isCurrent ? "private, max-age=31536000, immutable" : "private, no-cache",
    };
    if (request.headers.get("if-none-match") === textPage.etag) return new Response(null, { status: 304, headers });
    return new Response(textPage.json, { headers: { ...headers, "content-type": "application/json; charset=utf-8" } });
  } catch (error) {
    if (isAppError(error)) return Response.json({ error: error.message }, { status: toHttpStatus(error.code) });
    return internalErrorResponse(error, "reader page text");
  }
}
