// The findings of a check as positioned diagnostics, shared by the SARIF, GitHub and text
// formats. Codes are the language server's (server/src/lsp/diagnostic-codes.ts), so a finding
// has one name in the editor, in CI annotations and in code scanning.

import { callNotes, type CheckResult } from '../core/check';
import type { ConfigProblem } from '../core/config/load';
import { LineMap } from '../core/engine/positions';
import type { Call, LineCol } from '../core/model';
import type { Analysis } from './analyze';
import { displayPath } from './io';

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

/** What to call a call in a message: its operation, else its request. */
export function callLabel(call: Call): string {
  if (call.operation) return call.operation;
  const request = `${call.method ?? ''} ${call.path ?? ''}`.trim();
  return request === '' ? 'this Klaviyo call' : request;
}

export function collectDiagnostics(a: Analysis, cwd: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { scan, check } = a;
  const configLabel = (p: string | null) => (p ? displayPath(cwd, p) : 'klaviyo.keys.json');
  const at = (i: number) => ({ file: scan.calls[i].file, start: scan.calls[i].start, end: scan.calls[i].end, call: i });

  for (const k of check.keys) {
    const lacking = new Set(k.missing);
    for (const i of k.missingCalls) {
      const scopes = scan.calls[i].scopes.filter((s) => lacking.has(s));
      out.push({
        ...at(i),
        code: 'missing-scope',
        level: 'error',
        title: `Missing scope ${scopes.join(', ')}`,
        message: `${callLabel(scan.calls[i])} needs ${scopes.join(', ')}, which key "${k.name}" (${configLabel(k.configPath)}) does not grant.`,
      });
    }
  }
  for (const u of check.unserved) {
    const call = scan.calls[u.call];
    const needs = `${callLabel(call)} needs ${call.scopes.join(', ')}`;
    const why =
      u.reason === 'no-config'
        ? 'but no klaviyo.keys.json applies to this file (run `klaviyo-scopes generate --write`).'
        : u.reason === 'config-error'
          ? `but ${configLabel(u.configPath)} has errors, so no key can be matched.`
          : `but no key in ${configLabel(u.configPath)} serves it: list the file under a key's "files"${call.keyEnv ? `, or ${call.keyEnv} under its "env"` : ''}.`;
    out.push({ ...at(u.call), code: 'no-key', level: 'error', title: 'No key serves this call', message: `${needs}, ${why}` });
  }
  scan.calls.forEach((call, i) => {
    for (const code of callNotes(call)) {
      const d = noteDiagnostic(code, call);
      if (d) out.push({ ...at(i), ...d });
    }
  });
  out.push(...excessDiagnostics(a, check), ...configDiagnostics(a));
  return out.sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0) || x.start.line - y.start.line || x.start.column - y.start.column || (x.code < y.code ? -1 : 1));
}

function noteDiagnostic(code: string, call: Call): Omit<Diagnostic, 'file' | 'start' | 'end'> | null {
  switch (code) {
    case 'legacy-endpoint':
      return { code, level: 'warning', title: 'Retired Klaviyo API', message: call.note ?? `${callLabel(call)} is Klaviyo's retired v1/v2 API${call.replacement ? `; use ${call.replacement} instead` : ''}.` };
    case 'no-such-endpoint':
      return { code, level: 'warning', title: 'No such Klaviyo endpoint', message: call.note ?? `Klaviyo's API has no ${callLabel(call)}.` };
    case 'unresolved-call':
      return { code, level: 'note', title: 'Unresolved Klaviyo call', message: call.note ?? 'The operation depends on values not visible here.' };
    case 'deprecated-alias':
      return call.alias ? { code, level: 'note', title: 'Older method name', message: `${call.alias.used} is an older name of ${call.alias.current}.` } : null;
    default:
      return null; // beta calls are worth a hint in the editor, not a CI finding
  }
}

function excessDiagnostics(a: Analysis, check: CheckResult): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const k of check.keys) {
    if (k.excess.length === 0) continue;
    const config = a.configs.find((c) => c.path === k.configPath);
    const text = a.host.read(k.configPath) ?? '';
    const lines = new LineMap(text);
    const keyIndex = config?.result.keyNodes.find((n) => n.name === k.name && n.loaded)?.index;
    for (const e of k.excess) {
      const node = config?.result.scopeNodes.find((n) => n.keyIndex === keyIndex && n.normalized === e.scope);
      const range = node?.range ?? config?.result.keyNodes.find((n) => n.index === keyIndex)?.range ?? { start: 0, end: 0 };
      out.push({
        code: 'excess-scope',
        level: 'warning',
        file: k.configPath,
        ...lines.span(range),
        title: `Unneeded scope ${e.scope}`,
        message: e.suffices
          ? `Key "${k.name}" grants ${e.scope}, but its calls only read: ${e.suffices} (Read access) suffices.`
          : `Key "${k.name}" grants ${e.scope}, which none of its calls needs.`,
      });
    }
  }
  return out;
}

function configDiagnostics(a: Analysis): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const c of a.configs) {
    const lines = new LineMap(a.host.read(c.path) ?? '');
    for (const p of c.result.problems) out.push(configDiagnostic(c.path, p, lines));
  }
  return out;
}

function configDiagnostic(file: string, p: ConfigProblem, lines: LineMap): Diagnostic {
  return {
    code: p.code,
    level: p.severity === 'error' ? 'error' : 'warning',
    file,
    start: { line: p.line, column: p.column },
    end: lines.at(p.range.end),
    title: p.severity === 'error' ? 'klaviyo.keys.json error' : 'klaviyo.keys.json warning',
    message: p.message,
  };
}
