/**
 * Aligns a parallel English text to German sentences (Gale–Church style
 * dynamic programming over sentence lengths, with numbers and names as
 * anchors). Returns one English string (or null) per German sentence.
 */

/** Splits English prose into sentences at . ! ? followed by a capital or quote. */
export function splitEnglishSentences(text: string): string[] {
  const normalised = text.replace(/\r\n?/g, "\n");
  const parts: string[] = [];
  for (const paragraph of normalised.split(/\n\s*\n|\n(?=\s*[-•*]\s)/)) {
    const flat = paragraph.replace(/\s+/g, " ").trim();
    if (!flat) continue;
    const pieces = flat.split(/(?<=[.!?…][”"’)\]]?)\s+(?=[“"‘(\[]?[A-Z0-9])/u);
    for (const piece of pieces) if (piece.trim()) parts.push(piece.trim());
  }
  // Glue back splits after common abbreviations ("Mr. Putin", "U.S. officials").
  const merged: string[] = [];
  for (const part of parts) {
    const previous = merged[merged.length - 1];
    if (previous && /\b(Mr|Mrs|Ms|Dr|Prof|St|No|U\.S|U\.K|e\.g|i\.e|vs)\.$/.test(previous)) {
      merged[merged.length - 1] = `${previous} ${part}`;
    } else merged.push(part);
  }
  return merged;
}

function anchorsOf(sentence: string): Set<string> {
  const anchors = new Set<string>();
  for (const m of sentence.matchAll(/\d+(?:[.,]\d+)?/g)) anchors.add(m[0].replace(/[.,]/g, ""));
  for (const m of sentence.matchAll(/\b\p{Lu}\p{Ll}{2,}\b/gu)) anchors.add(m[0].toLowerCase());
  return anchors;
}

function anchorBonus(de: string[], en: string[]): number {
  const a = anchorsOf(de.join(" "));
  const b = anchorsOf(en.join(" "));
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared;
}

/** Cost of pairing German chars with English chars: squared log ratio around the usual 1.1 expansion. */
function lengthCost(deChars: number, enChars: number): number {
  const ratio = Math.log((enChars + 10) / (deChars / 1.1 + 10));
  return ratio * ratio * 20;
}

const MOVES: { de: number; en: number; penalty: number }[] = [
  { de: 1, en: 1, penalty: 0 },
  { de: 1, en: 2, penalty: 2.5 },
  { de: 2, en: 1, penalty: 2.5 },
  { de: 1, en: 0, penalty: 6 },
  { de: 0, en: 1, penalty: 6 },
];

/**
 * @example
 * alignTranslations(["Er kommt.", "Sie geht im Jahr 2000."], "He comes. She leaves in 2000.");
 * // ["He comes.", "She leaves in 2000."]
 */
export function alignTranslations(german: string[], englishText: string): (string | null)[] {
  const english = splitEnglishSentences(englishText);
  const n = german.length;
  const m = english.length;
  const result: (string | null)[] = german.map(() => null);
  if (n === 0 || m === 0) return result;
  // Quadratic DP: bound the work for very long texts with a diagonal band.
  const band = Math.max(20, Math.abs(n - m) + 20);
  const cost: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const back: (number | null)[][] = Array.from({ length: n + 1 }, () => new Array<number | null>(m + 1).fill(null));
  cost[0]![0] = 0;
  for (let i = 0; i <= n; i++) {
    const centre = Math.round((i * m) / n);
    for (let j = Math.max(0, centre - band); j <= Math.min(m, centre + band); j++) {
      const here = cost[i]![j]!;
      if (here === Infinity) continue;
      MOVES.forEach((move, k) => {
        const ni = i + move.de;
        const nj = j + move.en;
        if (ni > n || nj > m) return;
        const de = german.slice(i, ni);
        const en = english.slice(j, nj);
        const deLen = de.reduce((s, x) => s + x.length, 0);
        const enLen = en.reduce((s, x) => s + x.length, 0);
        const c =
          here +
          move.penalty +
          (move.de && move.en
            ? lengthCost(deLen, enLen) - Math.min(3, anchorBonus(de, en)) * 0.8
            : lengthCost(deLen, enLen) * 0.2);
        if (c < cost[ni]![nj]!) {
          cost[ni]![nj] = c;
          back[ni]![nj] = k;
        }
      });
    }
  }
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const k = back[i]![j];
    if (k === null || k === undefined) break;
    const move = MOVES[k]!;
    const pi = i - move.de;
    const pj = j - move.en;
    if (move.de > 0 && move.en > 0) {
      result[pi] = english.slice(pj, j).join(" ");
    }
    i = pi;
    j = pj;
  }
  return result;
}
