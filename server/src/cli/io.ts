// Where output goes and how it looks. Everything printed passes through `redactAll`, so a
// private key that ends up in a message (a note quoting code, a config problem) never
// reaches a terminal or a CI log.

import path from 'node:path';
import { redactAll } from '../core/config/secrets';
import { writeReport } from './atomic-write';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** ANSI colour on stdout: only for a terminal, and never when NO_COLOR is set. */
  color: boolean;
  /** Whether a progress line may be drawn on stderr. */
  progress: boolean;
  cwd: string;
}

export function processIo(): Io {
  const noColor = (process.env.NO_COLOR ?? '') !== '';
  return {
    out: (text) => void process.stdout.write(redactAll(text)),
    err: (text) => void process.stderr.write(redactAll(text)),
    color: process.stdout.isTTY === true && !noColor,
    progress: process.stderr.isTTY === true,
    cwd: process.cwd(),
  };
}

export interface Style {
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

export function styleFor(color: boolean): Style {
  const wrap = (open: number, close: number) => (s: string) => (color && s !== '' ? `\x1b[${open}m${s}\x1b[${close}m` : s);
  return { red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39), cyan: wrap(36, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}

const ANSI = /\x1b\[[0-9;]*m/g;

export function visibleLength(s: string): string['length'] {
  return s.replace(ANSI, '').length;
}

/** Rows as aligned columns (widths from the visible text, so colour does not skew them). */
export function columns(rows: string[][], indent = '  ', gap = '  '): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, visibleLength(cell))));
  return rows.map((r) => (indent + r.map((cell, i) => (i === r.length - 1 ? cell : cell + ' '.repeat(widths[i] - visibleLength(cell)))).join(gap)).trimEnd());
}

/** A path for people: relative to the working directory, with `/`. */
export function displayPath(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return (rel === '' ? '.' : path.isAbsolute(rel) ? file : rel).split(path.sep).join('/');
}

/** A folder in a sentence: `src`, or `the current directory` rather than a bare `.`. */
export function folderLabel(cwd: string, dir: string): string {
  const p = displayPath(cwd, dir);
  return p === '.' ? 'the current directory' : p;
}

/** A path for machines: relative to `root`, with `/` (the JSON contract's `file`). */
export function rootPath(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? word : many}`;
}

/**
 * `--output FILE`: the report written whole or not at all, redacted like everything printed
 * (the file may be uploaded as an artifact). False, with the reason on stderr, when it failed.
 */
export function writeOutput(io: Io, output: string, report: string): boolean {
  const file = path.resolve(io.cwd, output);
  try {
    writeReport(file, redactAll(report));
    return true;
  } catch (e) {
    io.err(`klaviyo-scopes: could not write ${displayPath(io.cwd, file)}: ${e instanceof Error ? e.message : String(e)}\n`);
    return false;
  }
}
