// GET /api/export/[format] – the signed-in learner's cards as an Anki package (apkg) or CSV (csv).
import { getActor } from "@/lib/server/auth";
import { isAppError, toHttpStatus } from "@/lib/server/errors";
import { exportCards } from "@/lib/server/data/export-cards";
import { exportFormatSchema } from "@/lib/validation/review";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, context: { params: Promise<{ format: string }> }): Promise<Response> {
  const actor = await getActor();
  if (!actor) return Response.json({ error: "Sign in to export your cards." }, { status: 401 });
  const format = exportFormatSchema.safeParse((await context.params).format);
  if (!format.success) return Response.json({ error: "Unknown export format; use apkg or csv." }, { status: 404 });
  try {
    const file = await exportCards(actor, format.data);
    return new Response(new Blob([file.body as Uint8Array<ArrayBuffer>]), {
      headers: {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="${file.filename}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    if (isAppError(error)) return Response.json({ error: error.message }, { status: toHttpStatus(error.code) });
    console.error("export failed", error);
    return Response.json({ error: "The export failed. Please try again." }, { status: 500 });
  }
}
