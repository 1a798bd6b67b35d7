// The seeded randomness and the words the benchmark's generated code is made of.

/** mulberry32: a tiny seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rand = () => number;
export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
export const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

export const WORDS = ['order', 'cart', 'invoice', 'customer', 'price', 'stock', 'shipment', 'refund', 'coupon', 'review', 'basket', 'ledger',
  'tenant', 'session', 'payload', 'report', 'metric', 'budget', 'region', 'channel', 'vendor', 'supplier', 'warehouse', 'catalog',
  'account', 'audit', 'queue', 'token', 'cache', 'record', 'summary', 'batch', 'window', 'bucket', 'schedule', 'quota'];
export const VERBS = ['load', 'build', 'compute', 'merge', 'validate', 'normalize', 'format', 'resolve', 'collect', 'apply', 'render', 'sync', 'parse', 'filter'];

export const cap = (s: string): string => s[0].toUpperCase() + s.slice(1);
export const snake = (a: string, b: string): string => `${a}_${b}`;

/** Average ~8 KB: 2–14 KB, uniform. */
export const targetSize = (r: Rand): number => int(r, 2000, 14000);

/**
 * Chunks of generated code, from `size` characters until `target`: each made from two words and
 * a verb picked for it (in that order, so the bytes stay what they were), counted with `extra`
 * characters of separator each.
 */
export function chunks(r: Rand, size: number, target: number, extra: number, make: (k: number, a: string, b: string, v: string) => string): string[] {
  const out: string[] = [];
  for (let k = 0; size < target; k++) {
    const a = pick(r, WORDS);
    const b = pick(r, WORDS);
    const v = pick(r, VERBS);
    const chunk = make(k, a, b, v);
    out.push(chunk);
    size += chunk.length + extra;
  }
  return out;
}
