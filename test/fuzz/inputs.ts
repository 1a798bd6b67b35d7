// What the fuzzers feed the core: random text, random bytes as the disk host would decode
// them, and (mostly) seed files broken the ways real files are: cut off mid-token, spliced
// from other files, brackets left open, nested thousands deep, huge literals, invalid UTF-8,
// NUL bytes, lone surrogates, odd line ends, and a private key dropped in somewhere.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';

/** Key-shaped, so every fuzzed input can also check that no output repeats it. */
export const FUZZ_KEY = 'pk_9f8e7d6c5b4a39281706f5e4d3c2b1a0ff';

// Pieces detectors and parsers react to, spliced in at random places.
const TOKENS = [
  'klaviyo', 'KlaviyoAPI', 'klaviyo_api', 'Profiles', 'get_profiles', 'getProfiles', '->', '::', '=>', '.',
  '/api/', 'https://a.klaviyo.com/api/', 'https://a.klaviyo.com/api/profiles?include=%', '?include=%E0%A4%A', '/v2/list/',
  '${', '#{', '{{', '}}', '{', '}', '(', ')', '[', ']', '\\', '"', "'", '`', '"""', '<?php', '?>', '<<EOF', 'EOF', '$(',
  'import ', 'from ', 'require(', "require '", 'def ', 'class ', 'end', 'function ', 'fetch(', 'curl ', 'new ', 'self.',
  '\n', '\r', '\r\n', '\t', '\0', '\uFEFF', '\uD800', '\uDFFF', '\u2028', '\uFFFD', FUZZ_KEY,
];

type Mutation = (text: string, seeds: readonly string[]) => string;

/** Position `f` (0..1) of the way into `text`. */
const at = (text: string, f: number): number => Math.floor(f * text.length);
const insert = (text: string, f: number, piece: string): string => text.slice(0, at(text, f)) + piece + text.slice(at(text, f));
const frac = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

// Cheap mutations are common; the ones that make big inputs (huge literals, deep nesting, the
// file repeated) rarer, so that a run's time goes into many inputs rather than a few giant ones.
const COMMON: fc.Arbitrary<Mutation>[] = [
  // Truncated: a file saved mid-edit.
  frac.map((f) => (t: string) => t.slice(0, at(t, f))),
  // A range deleted.
  fc.tuple(frac, frac).map(([a, b]) => (t: string) => t.slice(0, at(t, Math.min(a, b))) + t.slice(at(t, Math.max(a, b)))),
  // Spliced: a piece of another seed (or of itself) pasted in.
  fc.tuple(fc.nat(), frac, frac, frac).map(([i, a, b, f]) => (t: string, seeds: readonly string[]) => {
    const other = seeds[i % seeds.length];
    return insert(t, f, other.slice(at(other, Math.min(a, b)), at(other, Math.max(a, b))));
  }),
  fc.tuple(fc.constantFrom(...TOKENS), frac).map(([tok, f]) => (t: string) => insert(t, f, tok)),
  // Unbalanced brackets and quotes.
  fc.tuple(fc.string({ unit: fc.constantFrom(...'([{<"\'`)]}>'), minLength: 1, maxLength: 24 }), frac).map(([s, f]) => (t: string) => insert(t, f, s)),
  fc.tuple(fc.integer({ min: 1, max: 64 }), frac).map(([n, f]) => (t: string) => insert(t, f, '\0'.repeat(n))),
  fc.tuple(fc.string({ unit: 'binary', maxLength: 40 }), frac).map(([s, f]) => (t: string) => insert(t, f, s)),
  // Invalid UTF-8 as the disk host decodes it (replacement characters), and raw bytes as latin1.
  fc.tuple(fc.uint8Array({ minLength: 1, maxLength: 64 }), fc.boolean(), frac).map(([b, utf8, f]) => (t: string) => insert(t, f, Buffer.from(b).toString(utf8 ? 'utf8' : 'latin1'))),
  // A request path or query bent: odd segments, holes, malformed escapes, where detectors read them.
  fc.tuple(fc.nat(), fc.constantFrom('?include=%', '?include=%E0%A4%A', '?include=lists%2C%zz', '/{}', '/..', '//', '#', '%', '/${id}', '?a=1&include=', '/' + 'x'.repeat(300)))
    .map(([n, piece]) => (t: string) => {
      const urls = [...t.matchAll(/klaviyo\.com\/api\/[\w/{}-]*/g)];
      if (urls.length === 0) return t;
      const m = urls[n % urls.length];
      const end = (m.index ?? 0) + m[0].length;
      return t.slice(0, end) + piece + t.slice(end);
    }),
  // Other line ends everywhere.
  fc.constantFrom('\r', '\r\n', '\u2028', '').map((eol) => (t: string) => t.replace(/\n/g, eol)),
];

const BIG: fc.Arbitrary<Mutation>[] = [
  // Deep nesting, closed or not.
  fc.tuple(fc.constantFrom('(', '[', '{', '{"a":', 'f(', 'a.', '[[', 'if (x) {', 'def f():\n ', 'begin\n'), fc.integer({ min: 50, max: 4000 }), fc.boolean(), frac)
    .map(([open, depth, close, f]) => (t: string) => {
      const closer = close ? [...open].reverse().join('').replace(/[([{]/g, (c) => ({ '(': ')', '[': ']', '{': '}' })[c] ?? c) : '';
      return insert(t, f, open.repeat(depth) + 'x' + closer.repeat(depth));
    }),
  // Huge literals (1 KB to 128 KB, log-uniform): a string, an identifier, a URL path, a line.
  fc.tuple(fc.constantFrom('"', "'", '`', '', 'https://a.klaviyo.com/api/', '/api/profiles/'), fc.constantFrom('a', 'é', 'x/', '%', '{}', ' '), fc.integer({ min: 10, max: 17 }), frac)
    .map(([quote, unit, bits, f]) => (t: string) => insert(t, f, quote + unit.repeat(Math.ceil(2 ** bits / unit.length)) + quote)),
  // The whole file repeated (many calls, bigger input).
  fc.integer({ min: 2, max: 20 }).map((k) => (t: string) => (t.length > 20_000 ? t : t.repeat(k))),
];

const mutated = (seeds: readonly string[]): fc.Arbitrary<string> =>
  fc.tuple(fc.nat(), fc.array(fc.oneof({ weight: 30, arbitrary: fc.oneof(...COMMON) }, { weight: 1, arbitrary: fc.oneof(...BIG) }), { minLength: 1, maxLength: 4 }))
    .map(([i, ms]) => ms.reduce((text, m) => m(text, seeds), seeds[i % seeds.length]));

/** Inputs for one language: mostly mutated seeds, some random text and bytes. */
export function sourceInput(seeds: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 14, arbitrary: mutated(seeds) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 2000 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 2000 }) },
    { weight: 2, arbitrary: fc.uint8Array({ maxLength: 4000 }).map((b) => Buffer.from(b).toString('utf8')) },
    { weight: 1, arbitrary: fc.constantFrom(...seeds) },
  );
}

/** Milliseconds one call of the core may take for `chars` of input. */
export function budgetMs(chars: number): number {
  return BUDGET_BASE_MS + BUDGET_MS_PER_KB * (chars / 1024);
}
// Generous against slow CI machines; what it catches is the quadratic (or worse) blow-up that
// turns a 100 KB literal into minutes.
export const BUDGET_BASE_MS = 1500;
export const BUDGET_MS_PER_KB = 20;

/** Count, slowest input and whether every one stayed in budget, for the test's report. */
export class Timings {
  count = 0;
  slowest = { ms: 0, chars: 0 };
  /** The input with the highest time / budget ratio. */
  worst = { ratio: 0, ms: 0, chars: 0 };

  record(chars: number, ms: number): void {
    this.count++;
    if (ms > this.slowest.ms) this.slowest = { ms, chars };
    const ratio = ms / budgetMs(chars);
    if (ratio > this.worst.ratio) this.worst = { ratio, ms, chars };
  }

  summary(what: string): string {
    const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
    return `${what}: ${this.count} inputs; slowest ${this.slowest.ms.toFixed(1)} ms (${kb(this.slowest.chars)}); ` +
      `closest to budget ${(this.worst.ratio * 100).toFixed(1)}% (${this.worst.ms.toFixed(1)} ms, ${kb(this.worst.chars)})`;
  }
}

/** Inputs per language (and for the config loader): FUZZ_RUNS overrides (the soak uses 100,000). */
export function runsFromEnv(fallback = 10_000): number {
  const n = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/**
 * Runs a property like fc.assert, but a failure names the input by size and a short excerpt
 * (the whole counterexample goes to a file: a shrunk 100 KB input would drown the test log).
 */
export async function checkProperty<Ts extends [unknown, ...unknown[]]>(name: string, property: fc.IAsyncPropertyWithHooks<Ts> | fc.IPropertyWithHooks<Ts>, numRuns: number): Promise<void> {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
  // No shrinking: each step re-runs a slow input up to three times against the budget, which
  // could take the suite past any CI time limit; the whole input is saved instead.
  const out = await fc.check(property as fc.IAsyncProperty<Ts>, { numRuns, seed, endOnFailure: true });
  if (!out.failed) return;
  const example = out.counterexample ?? [];
  const file = path.join(os.tmpdir(), `klaviyo-scopes-fuzz-${name.replace(/\W+/g, '-')}-${out.seed}.json`);
  fs.writeFileSync(file, JSON.stringify(example));
  const text = typeof example[0] === 'string' ? example[0] : JSON.stringify(example[0]);
  const cause = out.errorInstance instanceof Error ? out.errorInstance.message : String(out.errorInstance);
  assert.fail(`${name}: failed after ${out.numRuns} inputs (seed ${out.seed}, path ${out.counterexamplePath}): ${cause}\n` +
    `  input: ${text.length} chars, starts ${JSON.stringify(text.slice(0, 160))}; extra arguments ${JSON.stringify(example.slice(1))}\n  full counterexample: ${file}`);
}

/** Input deep enough that running out of stack on it is a stated limit rather than a bug. */
export function looksDeep(text: string): boolean {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[' || c === '{') max = Math.max(max, ++depth);
    else if (c === ')' || c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  // Or a short unit repeated hundreds of times in a row (`a % b % …`, nested `def`s).
  return max >= 200 || /(.{1,12}?)\1{199,}/s.test(text);
}
