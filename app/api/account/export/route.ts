// GET /api/account/export – everything stored about the signed-in user, as one JSON download.
import { withActor } from "@/lib/server/http/route";
import { exportUserData } from "@/lib/server/data/export-user-data";

export const dynamic = "force-dynamic";

export const GET = withActor(
  { signedOut: "Sign in to export your data.", name: "account export" },
  async ({ actor }) => {
    const data = await exportUserData(actor);
    const day = data.exportedAt.slice(0, 10);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="lesefluss-export-${day}.json"`,
        "cache-control": "private, no-store",
      },
    });
  },
);
