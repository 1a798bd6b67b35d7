import path from 'node:path';
import type { SourceIndex, TreeAnalysisInput } from '../engine/tree-languages';
import type { Module } from './types';

// Java and C# files reach each other by type name (`new KlaviyoClient(…)`, a field of type
// `KlaviyoApi`, `import com.acme.Config;`), and by convention a type lives in a file of its name.
// Read with regexes for the prefilter; the analysis lowers those files (and theirs, one more step).

const TYPE_USES = [
  /\bnew\s+([A-Z]\w*)/g,
  /\b([A-Z]\w*)\s*[.:]\s*[A-Za-z_]/g,
  /\b([A-Z]\w*)(?:<[^<>\n]*>)?\??\s+[a-z_]\w*\s*[;=,)]/g,
  /\b(?:extends|implements)\s+([A-Z]\w*)/g,
  /\bimport\s+(?:static\s+)?[\w.]*?\.([A-Z]\w*)(?:\.[\w*]+)?\s*;/g,
];
const MAX_PEERS = 40;

export function typeNamesUsed(text: string): string[] {
  const out = new Set<string>();
  for (const re of TYPE_USES) for (const m of text.matchAll(re)) out.add(m[1]);
  return [...out];
}

export function filesOfType(spec: string, ext: string, files: SourceIndex): string[] {
  return files.named(spec + ext) as string[];
}

/**
 * The modules of the files a file's type names lead to, and of those files' own names (bases,
 * configs); `also`: files that reach this one without being named in it (a DI registration of
 * its class), read first, with the types they name.
 */
export function typePeers(input: TreeAnalysisInput, ext: string, lower: (file: string, input: TreeAnalysisInput) => Module | null, also: readonly string[] = []): Module[] {
  const files = input.sources;
  if (!files) return [];
  const seen = new Set([input.file]);
  const out: Module[] = [];
  let frontier = [input.text];
  for (const f of also) {
    if (seen.has(f)) continue;
    seen.add(f);
    const m = lower(f, input);
    if (m) out.push(m);
    const t = input.read(f);
    if (t) frontier.push(t);
  }
  for (let step = 0; step < 2 && out.length < MAX_PEERS; step++) {
    const next: string[] = [];
    for (const text of frontier) {
      for (const name of typeNamesUsed(text)) {
        for (const f of filesOfType(name, ext, files)) {
          if (seen.has(f) || out.length >= MAX_PEERS) continue;
          seen.add(f);
          const m = lower(f, input);
          if (m) out.push(m);
          const t = input.read(f);
          if (t) next.push(t);
        }
      }
    }
    frontier = next;
  }
  // The package's other files, and a sibling config package: where Spring-style `@Bean` providers
  // of injected clients live (`service/KlaviyoService` gets its WebClient from `config/…`).
  const dir = path.dirname(input.file);
  for (const d of [dir, path.join(path.dirname(dir), 'config'), path.join(path.dirname(dir), 'configuration')]) {
    for (const f of files.inFolder(d)) {
      if (seen.has(f) || !f.endsWith(ext) || out.length >= MAX_PEERS) continue;
      seen.add(f);
      const m = lower(f, input);
      if (m) out.push(m);
    }
  }
  // Nearest first: a type of the same name in the file's own folder wins over one elsewhere.
  return out.sort((a, b) => Number(path.dirname(b.file) === path.dirname(input.file)) - Number(path.dirname(a.file) === path.dirname(input.file)));
}

type Lower<T> = (file: string, root: import('../tree-sitter/loader').SyntaxNode) => T;

/**
 * Lowered peers by lowering function, then file, with the text they were lowered from: every file
 * of a package or project reads the same few dozen peers, and parsing them again for each file
 * made a scan quadratic in the package's size. Bounded; the oldest entries go first.
 */
const peerCache = new WeakMap<Lower<unknown>, Map<string, { text: string; module: unknown }>>();
const MAX_CACHED_PEERS = 4000;

/** Lowers another file with the analysis's grammar (or reuses its lowering of the same text), freeing its tree. */
export function lowerPeer<T>(f: string, input: TreeAnalysisInput, lower: Lower<T>): T | null {
  const text = input.read(f);
  if (text === undefined) return null;
  let cache = peerCache.get(lower);
  if (!cache) peerCache.set(lower, (cache = new Map()));
  const hit = cache.get(f);
  if (hit && hit.text === text) return hit.module as T;
  const t = input.parse(f);
  if (!t) return null;
  try {
    const module = lower(f, t.rootNode);
    cache.delete(f);
    cache.set(f, { text, module });
    if (cache.size > MAX_CACHED_PEERS) cache.delete(cache.keys().next().value as string);
    return module;
  } finally {
    t.delete();
  }
}
