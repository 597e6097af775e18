// Driver adapter for Prisma's JS schema engine (`prisma migrate …`).
// The engine cannot deserialise the catalog types `name` (OID 19) and `"char"`
// (OID 18) that introspection queries return; we report them as `text` (25),
// which is what their values are. Without this, `migrate deploy` fails with
// "Column type 'name' could not be deserialized" (see DESIGN.md).
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

const CATALOG_TEXT_OIDS = new Set([18, 19]);
const TEXT_OID = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] };

function reportCatalogTypesAsText<T>(result: T): T {
  const results = Array.isArray(result) ? result : [result];
  for (const r of results as QueryResultLike[]) {
    for (const field of r?.fields ?? []) {
      if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

type Callback = (err: Error | null, res: unknown) => void;

class CatalogTextClient extends pg.Client {
  // pg.Client.query has many overloads; we intercept all of them.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      const callback = last as Callback;
      args[args.length - 1] = (err: Error | null, res: unknown) =>
        callback(err, err ? res : reportCatalogTypesAsText(res));
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return (super.query as any)(...args);
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const out = (super.query as any)(...args);
    return out && typeof out.then === "function" ? out.then(reportCatalogTypesAsText) : out;
  }
}

/** Builds the adapter factory the Prisma CLI uses for migrations. */
export function createMigrationAdapter(databaseUrl: string | undefined) {
  // `migrate diff` between schema files never connects, so a missing URL is
  // only an error once a connection is attempted (pg reports it then).
  const connectionString = databaseUrl ?? "postgresql://unset-DATABASE_URL@127.0.0.1:1/none";
  const pool = new pg.Pool({ connectionString, Client: CatalogTextClient, max: 2 });
  return Promise.resolve(new PrismaPg(pool, { disposeExternalPool: true }));
}
