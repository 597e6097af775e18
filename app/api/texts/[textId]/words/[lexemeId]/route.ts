// GET /api/texts/[textId]/words/[lexemeId] – the dictionary entry of a word of a readable text, for the reader's word panel.
import { withActor } from "@/lib/server/http/route";
import { getWordDetails } from "@/lib/server/data/get-word-details";

export const dynamic = "force-dynamic";

// Private and never cached: each call records a look-up for the teacher's dashboard.
export const GET = withActor<{ textId: string; lexemeId: string }>(
  { signedOut: "Sign in to look words up.", name: "word details" },
  async ({ actor, params }) =>
    Response.json(await getWordDetails(actor, params.textId, params.lexemeId), {
      headers: { "cache-control": "private, no-store" },
    }),
);
