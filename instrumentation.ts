// Runs once when a server instance starts: warm the lexicon (and the full
// dictionary entries) so the first reader or dictionary panel does not pay.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NODE_ENV !== "production") return;
  setTimeout(() => {
    void import("@/lib/server/warm-up")
      .then((m) => m.warmUp())
      .catch((error: unknown) => console.error("warm-up failed", error));
  }, 0);
}
