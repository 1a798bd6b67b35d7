// Pieces the text reports share: call positions, labels and config problems.

import type { CheckResult } from '../core/check';
import type { Call } from '../core/model';
import { displayPath, type Style } from './io';

export function where(cwd: string, call: Call): string {
  return `${displayPath(cwd, call.file)}:${call.start.line}:${call.start.column}`;
}


/** `klaviyo.keys.json:3:5  error  message`, one line per problem, errors first. */
export function problemLines(check: CheckResult, cwd: string, s: Style): string[] {
  const out: string[] = [];
  for (const c of check.configProblems) {
    const sorted = [...c.problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    for (const p of sorted) {
      const level = p.severity === 'error' ? s.red('error') : s.yellow('warning');
      out.push(`${displayPath(cwd, c.path)}:${p.line}:${p.column}: ${level}: ${p.message} ${s.dim(`[${p.code}]`)}`);
    }
  }
  return out;
}

export { describeCall, includeReasons, unservedReason } from '../core/report-markdown';
