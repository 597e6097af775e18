// PUT /api/texts/[textId]/audio/timings – the owner saves sentence starts marked while listening to the text's audio.
import { withActor } from "@/lib/server/http/route";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { updateSentenceTimingsFromAudio } from "@/lib/server/data/update-sentence-timings-from-audio";
import { sentenceTimingsSchema } from "@/lib/validation/audio-timings";

export const dynamic = "force-dynamic";

export const PUT = withActor<{ textId: string }>(
  { signedOut: "Sign in to mark sentences.", name: "audio timings", sameOrigin: true },
  async ({ actor, request, params }) => {
    const body = await readJsonBody(request, 1024 * 1024);
    if (!body.ok) return body.response;
    const result = await updateSentenceTimingsFromAudio(actor, params.textId, sentenceTimingsSchema.parse(body.value));
    return Response.json(result, { headers: { "cache-control": "no-store" } });
  },
);
