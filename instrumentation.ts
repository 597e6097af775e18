// Runs once when a server instance starts: stamp every request with its socket
// address (rate limits must not trust a client-written X-Forwarded-For), and
// warm the lexicon (and the full dictionary entries) so the first reader or
// dictionary panel does not pay.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installPeerAddressStamp } = await import("@/lib/server/http/client-address");
  installPeerAddressStamp();
  if (process.env.NODE_ENV !== "production") return;
  setTimeout(() => {
    void import("@/lib/server/warm-up")
      .then((m) => m.warmUp())
      .catch((error: unknown) => console.error("warm-up failed", error));
  }, 0);
}
