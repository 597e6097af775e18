// Points the data layer (lib/server/db.ts) at the run's test database.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
