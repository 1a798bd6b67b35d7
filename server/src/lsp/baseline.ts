import path from 'node:path';
import { callLabel } from '../core/findings';
import type { Finding } from '../core/findings';
import { parseBaseline, type BaselineEntry, type BaselineProblem } from '../core/baseline/file';
import { fingerprints, lineAround } from '../core/baseline/fingerprint';
import { matchBaseline, type BaselineState } from '../core/baseline/match';
import type { ScanResult } from '../core/engine/workspace';

// The editor's side of a baseline (klaviyo-scopes.baseline.json, written by the CLI): findings it
// holds are still shown, at the `baselineSeverity` setting, so people see the backlog without it
// drowning what is new. The same fingerprints as the CLI's (core/baseline/fingerprint.ts), with
// paths relative to the workspace folder, which is where `klaviyo-scopes baseline` is run.

export type LoadedBaseline = { path: string; text: string; entries: Map<string, BaselineEntry[]> } | { path: string; text: string; problem: BaselineProblem };

/** Parses the baseline text once per version of it. */
export function loadBaseline(file: string, text: string, previous: LoadedBaseline | null): LoadedBaseline {
  if (previous && previous.path === file && previous.text === text) return previous;
  const r = parseBaseline(text);
  if (!r.ok) return { path: file, text, problem: r.problem };
  const entries = new Map<string, BaselineEntry[]>();
  for (const e of r.baseline.findings) {
    const list = entries.get(e.file);
    if (list) list.push(e);
    else entries.set(e.file, [e]);
  }
  return { path: file, text, entries };
}

/** For each of one file's findings, whether the baseline holds it (null when there is no usable baseline). */
export function baselineStates(baseline: LoadedBaseline | null, root: string, scan: ScanResult, file: string, text: string, findings: readonly Finding[]): BaselineState[] | null {
  if (!baseline || !('entries' in baseline)) return null;
  const rel = path.relative(root, file).split(path.sep).join('/');
  const entries = baseline.entries.get(rel);
  if (!entries?.length) return null;
  const prints = fingerprints(findings, {
    rel: () => rel,
    lineText: (_f, offset) => lineAround(text, offset),
    subject: (f) => (f.call === undefined ? '' : callLabel(scan.calls[f.call])),
  });
  return matchBaseline(findings.map((f, i) => ({ code: f.code, file: rel, fingerprint: prints[i] })), entries).states;
}
