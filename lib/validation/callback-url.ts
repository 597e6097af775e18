// Join links carried through sign-in and sign-up (the callbackUrl itself is checked by safeCallbackUrl).

/** The join code of a `/join/CODE` path, or null for any other path. */
export function joinCodeOfPath(path: string): string | null {
  const match = /^\/join\/([^/?#]+)$/.exec(path);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}
