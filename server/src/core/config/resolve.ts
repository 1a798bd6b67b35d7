// Which config applies to a file, and which of its keys a call uses. A call's own evidence
// (the env var its client is built from) beats where the file sits, which beats the
// single-key shorthand. Among keys of equal standing the first in the file wins, so the
// order of "keys" is the tie-breaker users control.

import * as path from 'node:path';
import { compileGlobs } from './globs';
import { CONFIG_FILE_NAME, type KeyConfig, type KeyEntry } from './schema';
import { climbsOut } from '../path-escape';

export type KeyReason = 'env' | 'files' | 'single' | 'none';

/** Windows paths (drive letter or backslashes) use win32 semantics on any OS, all others POSIX. */
function pathApi(...paths: string[]): path.PlatformPath {
  return paths.some((p) => /^[A-Za-z]:[\\/]|\\/.test(p)) ? path.win32 : path.posix;
}

/** The nearest klaviyo.keys.json from `fileDir` up to and including `root`, or null. */
export function findConfigPath(fileDir: string, root: string, exists: (p: string) => boolean): string | null {
  const p = pathApi(fileDir, root);
  const top = p.resolve(root);
  let dir = p.resolve(fileDir);
  if (!isInside(p, top, dir)) return null;
  for (;;) {
    const candidate = p.join(dir, CONFIG_FILE_NAME);
    if (exists(candidate)) return candidate;
    if (sameDir(p, dir, top)) return null;
    const parent = p.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** `file` relative to `configDir` with `/` separators, or null when it is not below it. */
export function relativeToConfig(configDir: string, file: string): string | null {
  // Scans ask this of every listed file (already absolute and normalized): a prefix test answers
  // those without the four resolve/relative calls, which cost a tenth of a 10,000-file scan.
  if (isPlainPosix(configDir) && isPlainPosix(file)) {
    if (file === configDir) return '';
    const dir = configDir.endsWith('/') ? configDir : configDir + '/';
    if (file.startsWith(dir)) return file.slice(dir.length);
  }
  const p = pathApi(configDir, file);
  const base = p.resolve(configDir);
  const target = p.resolve(file);
  if (!isInside(p, base, target)) return null;
  const rel = p.relative(base, target);
  return p === path.win32 ? rel.replace(/\\/g, '/') : rel;
}

/** An absolute POSIX path with nothing to normalize (no `.` or `..` segment, no `//`, no backslash). */
function isPlainPosix(p: string): boolean {
  return p.startsWith('/') && !/\/\.{0,2}(\/|$)|\\/.test(p);
}

function isInside(p: path.PlatformPath, dir: string, target: string): boolean {
  const rel = p.relative(dir, target);
  return rel === '' || (!climbsOut(rel) && !p.isAbsolute(rel));
}

function sameDir(p: path.PlatformPath, a: string, b: string): boolean {
  // Windows paths are case-insensitive; `p.relative` already ignores case there.
  return p.relative(a, b) === '';
}

interface Compiled {
  files: ((rel: string) => boolean)[];
  ignore: (rel: string) => boolean;
}

// keyForCall runs once per call and a workspace has thousands: compile each config's globs once.
const compiled = new WeakMap<KeyConfig, Compiled>();
function compile(config: KeyConfig): Compiled {
  let c = compiled.get(config);
  if (!c) {
    c = { files: config.keys.map((k) => compileGlobs(k.files ?? [])), ignore: compileGlobs(config.ignore ?? []) };
    compiled.set(config, c);
  }
  return c;
}

export function keyForCall(
  config: KeyConfig,
  configDir: string,
  call: { file: string; keyEnv?: string | null },
): { key: KeyEntry | null; reason: KeyReason } {
  if (call.keyEnv) {
    const key = config.keys.find((k) => k.env?.includes(call.keyEnv as string));
    if (key) return { key, reason: 'env' };
  }
  const rel = relativeToConfig(configDir, call.file);
  if (rel === null || rel === '') return { key: null, reason: 'none' };
  const { files } = compile(config);
  const index = config.keys.findIndex((_k, i) => files[i](rel));
  if (index >= 0) return { key: config.keys[index], reason: 'files' };
  const only = config.keys.length === 1 ? config.keys[0] : null;
  // An empty list counts as absent: `"files": []` is what people write while editing.
  if (only && !(only.files?.length ?? 0) && !(only.env?.length ?? 0)) return { key: only, reason: 'single' };
  return { key: null, reason: 'none' };
}

/** Whether `file` matches the config's "ignore" globs (files outside the config's folder never do). */
export function isIgnored(config: KeyConfig, configDir: string, file: string): boolean {
  const rel = relativeToConfig(configDir, file);
  return rel !== null && rel !== '' && compile(config).ignore(rel);
}
