// `check --format sarif`: SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, IDE viewers).
// One rule per diagnostic code, in a fixed order so ruleIndex is stable across runs. Artifact
// URIs are relative to %SRCROOT% (the working directory when the scan is inside it, as in CI,
// else the scanned folder), which is what code scanning resolves against the checkout.

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIAGNOSTIC_CODES } from '../core/diagnostic-codes';
import { DIAGNOSTIC_HELP } from '../core/diagnostic-help';
import type { Analysis } from './analyze';
import { diagnosticsOf, type Level } from './diagnostics';
import { INFORMATION_URI, VERSION } from './version';
import { climbsOut } from '../core/path-escape';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export function sarifBase(a: Analysis, cwd: string): string {
  const rel = path.relative(cwd, a.root);
  return climbsOut(rel) || path.isAbsolute(rel) ? a.root : cwd;
}

export function formatSarif(a: Analysis, cwd: string, exitCode: number): string {
  const base = sarifBase(a, cwd);
  const { all: diagnostics, absent } = diagnosticsOf(a, cwd);
  const uri = (file: string): string => encodeURI(path.relative(base, file).split(path.sep).join('/'));
  // No helpUri: the project has no public page to point at, so the help travels in the rule.
  const rules = DIAGNOSTIC_CODES.map((d) => {
    const help = DIAGNOSTIC_HELP[d.code];
    return {
      id: d.code,
      name: d.code.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase()),
      shortDescription: { text: d.description },
      fullDescription: { text: help ? markdownToText(help.markdown.split('\n\n')[0]) : d.description },
      ...(help ? { help: { text: markdownToText(help.markdown), markdown: help.markdown } } : {}),
      defaultConfiguration: { level: sarifLevel(d.severity) },
      properties: { tags: help?.tags ?? [], ...(help?.securitySeverity ? { 'security-severity': help.securitySeverity } : {}) },
    };
  });
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'klaviyo-scopes', version: VERSION, semanticVersion: VERSION, informationUri: INFORMATION_URI, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(base + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        // The category code scanning keeps this tool's alerts under.
        automationDetails: { id: 'klaviyo-scopes/' },
        invocations: [{ executionSuccessful: exitCode !== 2, exitCode }],
        results: [...diagnostics.map((d): Record<string, unknown> => ({
          ruleId: d.code,
          ...(ruleIndex.has(d.code) ? { ruleIndex: ruleIndex.get(d.code) } : {}),
          level: d.level,
          message: { text: d.message },
          partialFingerprints: { 'klaviyoScopes/v2': d.fingerprint },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uri(d.file), uriBaseId: '%SRCROOT%' },
                region: { startLine: d.start.line, startColumn: d.start.column, endLine: d.end.line, endColumn: d.end.column },
              },
            },
          ],
          // Accepted findings stay in the log, marked, as SARIF means them to (code scanning shows them as dismissed).
          ...(d.suppression ? { suppressions: [{ kind: d.suppression.kind, status: 'accepted', justification: d.suppression.justification }] } : {}),
          ...(d.baselineState ? { baselineState: d.baselineState } : {}),
        })), ...absent.map((e) => ({
          // A baseline entry fixed since: no region to point at any more, only its file.
          ruleId: e.code,
          ...(ruleIndex.has(e.code) ? { ruleIndex: ruleIndex.get(e.code) } : {}),
          level: 'none',
          message: { text: `No longer occurs: ${e.message}` },
          partialFingerprints: { 'klaviyoScopes/v2': e.fingerprint },
          locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(e.file), uriBaseId: '%SRCROOT%' } } }],
          baselineState: 'absent',
        }))],
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function sarifLevel(severity: string): Level {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

function markdownToText(md: string): string {
  return md.replace(/\*\*|`|\*/g, '');
}
