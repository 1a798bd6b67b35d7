// Detector tables for the tree-sitter languages (Python, PHP, Ruby): the same rows and checks as
// harness.ts, but scanned with `scanAsync()`, the only scan that loads grammars (lazily, for the
// candidate files' languages). A bare string case is one file at the table's default path.

import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { Workspace, type ScanOptions, type ScanResult } from '../../../server/src/core/engine/workspace';
import { checkCall, memoryHost, ROOT, type Case, type Files } from './harness';

export type { Case, Expect, Files } from './harness';

export function toTreeMap(files: Files, defaultFile: string): Map<string, string> {
  const rec = typeof files === 'string' ? { [defaultFile]: files } : files;
  return new Map(Object.entries(rec).map(([p, t]) => [path.resolve(ROOT, p), t]));
}

export async function scanTree(files: Files, defaultFile: string, options?: ScanOptions): Promise<ScanResult & { texts: Map<string, string> }> {
  const texts = toTreeMap(files, defaultFile);
  const ws = new Workspace(ROOT, memoryHost(texts), options);
  return { ...(await ws.scanAsync()), texts };
}

function line(c: ScanResult['calls'][number], texts: Map<string, string>): string {
  const text = (texts.get(c.file) ?? '').slice(c.range.start, c.range.end);
  return `  ${path.relative(ROOT, c.file)}:${c.start.line}:${c.start.column} [${c.detector}/${c.kind}/${c.confidence}] ${c.operation} ` +
    `${JSON.stringify(c.scopes)} ${JSON.stringify(text)}${c.note ? ` — ${c.note}` : ''}${c.candidates.length ? ` candidates=${c.candidates.join(',')}` : ''}`;
}

/** Scans a case and asserts its calls match the rows one to one (file, then position order). */
export async function runTreeCase(c: Case, defaultFile: string): Promise<void> {
  const res = await scanTree(c.files, defaultFile, c.options);
  const calls = res.calls.filter((x) => !c.detectors || c.detectors.includes(x.detector));
  const found = calls.map((x) => line(x, res.texts)).join('\n') || '  (none)';
  assert.equal(calls.length, c.expect.length, `${c.name}: expected ${c.expect.length} call(s), found ${calls.length}:\n${found}`);
  c.expect.forEach((e, i) => checkCall(calls[i], e, res.texts, `${c.name} #${i + 1}`));
}

/** One `test` per row under a `describe`. */
export function runTreeTable(title: string, cases: readonly Case[], defaultFile: string): void {
  describe(title, () => {
    for (const c of cases) test(c.name, { skip: c.skip, only: c.only }, () => runTreeCase(c, defaultFile));
  });
}
