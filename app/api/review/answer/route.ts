// POST /api/review/answer – answer one review card ({cardId, rating, clientId, durationMs?}); the same clientId twice is applied once.
import { withActor } from "@/lib/server/http/route";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { answerReview } from "@/lib/server/data/answer-review";
import { answerReviewSchema } from "@/lib/validation/review";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 4 * 1024;

export const POST = withActor(
  { signedOut: "Sign in to review your cards.", name: "review answer", sameOrigin: true },
  async ({ actor, request }) => {
    const body = await readJsonBody(request, MAX_BODY_BYTES);
    if (!body.ok) return body.response;
    const answer = await answerReview(actor, answerReviewSchema.parse(body.value));
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
  },
);
