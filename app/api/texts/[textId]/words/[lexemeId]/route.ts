// GET /api/texts/[textId]/words/[lexemeId] – the dictionary entry of a word of a readable text, for the reader's word panel.
import { withActor } from "@/lib/server/http/route";
import { getWordDetails } from "@/lib/server/data/get-word-details";

export const dynamic = "force-dynamic";

// Private (the entry is read through the learner's access to the text); no side effects, so the browser may reuse it
// for a while. Look-ups reach the teacher's dashboard through the reader's progress heartbeat, not through this GET.
export const GET = withActor<{ textId: string; lexemeId: string }>(
  { signedOut: "Sign in to look words up.", name: "word details" },
  async ({ actor, params }) =>
    Response.json(await getWordDetails(actor, params.textId, params.lexemeId), {
      headers: { "cache-control": "private, max-age=600" },
    }),
);
