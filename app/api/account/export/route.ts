// GET /api/account/export – everything stored about the signed-in user, as one JSON download.
import { getActor } from "@/lib/server/auth";
import { isAppError, toHttpStatus } from "@/lib/server/errors";
import { internalErrorResponse } from "@/lib/server/http/is-database-unavailable";
import { exportUserData } from "@/lib/server/data/export-user-data";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const actor = await getActor();
  if (!actor) return Response.json({ error: "Sign in to export your data." }, { status: 401 });
  try {
    const data = await exportUserData(actor);
    const day = data.exportedAt.slice(0, 10);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="lesefluss-export-${day}.json"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    if (isAppError(error)) return Response.json({ error: error.message }, { status: toHttpStatus(error.code) });
    return internalErrorResponse(error, "account export");
  }
}
