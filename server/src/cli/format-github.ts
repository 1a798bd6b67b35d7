// `check --format github`: GitHub Actions workflow commands, which become annotations on the
// pull request's diff. Only errors and warnings: notes would crowd the annotation limit.

import fs from 'node:fs';
import path from 'node:path';
import { nothingFound } from '../core/nothing-found';
import type { Analysis } from './analyze';
import { diagnosticsOf } from './diagnostics';
import { displayPath, folderLabel } from './io';

/** GitHub shows at most this many annotations of each level per step and drops the rest. */
export const ANNOTATIONS_PER_LEVEL = 10;

export function formatGithub(a: Analysis, cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  // Annotations name files from the repository root: under `working-directory:` a path relative
  // to the current directory would point at no file of the diff.
  const base = repositoryRoot(a.root, env) ?? cwd;
  const lines: string[] = [];
  const counts = { error: 0, warning: 0 };
  for (const d of diagnosticsOf(a, cwd).active) {
    if (d.level === 'note') continue;
    counts[d.level]++;
    const props = [
      `file=${property(displayPath(base, d.file))}`,
      `line=${d.start.line}`,
      `col=${d.start.column}`,
      `endLine=${d.end.line}`,
      `endColumn=${d.end.column}`,
      `title=${property(`klaviyo-scopes: ${d.title}`)}`,
    ];
    lines.push(`::${d.level} ${props.join(',')}::${data(`${d.message} [${d.code}]`)}`);
  }
  const none = nothingFound(a.scan, folderLabel(cwd, a.root));
  if (none) lines.push(`::warning title=${property('klaviyo-scopes: no Klaviyo calls')}::${data(none)}`);
  for (const level of ['error', 'warning'] as const) {
    const over = counts[level] - ANNOTATIONS_PER_LEVEL;
    if (over > 0) lines.push(`klaviyo-scopes: GitHub shows ${ANNOTATIONS_PER_LEVEL} ${level} annotations per step; ${over} more ${level}${over === 1 ? ' is' : 's are'} only in this log (or upload --format sarif to code scanning).`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** `GITHUB_WORKSPACE` when the scanned folder is inside it, else the nearest folder holding `.git`. */
export function repositoryRoot(dir: string, env: NodeJS.ProcessEnv): string | null {
  const ws = env.GITHUB_WORKSPACE;
  if (ws) {
    const rel = path.relative(path.resolve(ws), dir);
    if (!rel.startsWith('..') && !path.isAbsolute(rel)) return path.resolve(ws);
  }
  for (let d = dir; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, '.git'))) return d;
    if (path.dirname(d) === d) return null;
  }
}

// Escaping as the Actions runner expects (toolkit/core command.ts).
export function data(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function property(s: string): string {
  return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
