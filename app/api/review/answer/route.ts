// POST /api/review/answer – answer one review card ({cardId, rating, clientId, durationMs?}); the same clientId twice is applied once.
import { getActor } from "@/lib/server/auth";
import { isAppError, toHttpStatus } from "@/lib/server/errors";
import { answerReview } from "@/lib/server/data/answer-review";
import { internalErrorResponse } from "@/lib/server/http/is-database-unavailable";
import { assertSameOrigin } from "@/lib/server/http/assert-same-origin";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { answerReviewSchema } from "@/lib/validation/review";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 4 * 1024;

export async function POST(request: Request): Promise<Response> {
  const refused = assertSameOrigin(request);
  if (refused) return refused;
  const actor = await getActor();
  if (!actor) return Response.json({ error: "Sign in to review your cards." }, { status: 401 });
  const body = await readJsonBody(request, MAX_BODY_BYTES);
  if (!body.ok) return body.response;
  const parsed = answerReviewSchema.safeParse(body.value);
  if (!parsed.success) {
    return Response.json({ error: "The answer was not understood.", issues: parsed.error.issues }, { status: 400 });
  }
  try {
    const answer = await answerReview(actor, parsed.data);
    return Response.json(
      {
        status: answer.status,
        cardId: answer.cardId,
        clientId: answer.clientId,
        due: answer.due.toISOString(),
        intervalLabel: answer.intervalLabel,
      },
      { headers: { "cache-control": "no-store" } },
    );
  } catch (error) {
    if (isAppError(error)) return Response.json({ error: error.message }, { status: toHttpStatus(error.code) });
    return internalErrorResponse(error, "review answer");
  }
}
