// GET /api/export/[format] – the signed-in learner's cards: an Anki package (apkg; ?history=0 for new cards), an Anki CSV (anki-csv) or a spreadsheet CSV (csv).
import { getActor } from "@/lib/server/auth";
import { isAppError, toHttpStatus } from "@/lib/server/errors";
import { exportCards } from "@/lib/server/data/export-cards";
import { exportFormatSchema, exportHistorySchema } from "@/lib/validation/review";

export const dynamic = "force-dynamic";

export async function GET(request: Request, context: { params: Promise<{ format: string }> }): Promise<Response> {
  const actor = await getActor();
  if (!actor) return Response.json({ error: "Sign in to export your cards." }, { status: 401 });
  const format = exportFormatSchema.safeParse((await context.params).format);
  if (!format.success)
    return Response.json({ error: "Unknown export format; use apkg, anki-csv or csv." }, { status: 404 });
  const history = exportHistorySchema.safeParse(new URL(request.url).searchParams.get("history") ?? undefined);
  if (!history.success) return Response.json({ error: "history must be 1 or 0." }, { status: 400 });
  try {
    const file = await exportCards(actor, format.data, new Date(), { withHistory: history.data });
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
