// A second "app instance" for the rate-limit test: its own process and
// database pool, same DATABASE_URL. Prints the outcome of one sign-in as JSON.
import { verifyCredentials } from "@/lib/server/data/verify-credentials";
import { isAppError } from "@/lib/server/errors";

const [email, password, clientKey] = process.argv.slice(2);
verifyCredentials({ email, password }, clientKey).then(
  (user) => {
    console.log(JSON.stringify({ outcome: user ? "signed-in" : "rejected" }));
    process.exit(0);
  },
  (error: unknown) => {
    console.log(JSON.stringify({ outcome: isAppError(error) ? error.code : "error" }));
    process.exit(0);
  },
);
