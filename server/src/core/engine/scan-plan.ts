import path from 'node:path';
import { isTestFile } from './test-files';
import { isTsLike } from '../ts/parse';
import { findKeys, type KeyHit } from '../secrets/hardcoded-key';
import { looksLikeGeneratedSdk, looksMinified, mentionsKlaviyo, relativeSpecifiers } from './prefilter';
import { treeLanguageOf } from '../languages';
import type { SourceIndex } from './tree-languages';
import { findDirectives, type Directive } from '../suppress/directives';
import { commentStyleOf } from '../suppress/comment-style';

// What a scan parses, decided from cheap text tests of every source file (the prefilter), and
// how the chosen files split into components that can be analyzed independently, on any thread.

/** What the prefilter needs to know about one file; computed wherever the file is read. */
export interface FileFacts {
  /** Why the file is not analyzed at all (too big, minified), or null. */
  skip: string | null;
  mentions: boolean;
  /** Relative module specifiers it imports (regex, not a parse). */
  specs: string[];
  /** Its length in characters: the work it costs, roughly. */
  size: number;
  /** Private keys written in it (`hardcoded-key`); absent when none. */
  keys?: KeyHit[];
  /** Its `klaviyo-scopes-ignore` comments; absent when none. */
  directives?: Directive[];
}

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

export const UNREADABLE = 'could not be read (no permission, or deleted or renamed during the scan)';
export const VENDORED_SDK = "a copy of a Klaviyo SDK's generated source (vendored)";

/** Why a file's text is not analyzed (too big, minified), or null. Scans and edits alike. */
export function skipReason(text: string, maxFileBytes = DEFAULT_MAX_BYTES): string | null {
  if (text.length > maxFileBytes) return `larger than ${maxFileBytes} bytes`;
  // As git and grep decide: a NUL byte early on means binary (an image or archive named .js).
  if (text.slice(0, 8000).includes('\0')) return 'binary (it holds NUL bytes)';
  if (looksLikeGeneratedSdk(text)) return VENDORED_SDK;
  return looksMinified(text) ? 'minified or generated' : null;
}

/**
 * The facts of a file known to be bigger than the limit from its size on disk: it is not even
 * read (a 500 MB log named app.js would otherwise be loaded whole), only named as skipped.
 */
export function factsOfSize(bytes: number, maxFileBytes = DEFAULT_MAX_BYTES): FileFacts | null {
  return bytes > maxFileBytes ? { skip: `larger than ${maxFileBytes} bytes`, mentions: false, specs: [], size: 0 } : null;
}

/** `file` picks how imports are read: TS/JS relative specifiers, or the tree language's own hints. */
export function factsOf(text: string, maxFileBytes?: number, file?: string): FileFacts {
  const skip = skipReason(text, maxFileBytes);
  if (skip) return { skip, mentions: false, specs: [], size: text.length };
  const keys = findKeys(text);
  const directives = file === undefined ? [] : directivesIn(file, text);
  const specs = file === undefined || isTsLike(file) ? relativeSpecifiers(text) : (treeLanguageOf(file)?.importSpecs?.(text) ?? []);
  return { skip: null, mentions: mentionsKlaviyo(text), specs, size: text.length, ...(keys.length ? { keys } : {}), ...(directives.length ? { directives } : {}) };
}

/** A file's suppression comments, in its language's comment syntax. */
export function directivesIn(file: string, text: string): Directive[] {
  const style = commentStyleOf(file);
  return style ? findDirectives(text, style) : [];
}

export interface Plan {
  /** Files to analyze, sorted. */
  candidates: string[];
  /** Files the prefilter skipped, with the reason, in source order. */
  skipped: { file: string; reason: string }[];
  /**
   * The candidates in groups whose values may flow into each other through relative imports
   * (TS/JS); every other candidate is a group of its own. Each group is sorted; groups are in
   * the order of their first file.
   */
  components: string[][];
}

/**
 * Candidates: files that mention Klaviyo, then (transitively, up to 8 rounds) files importing one
 * of them (TS/JS relative imports; each tree language's own imports, see TreeLanguage.importSpecs); with `noPrefilter`, every readable file that is not skipped. `facts` is undefined for
 * files that could not be read.
 */
export function plan(sources: readonly string[], facts: (file: string) => FileFacts | undefined, noPrefilter = false, root = '/'): Plan {
  const chosen = new Set<string>();
  const skipped: Plan['skipped'] = [];
  const rest: string[] = [];
  for (const f of sources) {
    const x = facts(f);
    if (x === undefined) {
      // Listed, then unreadable: no permission, or deleted or renamed since the listing.
      skipped.push({ file: f, reason: UNREADABLE });
      continue;
    }
    if (x.skip) skipped.push({ file: f, reason: x.skip });
    // Tests are neither reported nor pulled in by what they import (test-files.ts).
    else if (isTestFile(path.relative(root, f).split(path.sep).join('/'))) continue;
    else if (noPrefilter || x.mentions) chosen.add(f);
    else rest.push(f);
  }
  // A generated SDK is copied whole: its files without the generator's header (`api/apis.ts`
  // beside `api/accountsApi.ts`) are the copy too, not the project's calls.
  const vendored = new Set(skipped.filter((s) => s.reason === VENDORED_SDK).map((s) => path.dirname(s.file)));
  if (vendored.size) {
    for (const f of [...chosen]) {
      if (!vendored.has(path.dirname(f))) continue;
      chosen.delete(f);
      skipped.push({ file: f, reason: VENDORED_SDK });
    }
    for (let i = rest.length - 1; i >= 0; i--) if (vendored.has(path.dirname(rest[i]))) rest.splice(i, 1);
    const order = new Map(sources.map((f, i) => [f, i]));
    skipped.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
  }
  const sourceSet = new Set(sources);
  const index = sourceIndex(root, sources);
  const targetsOf = new Map<string, string[]>();
  const resolvedIn = new Map<string, string[]>();
  const targets = (f: string): string[] => {
    let t = targetsOf.get(f);
    if (!t) {
      t = [];
      const lang = isTsLike(f) ? undefined : treeLanguageOf(f);
      const dir = path.dirname(f);
      for (const s of facts(f)?.specs ?? []) {
        if (lang) {
          // Where an import leads depends on the folder, not the file: thousands of files import
          // the same few modules, so each folder resolves each name once.
          const key = `${lang.language}\0${dir}\0${s}`;
          let r = resolvedIn.get(key);
          if (!r) resolvedIn.set(key, (r = lang.resolveImport?.(f, s, index) ?? []));
          for (const x of r) if (x !== f) t.push(x);
        } else {
          const r = resolveIn(sourceSet, f, s);
          if (r !== undefined) t.push(r);
        }
      }
      targetsOf.set(f, t);
    }
    return t;
  };
  for (let round = 0, added = true; added && round < 8; round++) {
    added = false;
    for (let i = rest.length - 1; i >= 0; i--) {
      const f = rest[i];
      if (targets(f).some((t) => chosen.has(t))) {
        chosen.add(f);
        rest.splice(i, 1);
        added = true;
      }
    }
  }
  const candidates = [...chosen].sort();

  // Union-find over import edges between TS/JS candidates.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    for (let y = x; y !== r; ) {
      const next = parent.get(y) as string;
      parent.set(y, r);
      y = next;
    }
    return r;
  };
  for (const f of candidates) parent.set(f, f);
  for (const f of candidates) {
    if (!isTsLike(f)) continue;
    for (const t of targets(f)) {
      if (!chosen.has(t) || !isTsLike(t)) continue;
      const a = find(f);
      const b = find(t);
      if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
    }
  }
  const groups = new Map<string, string[]>();
  for (const f of candidates) {
    const r = find(f);
    const g = groups.get(r);
    if (g) g.push(f);
    else groups.set(r, [f]);
  }
  // Candidates are sorted, so each group is too, and groups come in the order of their first file.
  return { candidates, skipped, components: [...groups.values()] };
}

/** Resolve a relative specifier against the known source files, without touching the disk. */
export function resolveIn(sources: Set<string>, from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  const stem = base.replace(/\.(m|c)?js$/, '');
  for (const ext of ['', '.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs']) {
    if (sources.has(stem + ext)) return stem + ext;
    if (sources.has(base + ext)) return base + ext;
  }
  for (const ext of ['.ts', '.tsx', '.js', '.jsx']) if (sources.has(path.join(base, 'index' + ext))) return path.join(base, 'index' + ext);
  return undefined;
}

/** Lookups over the listed source files, each built on first use (most scans need none of them). */
export function sourceIndex(root: string, sources: readonly string[]): SourceIndex {
  const sourceSet = new Set(sources);
  let byName: Map<string, string[]> | undefined;
  let byDir: Map<string, string[]> | undefined;
  let byExt: Map<string, string[]> | undefined;
  let folders: Set<string> | undefined;
  const group = (key: (f: string) => string): Map<string, string[]> => {
    const m = new Map<string, string[]>();
    for (const f of sources) {
      const k = key(f);
      const list = m.get(k);
      if (list) list.push(f);
      else m.set(k, [f]);
    }
    return m;
  };
  return {
    root,
    has: (f) => sourceSet.has(f),
    named: (base) => (byName ??= group((f) => path.basename(f))).get(base) ?? [],
    inFolder: (dir) => (byDir ??= group((f) => path.dirname(f))).get(dir) ?? [],
    withExtension: (ext) => (byExt ??= group((f) => path.extname(f).toLowerCase())).get(ext) ?? [],
    hasFolder(name) {
      if (!folders) {
        folders = new Set();
        for (const d of new Set(sources.map((f) => path.dirname(f)))) for (const part of d.split(/[\\/]/)) folders.add(part);
      }
      return folders.has(name);
    },
  };
}
