// The core's findings (core/findings.ts) as positioned diagnostics for the SARIF, GitHub,
// Markdown and text formats, with the same codes and wording as the editor. Accepted findings
// (inline directives, a baseline) are kept and marked: SARIF and JSON carry them, the other
// formats and the exit code count only the active ones.

import { codeInfo } from '../core/diagnostic-codes';
import { LineMap } from '../core/engine/positions';
import { allFindings, callLabel, type Finding, type Suppression } from '../core/findings';
import type { LineCol } from '../core/model';
import { applyDirectives } from '../core/suppress/apply';
import type { Directive } from '../core/suppress/directives';
import { fingerprints, lineAround } from '../core/baseline/fingerprint';
import { matchBaseline, type BaselineState } from '../core/baseline/match';
import type { BaselineEntry } from '../core/baseline/file';
import type { Analysis } from './analyze';
import { displayPath, rootPath } from './io';

export { callLabel } from '../core/findings';

export type Level = 'error' | 'warning' | 'note';

export interface Diagnostic {
  code: string;
  level: Level;
  /** Absolute path. */
  file: string;
  start: LineCol;
  end: LineCol;
  /** A few words, for annotation titles. */
  title: string;
  message: string;
  /** Index into scan.calls, for findings about a call. */
  call?: number;
  /** The call's operation (or request), null for findings not about a call. */
  operation: string | null;
  /** Stable across line moves (core/baseline/fingerprint.ts). */
  fingerprint: string;
  suppression?: Suppression;
  /** Set when a baseline was given. */
  baselineState?: BaselineState;
}

export interface Diagnostics {
  all: Diagnostic[];
  /** Not accepted inline or by the baseline: what fails a check and what the text formats show. */
  active: Diagnostic[];
  /** Baseline entries that no longer occur. */
  absent: BaselineEntry[];
}

/**
 * In CI a call no key serves fails the check, so it is an error there (the editor shows it as
 * information while you work). Beta calls are worth a hint in the editor, not a CI finding.
 */
function levelOf(code: string, own?: 'error' | 'warning'): Level | null {
  if (own) return own;
  if (code === 'no-key') return 'error';
  if (code === 'beta-endpoint') return null;
  const severity = codeInfo(code)?.severity ?? 'warning';
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

const memo = new WeakMap<Analysis, Map<string, Diagnostics>>();

export function diagnosticsOf(a: Analysis, cwd: string): Diagnostics {
  let byCwd = memo.get(a);
  if (!byCwd) memo.set(a, (byCwd = new Map()));
  let d = byCwd.get(cwd);
  if (!d) byCwd.set(cwd, (d = compute(a, cwd)));
  return d;
}

/** How many findings were accepted, and how many errors are left to fail the check. */
export function acceptedCounts(d: Diagnostics): { inline: number; baseline: number; failing: number } {
  return {
    inline: d.all.filter((x) => x.suppression?.kind === 'inSource').length,
    baseline: d.all.filter((x) => x.suppression?.kind === 'external').length,
    failing: d.active.filter((x) => x.level === 'error').length,
  };
}

/** Every diagnostic, accepted ones included (marked). */
export function collectDiagnostics(a: Analysis, cwd: string): Diagnostic[] {
  return diagnosticsOf(a, cwd).all;
}

function compute(a: Analysis, cwd: string): Diagnostics {
  const texts = new Map<string, { text: string; lines: LineMap }>();
  const file = (f: string): { text: string; lines: LineMap } => {
    let t = texts.get(f);
    if (!t) {
      const text = a.host.read(f) ?? '';
      texts.set(f, (t = { text, lines: new LineMap(text) }));
    }
    return t;
  };
  let findings: Finding[] = allFindings(a.scan, a.check, a.configs, { complete: true, label: (p) => displayPath(cwd, p) });
  if (a.inlineIgnores) findings = applyDirectives(findings, directivesInPlay(a), { complete: true });
  findings = findings.filter((f) => levelOf(f.code, f.severity) !== null);
  const operationOf = (f: Finding): string | null => (f.call === undefined ? null : callLabel(a.scan.calls[f.call]));
  const prints = fingerprints(findings, {
    rel: (f) => rootPath(a.root, f),
    lineText: (f, offset) => lineAround(file(f).text, offset),
    subject: (f) => operationOf(f) ?? '',
  });
  const all: Diagnostic[] = findings.map((f, i) => {
    const { start, end } = file(f.file).lines.span(f.span);
    return {
      code: f.code, level: levelOf(f.code, f.severity) as Level, file: f.file, start, end, title: f.title, message: f.message, call: f.call,
      operation: operationOf(f), fingerprint: prints[i], ...(f.suppression ? { suppression: f.suppression } : {}),
    };
  });
  let absent: BaselineEntry[] = [];
  if (a.baseline) {
    const match = matchBaseline(all.map((d) => ({ code: d.code, file: rootPath(a.root, d.file), fingerprint: d.fingerprint })), a.baseline.entries);
    const justification = `in the baseline ${displayPath(cwd, a.baseline.path)}`;
    all.forEach((d, i) => {
      d.baselineState = match.states[i];
      if (match.states[i] === 'unchanged' && !d.suppression) d.suppression = { kind: 'external', justification };
    });
    absent = match.absent;
  }
  all.sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0) || x.start.line - y.start.line || x.start.column - y.start.column || (x.code < y.code ? -1 : 1));
  return { all, active: all.filter((d) => !d.suppression), absent };
}

/** The scan's directives, and those of the `--config` file when one replaces the discovered configs. */
function directivesInPlay(a: Analysis): ReadonlyMap<string, readonly Directive[]> {
  const map = new Map(a.scan.directives ?? []);
  if (a.override) {
    for (const c of a.scan.configs) if (c.path !== a.override.path) map.delete(c.path);
    if (a.override.directives) map.set(a.override.path, a.override.directives);
  }
  return map;
}
