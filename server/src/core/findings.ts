import { callNotes, reasonsForScope, type CheckResult } from './check';
import type { LoadedConfig, ScanResult } from './engine/workspace';
import type { ExcessScopeData, MissingScopeData, NoKeyData } from './finding-data';
import type { Call, Span } from './model';
import { redactAll } from './config/secrets';
import { keyMessage } from './secrets/hardcoded-key';
import { missing as missingScopes } from './scopes';

// Everything worth telling about a scan and its check, as positioned findings with a stable
// code (core/diagnostic-codes.ts), a message, and the data quick fixes need. The language
// server turns them into diagnostics, the CLI into text, SARIF, GitHub annotations and
// Markdown: one wording everywhere.

export interface Finding {
  code: string;
  /** Absolute path of the file the finding is in (a source file, or a klaviyo.keys.json). */
  file: string;
  span: Span;
  /** A few words, for annotation titles. */
  title: string;
  message: string;
  /** Index into scan.calls, for findings about a call. */
  call?: number;
  data?: unknown;
  tags?: ('unnecessary' | 'deprecated')[];
  /** When it differs from its code's (a klaviyo.keys.json problem that is only a warning). */
  severity?: 'error' | 'warning';
  /** Set when the finding was accepted (suppress/): kept, so SARIF and JSON can say so, but neither shown nor failing. */
  suppression?: Suppression;
}

export interface Suppression {
  /** inSource: a directive in the file; external: a baseline. */
  kind: 'inSource' | 'external';
  justification: string;
}

export interface FindingOptions {
  /** Excess scopes are only known once the whole workspace was scanned. */
  complete: boolean;
  /** How to name a config file in messages (relative path in the CLI). */
  label?: (configPath: string) => string;
}

/** What to call a call in a message: its operation, else its request. */
export function callLabel(call: Call): string {
  if (call.operation) return call.operation;
  const request = `${call.method ?? ''} ${call.path ?? ''}`.trim();
  return request === '' ? 'this Klaviyo call' : request;
}

/**
 * Findings as shown. A message may quote code (a path as written, a config value), and code may
 * hold a private key: every message and title goes through the redaction, so no consumer (the
 * editor, logs, any CLI format) can repeat a key.
 */
function shown(findings: Finding[]): Finding[] {
  return findings.map((f) => ({ ...f, title: redactAll(f.title), message: redactAll(f.message), data: redactData(f.data) }));
}

/** A quick fix's data too (a key named with a key value, in a config that says so as an error). */
function redactData(data: unknown): unknown {
  if (data === undefined) return data;
  const json = JSON.stringify(data);
  return /pk_/i.test(json) ? (JSON.parse(redactAll(json)) as unknown) : data;
}

/** `hardcoded-key` findings: one file's, or every file's. */
export function keyFindings(scan: ScanResult, file?: string): Finding[] {
  return shown((scan.secrets ?? []).filter((k) => file === undefined || k.file === file).map((k) => ({
    code: 'hardcoded-key', file: k.file, span: k.range, title: 'Private API key in a file', message: keyMessage(k), data: { redacted: k.redacted },
  })));
}

/** Findings about the calls with these indexes (one file's, or all). */
export function callFindings(scan: ScanResult, check: CheckResult, indexes: Iterable<number>, opts: FindingOptions): Finding[] {
  return shown(rawCallFindings(scan, check, indexes, opts));
}

function rawCallFindings(scan: ScanResult, check: CheckResult, indexes: Iterable<number>, opts: FindingOptions): Finding[] {
  const out: Finding[] = [];
  const label = opts.label ?? ((p: string) => p);
  for (const i of indexes) {
    const call = scan.calls[i];
    const assignment = check.assignments[i];
    if (!call || !assignment) continue;
    const at = { file: call.file, span: call.range, call: i };
    for (const code of callNotes(call)) {
      const note = noteFinding(code, call);
      if (note) out.push({ ...at, ...note, span: code === 'deprecated-alias' ? call.nameRange : call.range });
    }
    if (call.scopes.length === 0 || call.kind === 'client' || call.kind === 'oauth' || call.kind === 'legacy') continue;
    if (assignment.key === null) {
      const where = assignment.configPath ? label(assignment.configPath) : 'klaviyo.keys.json';
      const why = assignment.reason === 'no-config'
        ? 'but no klaviyo.keys.json applies to this file (run `klaviyo-scopes generate --write`).'
        : assignment.reason === 'config-error'
          ? `but ${where} has errors, so no key can be matched.`
          : `but no key in ${where} serves it: list the file under a key's "files"${call.keyEnv ? `, or ${call.keyEnv} under its "env"` : ''}.`;
      const data: NoKeyData = { folder: scan.root, reason: assignment.reason as NoKeyData['reason'], configPath: assignment.configPath };
      out.push({ ...at, code: 'no-key', title: 'No key serves this call', message: `${callLabel(call)} needs ${call.scopes.join(', ')}, ${why}`, data });
      continue;
    }
    const key = check.keys.find((k) => k.name === assignment.key && k.configPath === assignment.configPath);
    if (!key) continue;
    const lacking = missingScopes(call.scopes, key.granted);
    if (lacking.length === 0) continue;
    // Name the include value when it, not the operation, is why the scope is needed.
    const needs = lacking.map((s) => {
      const reasons = reasonsForScope(call, s);
      return reasons.some((r) => r.startsWith('operation')) ? s : `${s} (for ${reasons.join(', ')})`;
    });
    const data: MissingScopeData = { configPath: key.configPath, key: key.name, keyIndex: key.index, scopes: lacking };
    out.push({
      ...at, code: 'missing-scope', title: `Missing scope ${lacking.join(', ')}`, data,
      message: `${callLabel(call)} needs ${needs.join(', ')}, which key "${key.name}" (${label(key.configPath)}) does not grant.`,
    });
  }
  return out;
}

function noteFinding(code: string, call: Call): Pick<Finding, 'code' | 'title' | 'message' | 'data' | 'tags'> | null {
  switch (code) {
    case 'legacy-endpoint':
      return { code, title: 'Retired Klaviyo API', message: call.note ?? `${callLabel(call)} is Klaviyo's retired v1/v2 API${call.replacement ? `; use ${call.replacement} instead` : ''}.`, data: call.replacement ? { replacement: call.replacement } : undefined };
    case 'no-such-endpoint':
      return { code, title: 'No such Klaviyo endpoint', message: call.note ?? `Klaviyo's API has no ${callLabel(call)}.` };
    case 'unresolved-call': {
      const shown = call.candidates.slice(0, 5).join(', ');
      const more = call.candidates.length > 5 ? ` (+${call.candidates.length - 5} more)` : '';
      return { code, title: 'Unresolved Klaviyo call', message: `Klaviyo call whose operation is not visible here${call.candidates.length ? `: one of ${shown}${more}` : ''}.` };
    }
    case 'deprecated-alias':
      return call.alias
        ? { code, title: 'Older method name', message: `${call.alias.used} is an older name of ${call.operation}; today's SDK calls it ${call.alias.current}.`, data: { used: call.alias.used, current: call.alias.current }, tags: ['deprecated'] }
        : null;
    case 'beta-endpoint':
      return { code, title: 'Beta operation', message: `${call.operation} is a beta operation: it needs a ".pre" revision and may change without notice.` };
    default:
      return null;
  }
}

/** Findings in one klaviyo.keys.json: the loader's problems, then (once complete) excess scopes. */
export function configFindings(check: CheckResult, config: LoadedConfig, opts: FindingOptions): Finding[] {
  return shown(rawConfigFindings(check, config, opts));
}

function rawConfigFindings(check: CheckResult, config: LoadedConfig, opts: FindingOptions): Finding[] {
  const out: Finding[] = config.result.problems.map((p) => ({
    code: p.code, file: config.path, span: p.range, message: p.message, data: p.data, severity: p.severity,
    title: p.severity === 'error' ? 'klaviyo.keys.json error' : 'klaviyo.keys.json warning',
  }));
  if (!opts.complete) return out;
  for (const key of check.keys.filter((k) => k.configPath === config.path)) {
    for (const ex of key.excess) {
      const node = config.result.scopeNodes.find((n) => n.keyIndex === key.index && (n.normalized ?? n.scope) === ex.scope);
      if (!node) continue;
      const data: ExcessScopeData = { configPath: config.path, keyIndex: key.index, scope: node.scope, suffices: ex.suffices };
      out.push({
        code: 'excess-scope', file: config.path, span: node.range, data, tags: ['unnecessary'],
        title: `Unneeded scope ${ex.scope}`,
        message: ex.suffices
          ? `Key "${key.name}" grants ${ex.scope}, but its calls only read: ${ex.suffices} (Read access) suffices.`
          : `Key "${key.name}" grants ${ex.scope}, which none of its calls needs.`,
      });
    }
  }
  return out;
}

/** Every finding of a check, sorted by file and position (the CLI's formats). */
export function allFindings(scan: ScanResult, check: CheckResult, configs: readonly LoadedConfig[], opts: FindingOptions): Finding[] {
  const out = [...callFindings(scan, check, scan.calls.keys(), opts), ...configs.flatMap((c) => configFindings(check, c, opts)), ...keyFindings(scan)];
  return out.sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0) || x.span.start - y.span.start || (x.code < y.code ? -1 : 1));
}
