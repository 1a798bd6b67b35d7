// `--format json` of scan and check: builds the documented contract (json-contract.ts).

import type { Analysis } from './analyze';
import { rootPath } from './io';
import { diagnosticsOf } from './diagnostics';
import type { JsonReport } from './json-contract';

export function jsonReport(a: Analysis, command: 'scan' | 'check', cwd = a.root): JsonReport {
  const { root, scan, check } = a;
  const rel = (p: string) => rootPath(root, p);
  return {
    version: 1,
    command,
    root,
    filesScanned: scan.filesScanned,
    filesParsed: scan.filesParsed,
    ok: check.ok,
    calls: scan.calls.map((c, i) => ({
      file: rel(c.file),
      line: c.start.line,
      column: c.start.column,
      endLine: c.end.line,
      endColumn: c.end.column,
      language: c.language,
      kind: c.kind,
      operation: c.operation,
      method: c.method,
      path: c.path,
      scopes: c.scopes,
      includeScopes: c.includeScopes,
      confidence: c.confidence,
      candidates: c.candidates,
      key: check.assignments[i].key,
      config: check.assignments[i].configPath === null ? null : rel(check.assignments[i].configPath as string),
      keyEnv: c.keyEnv,
      includes: c.includes,
      alias: c.alias,
      replacement: c.replacement,
      beta: c.beta,
      note: c.note,
    })),
    keys: check.keys.map((k) => ({
      name: k.name,
      granted: k.granted,
      required: k.required,
      missing: k.missing,
      excess: k.excess.map((e) => e.scope),
      config: rel(k.configPath),
      excessDetails: k.excess,
      callsByScope: k.callsByScope,
    })),
    unserved: check.unserved.map((u) => ({ call: u.call, reason: u.reason })),
    problems: check.configProblems.flatMap((c) =>
      c.problems.map((p) => ({ config: rel(c.path), code: p.code, severity: p.severity, message: p.message, line: p.line, column: p.column })),
    ),
    secrets: (scan.secrets ?? []).map((k) => ({ file: rel(k.file), line: k.line, column: k.column, redacted: k.redacted })),
    skipped: scan.skipped.map((s) => ({ file: rel(s.file), reason: s.reason })),
    ...(command === 'check' ? checkDiagnostics(a, cwd) : {}),
  };
}

function checkDiagnostics(a: Analysis, cwd: string): Pick<JsonReport, 'diagnostics' | 'baselineAbsent'> {
  const d = diagnosticsOf(a, cwd);
  return {
    diagnostics: d.all.map((x) => ({
      code: x.code, level: x.level, file: rootPath(a.root, x.file), line: x.start.line, column: x.start.column, endLine: x.end.line, endColumn: x.end.column,
      message: x.message, operation: x.operation, fingerprint: x.fingerprint, suppression: x.suppression ?? null, baselineState: x.baselineState ?? null,
    })),
    ...(a.baseline ? { baselineAbsent: d.absent } : {}),
  };
}

export function formatJson(a: Analysis, command: 'scan' | 'check', cwd = a.root): string {
  return JSON.stringify(jsonReport(a, command, cwd), null, 2) + '\n';
}
