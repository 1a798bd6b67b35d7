// `verify` as findings on klaviyo.keys.json (each at the key's entry), for GitHub annotations
// and SARIF; and the Markdown report for a pull-request comment or a job summary.

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LineMap } from '../core/engine/positions';
import type { LineCol } from '../core/model';
import type { VerifyResult } from '../core/verify';
import type { Analysis } from './analyze';
import type { Level } from './diagnostics';
import { data, property, repositoryRoot } from './format-github';
import { sarifBase } from './format-sarif';
import { displayPath } from './io';
import { INFORMATION_URI, VERSION } from './version';

export interface VerifyDiagnostic {
  code: 'live-key-missing-scope' | 'live-key-disabled' | 'live-key-excess-scope' | 'live-key-not-found' | 'live-key-unclaimed';
  level: Level;
  /** The config the finding is about; null for a live key no config names. */
  file: string | null;
  start: LineCol;
  end: LineCol;
  message: string;
}

const RULES: { id: VerifyDiagnostic['code']; level: Level; text: string }[] = [
  { id: 'live-key-missing-scope', level: 'error', text: 'The live key lacks a scope its calls need: they fail in production. Create a new key with the scopes and swap it in.' },
  { id: 'live-key-disabled', level: 'error', text: 'The live key the config names is disabled: every call that uses it fails.' },
  { id: 'live-key-excess-scope', level: 'warning', text: 'The live key has a scope no call needs: rotate to a least-privilege key.' },
  { id: 'live-key-not-found', level: 'warning', text: 'No live key in the account matches this entry (by klaviyoKeyId, else by name).' },
  { id: 'live-key-unclaimed', level: 'note', text: 'A live key no entry in klaviyo.keys.json claims.' },
];

export function verifyDiagnostics(a: Analysis, r: VerifyResult): VerifyDiagnostic[] {
  const out: VerifyDiagnostic[] = [];
  const origin = { line: 1, column: 1 };
  for (const k of r.keys) {
    const config = a.configs.find((c) => c.path === k.configPath);
    const node = config?.result.keyNodes.find((n) => n.index === k.index);
    const map = new LineMap(a.host.read(k.configPath) ?? '');
    const at = node ? { start: map.at(node.range.start), end: map.at(node.range.end) } : { start: origin, end: origin };
    const d = (code: VerifyDiagnostic['code'], level: Level, message: string) => out.push({ code, level, file: k.configPath, ...at, message });
    if (!k.live) d('live-key-not-found', 'warning', `No live key in the account matches "${k.name}".`);
    if (k.disabled) d('live-key-disabled', 'error', `The live key of "${k.name}" (${k.live?.id}) is disabled: its calls fail.`);
    for (const m of k.missing) d('live-key-missing-scope', 'error', `The live key of "${k.name}" lacks ${m}, which its calls need: they fail in production.`);
    for (const e of k.excess) d('live-key-excess-scope', 'warning', `The live key of "${k.name}" has ${e.scope}, ${e.suffices ? `but its calls only read: ${e.suffices} suffices` : 'which no call needs'}.`);
  }
  for (const k of r.unclaimed) out.push({ code: 'live-key-unclaimed', level: 'note', file: null, start: origin, end: origin, message: `Live key ${k.id} "${k.name}" (${k.status}) is not in klaviyo.keys.json.` });
  return out;
}

export function formatVerifyGithub(a: Analysis, diags: VerifyDiagnostic[], cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  const base = repositoryRoot(a.root, env) ?? cwd;
  const lines = diags.filter((d) => d.level !== 'note').map((d) => {
    const where = d.file ? `file=${property(displayPath(base, d.file))},line=${d.start.line},col=${d.start.column},` : '';
    return `::${d.level} ${where}title=${property(`klaviyo-scopes: ${d.code}`)}::${data(d.message)}`;
  });
  return lines.length ? lines.join('\n') + '\n' : '';
}

export function formatVerifySarif(a: Analysis, diags: VerifyDiagnostic[], cwd: string, exitCode: number): string {
  const base = sarifBase(a, cwd);
  const index = new Map(RULES.map((r, i) => [r.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'klaviyo-scopes', version: VERSION, semanticVersion: VERSION, informationUri: INFORMATION_URI, rules: RULES.map((r) => ({ id: r.id, shortDescription: { text: r.text }, fullDescription: { text: r.text }, defaultConfiguration: { level: r.level }, properties: { tags: ['security', 'least-privilege', 'klaviyo'] } })) } },
      originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(base + path.sep).href } },
      automationDetails: { id: 'klaviyo-scopes-verify/' },
      invocations: [{ executionSuccessful: exitCode !== 2, exitCode }],
      results: diags.map((d) => ({
        ruleId: d.code, ruleIndex: index.get(d.code), level: d.level, message: { text: d.message },
        ...(d.file ? { locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(path.relative(base, d.file).split(path.sep).join('/')), uriBaseId: '%SRCROOT%' }, region: { startLine: d.start.line, startColumn: d.start.column, endLine: d.end.line, endColumn: d.end.column } } }] } : {}),
      })),
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
