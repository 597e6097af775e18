// The Content-Security-Policy of every page. Scripts run only with this
// response's nonce ('strict-dynamic' lets those scripts load Next.js' chunks):
// no 'unsafe-inline', so markup that slipped into the DOM cannot run a script
// or an inline event handler. proxy.ts makes a fresh nonce per request and
// puts this policy on the request too, where Next.js reads the nonce and adds
// it to its own inline scripts (every page renders dynamically: the root
// layout reads the session).
// Styles keep 'unsafe-inline': React style attributes need it, and a style
// cannot run code. 'unsafe-eval' only in development (React's dev tooling).

/** A fresh nonce: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function pageContentSecurityPolicy(nonce: string, options: { isDev?: boolean } = {}): string {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(nonce)) throw new Error("A CSP nonce must be base64.");
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${options.isDev ? " ws:" : ""}`,
    "object-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}
