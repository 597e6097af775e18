/**
 * Latin-1 copies of strings cut from a text that also holds wider characters
 * („“ – …). V8 stores such a text two bytes per character, and every slice
 * of it too; toLowerCase on a two-byte string goes through ICU (about four
 * times the cost of the one-byte path) and hashing it costs more as well.
 * German words are Latin-1, so a one-byte copy of each word is made once and
 * every later toLowerCase and map lookup on it takes the fast path.
 */

/** `s` with the same characters, one byte each when all fit in Latin-1 (else `s`). */
export function latin1Copy(s: string): string {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0xff) return s;
  let out = "";
  // Concatenating one-byte single-character strings yields a one-byte string.
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(s.charCodeAt(i));
  return out;
}

const copies = new Map<string, string>();

/**
 * latin1Copy through a cache: a text repeats its words, and one map lookup
 * is cheaper than a copy.
 *
 * @example
 * latin1Word("„Haus“".slice(1, 5)); // "Haus", stored one byte per character
 */
export function latin1Word(s: string): string {
  let copy = copies.get(s);
  if (copy === undefined) {
    copy = latin1Copy(s);
    if (copies.size >= 100_000) copies.clear();
    copies.set(copy, copy);
  }
  return copy;
}
