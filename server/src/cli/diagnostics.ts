// The core's findings (core/findings.ts) as positioned diagnostics for the SARIF, GitHub,
// Markdown and text formats, with the same codes and wording as the editor.

import { codeInfo } from '../core/diagnostic-codes';
import { LineMap } from '../core/engine/positions';
import { allFindings } from '../core/findings';
import type { LineCol } from '../core/model';
import type { Analysis } from './analyze';
import { displayPath } from './io';

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
}

/**
 * In CI a call no key serves fails the check, so it is an error there (the editor shows it as
 * information while you work). Beta calls are worth a hint in the editor, not a CI finding.
 */
function levelOf(code: string): Level | null {
  if (code === 'no-key') return 'error';
  if (code === 'beta-endpoint') return null;
  const severity = codeInfo(code)?.severity ?? 'warning';
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

export function collectDiagnostics(a: Analysis, cwd: string): Diagnostic[] {
  const lines = new Map<string, LineMap>();
  const lineMap = (file: string): LineMap => {
    let m = lines.get(file);
    if (!m) lines.set(file, (m = new LineMap(a.host.read(file) ?? '')));
    return m;
  };
  const out: Diagnostic[] = [];
  for (const f of allFindings(a.scan, a.check, a.configs, { complete: true, label: (p) => displayPath(cwd, p) })) {
    const level = levelOf(f.code);
    if (!level) continue;
    const { start, end } = lineMap(f.file).span(f.span);
    out.push({ code: f.code, level, file: f.file, start, end, title: f.title, message: f.message, call: f.call });
  }
  return out;
}
