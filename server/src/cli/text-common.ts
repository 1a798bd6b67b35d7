// Pieces the text reports share: call positions, labels and config problems.

import { reasonsForScope, type CheckResult } from '../core/check';
import type { Call } from '../core/model';
import { callLabel } from './diagnostics';
import { displayPath, type Style } from './io';

export function where(cwd: string, call: Call): string {
  return `${displayPath(cwd, call.file)}:${call.start.line}:${call.start.column}`;
}

/** `get_profiles` or `POST /api/lists (create_list)` for raw requests. */
export function describeCall(call: Call): string {
  if (call.kind === 'sdk' || !call.operation) return callLabel(call);
  return `${call.method ?? ''} ${call.path ?? ''} (${call.operation})`.trim();
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

export function unservedReason(reason: string): string {
  return reason === 'no-config' ? 'no klaviyo.keys.json applies' : reason === 'config-error' ? 'its klaviyo.keys.json has errors' : 'no key in its klaviyo.keys.json serves it';
}

/** The include values that alone make `call` need `scope` (none when the operation needs it anyway). */
export function includeReasons(call: Call, scope: string): string[] {
  const reasons = reasonsForScope(call, scope);
  return reasons.some((r) => r.startsWith('operation')) ? [] : reasons;
}
