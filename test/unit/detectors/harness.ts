// Shared harness for the detector tables: builds an in-memory workspace from `{ path: text }`,
// scans it with the real engine, and compares every call found with a table row's expectation.

import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { Workspace, type ScanOptions, type ScanResult, type WorkspaceHost } from '../../../server/src/core/engine/workspace';
import type { Call, CallKind, Confidence } from '../../../server/src/core/model';

/** Workspace root every harness path is relative to. */
export const ROOT = '/ws';

/** Relative path → file text. A bare string is one file, `src/index.ts`. */
export type Files = Record<string, string> | string;

export const DEFAULT_FILE = 'src/index.ts';

export function toMap(files: Files): Map<string, string> {
  const rec = typeof files === 'string' ? { [DEFAULT_FILE]: files } : files;
  return new Map(Object.entries(rec).map(([p, t]) => [path.resolve(ROOT, p), t]));
}

/** A `WorkspaceHost` over a Map: listFiles returns the keys, read the text. */
export function memoryHost(map: Map<string, string>): WorkspaceHost {
  return {
    listFiles: () => [...map.keys()],
    read: (p) => map.get(p),
  };
}

export function scan(files: Files, options?: ScanOptions): ScanResult & { texts: Map<string, string> } {
  const texts = toMap(files);
  const ws = new Workspace(ROOT, memoryHost(texts), options);
  return { ...ws.scan(), texts };
}

/** What a row asserts about one call. Omitted fields are not checked (except operation, range). */
export interface Expect {
  operation: string | null;
  /** Exact source text of the call's range. */
  range: string;
  /** `line:column` of the range start (1-based). */
  at?: string;
  /** Relative path of the file the call is in (default: the only/first file containing `range`). */
  file?: string;
  scopes?: string[];
  includeScopes?: string[];
  kind?: CallKind;
  confidence?: Confidence;
  /** Exact candidates (order-insensitive). */
  candidates?: string[];
  /** Candidates that must be among the call's. */
  candidatesInclude?: string[];
  keyEnv?: string | null;
  replacement?: string | null;
  /** Substring of the note. */
  note?: string;
  method?: string | null;
  path?: string | null;
  detector?: string;
  beta?: boolean;
  alias?: { used: string; current: string } | null;
  /** Exact source text of the call's nameRange (e.g. 'getProfiles'). */
  nameText?: string;
}

export interface Case {
  name: string;
  files: Files;
  /** Every call the scan must find, in file then position order; [] for negative cases. */
  expect: Expect[];
  /** Only compare calls of these detectors (default: all). */
  detectors?: string[];
  options?: ScanOptions;
  skip?: boolean | string;
  only?: boolean;
}

function rel(file: string): string {
  return path.relative(ROOT, file);
}

function summary(c: Call, texts: Map<string, string>): string {
  const text = (texts.get(c.file) ?? '').slice(c.range.start, c.range.end);
  return `${rel(c.file)}:${c.start.line}:${c.start.column} [${c.detector}/${c.kind}/${c.confidence}] ${c.operation} ${JSON.stringify(c.scopes)} ` +
    `${JSON.stringify(text)}${c.note ? ` — ${c.note}` : ''}${c.candidates.length ? ` candidates=${c.candidates.join(',')}` : ''}`;
}

/** Asserts one call against one row. */
export function checkCall(c: Call, e: Expect, texts: Map<string, string>, label: string): void {
  const text = (texts.get(c.file) ?? '').slice(c.range.start, c.range.end);
  const where = `${label}: ${summary(c, texts)}`;
  assert.equal(text, e.range, `${where}\n  range text`);
  assert.equal(c.operation, e.operation, `${where}\n  operation`);
  if (e.at !== undefined) assert.equal(`${c.start.line}:${c.start.column}`, e.at, `${where}\n  start`);
  if (e.file !== undefined) assert.equal(rel(c.file), e.file, `${where}\n  file`);
  if (e.scopes !== undefined) assert.deepEqual([...c.scopes].sort(), [...e.scopes].sort(), `${where}\n  scopes`);
  if (e.includeScopes !== undefined) assert.deepEqual([...c.includeScopes].sort(), [...e.includeScopes].sort(), `${where}\n  includeScopes`);
  if (e.kind !== undefined) assert.equal(c.kind, e.kind, `${where}\n  kind`);
  if (e.confidence !== undefined) assert.equal(c.confidence, e.confidence, `${where}\n  confidence`);
  if (e.candidates !== undefined) assert.deepEqual([...c.candidates].sort(), [...e.candidates].sort(), `${where}\n  candidates`);
  for (const id of e.candidatesInclude ?? []) assert.ok(c.candidates.includes(id), `${where}\n  candidates should include ${id}`);
  if (e.keyEnv !== undefined) assert.equal(c.keyEnv, e.keyEnv, `${where}\n  keyEnv`);
  if (e.replacement !== undefined) assert.equal(c.replacement, e.replacement, `${where}\n  replacement`);
  if (e.note !== undefined) assert.ok(c.note?.includes(e.note), `${where}\n  note should contain ${JSON.stringify(e.note)}`);
  if (e.method !== undefined) assert.equal(c.method, e.method, `${where}\n  method`);
  if (e.path !== undefined) assert.equal(c.path, e.path, `${where}\n  path`);
  if (e.detector !== undefined) assert.equal(c.detector, e.detector, `${where}\n  detector`);
  if (e.beta !== undefined) assert.equal(c.beta, e.beta, `${where}\n  beta`);
  if (e.alias !== undefined) assert.deepEqual(c.alias, e.alias, `${where}\n  alias`);
  if (e.nameText !== undefined) assert.equal((texts.get(c.file) ?? '').slice(c.nameRange.start, c.nameRange.end), e.nameText, `${where}\n  nameText`);
}

/** Scans a case and asserts its calls match the rows one to one. */
export function runCase(c: Case): void {
  const res = scan(c.files, c.options);
  const calls = res.calls.filter((x) => !c.detectors || c.detectors.includes(x.detector));
  const found = calls.map((x) => '  ' + summary(x, res.texts)).join('\n') || '  (none)';
  assert.equal(calls.length, c.expect.length, `${c.name}: expected ${c.expect.length} call(s), found ${calls.length}:\n${found}`);
  c.expect.forEach((e, i) => checkCall(calls[i], e, res.texts, `${c.name} #${i + 1}`));
}

/** One `test` per row under a `describe`. */
export function runTable(title: string, cases: readonly Case[]): void {
  describe(title, () => {
    for (const c of cases) {
      const opts = { skip: c.skip, only: c.only };
      test(c.name, opts, () => runCase(c));
    }
  });
}

/** Counts for the reports: rows expecting calls vs rows expecting none. */
export function countCases(cases: readonly Case[]): { positive: number; negative: number } {
  const positive = cases.filter((c) => c.expect.length > 0).length;
  return { positive, negative: cases.length - positive };
}
