// Shared by the PHP detector tables: the default file, and the start position of rows that do
// not spell it out, computed from the text (the range's text must occur exactly once in its file).

import type { Case, Expect } from './harness';
import { runTreeTable } from './tree-harness';

export const PHP_FILE = 'src/app.php';

function lineCol(text: string, index: number): string {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return `${line}:${index - before.lastIndexOf('\n')}`;
}

/**
 * Fills `at` for rows without one (throws when the range text is ambiguous in its file), and the
 * table's default kind and confidence; every row with an operation must give its scopes.
 */
export function withPositions(cases: readonly Case[], defaults: Pick<Expect, 'kind' | 'confidence'> = {}): Case[] {
  return cases.map((c) => {
    const files = typeof c.files === 'string' ? { [PHP_FILE]: c.files } : c.files;
    const expect = c.expect.map((raw) => {
      const e = { ...defaults, ...(raw.operation === null ? { scopes: [] } : {}), ...raw };
      if (e.scopes === undefined) throw new Error(`${c.name}: give "scopes" for ${JSON.stringify(e.range)}`);
      if (e.at !== undefined) return e;
      const file = e.file ?? Object.keys(files).find((f) => files[f].includes(e.range));
      const text = file ? files[file] : '';
      const first = text.indexOf(e.range);
      if (!file || first < 0 || text.indexOf(e.range, first + 1) >= 0) throw new Error(`${c.name}: give "at" for ${JSON.stringify(e.range)} (not found once in ${file ?? 'any file'})`);
      return { ...e, at: lineCol(text, first) };
    });
    return { ...c, expect };
  });
}

/** The table with positions filled and the detectors to compare. */
export function runPhpTable(title: string, cases: readonly Case[], detectors: string[], defaults: Pick<Expect, 'kind' | 'confidence'> = {}): Case[] {
  const all = withPositions(cases, defaults).map((c) => ({ ...c, detectors: c.detectors ?? detectors }));
  runTreeTable(title, all, PHP_FILE);
  return all;
}

