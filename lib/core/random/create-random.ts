/**
 * mulberry32: a tiny seeded PRNG, so synthetic histories (the demo story, test
 * fixtures) are the same on every run.
 * @example
 * const random = createRandom(42);
 * random(); // 0.6011037519201636, on every run
 */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
