import path from 'node:path';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import { codeInfo, DIAGNOSTIC_SOURCE, docsUrl, type SeveritySetting } from '../core/diagnostic-codes';
import type { LoadedConfig } from '../core/engine/workspace';
import { callFindings, configFindings, keyFindings, type Finding } from '../core/findings';
import type { Directive } from '../core/suppress/directives';
import type { FolderState } from './folders';
import { Ranges } from './ranges';
import { baselineStates } from './baseline';
import { active, applyDirectives } from '../core/suppress/apply';
import type { Settings } from './settings';

// The core's findings as LSP diagnostics: ranges from offsets, severities from the settings.

const SEVERITY: Record<Exclude<SeveritySetting, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const TAGS = { unnecessary: DiagnosticTag.Unnecessary, deprecated: DiagnosticTag.Deprecated } as const;

function toDiagnostics(findings: Finding[], text: string, settings: Settings, baselined: ReadonlySet<Finding> = new Set()): Diagnostic[] {
  const ranges = new Ranges(text);
  const out: Diagnostic[] = [];
  for (const f of findings) {
    const info = codeInfo(f.code);
    const own = (settings.diagnostics as Record<string, SeveritySetting | undefined>)[info?.setting ?? ''] ?? info?.severity ?? 'warning';
    // A finding the baseline holds is the accepted backlog: still shown, at its own severity.
    const setting = baselined.has(f) && own !== 'off' ? settings.baselineSeverity : own;
    if (setting === 'off') continue;
    out.push({
      range: ranges.range(f.span),
      message: baselined.has(f) ? `${f.message} (in the baseline)` : f.message,
      severity: SEVERITY[setting],
      code: f.code,
      codeDescription: { href: docsUrl(f.code) },
      source: DIAGNOSTIC_SOURCE,
      data: f.data,
      tags: f.tags?.map((t) => TAGS[t]),
    });
  }
  return out;
}

/** Diagnostics of a source file (or .env file, notebook): one per problem with each Klaviyo call, and each private key written in it. */
export function callDiagnostics(folder: FolderState, file: string, text: string): Diagnostic[] {
  if (!folder.scan || !folder.check) return [];
  const label = (p: string): string => path.relative(folder.root, p).split(path.sep).join('/') || path.basename(p);
  const findings = [...callFindings(folder.scan, folder.check, folder.callsIn(file), { complete: folder.complete, label }), ...keyFindings(folder.scan, file)];
  return shown(folder, file, text, withDirectives(findings, file, folder.scan.directives?.get(file), folder.complete));
}

/** Diagnostics of a klaviyo.keys.json: the loader's problems, then excess scopes once the scan is complete. */
export function configDiagnostics(folder: FolderState, config: LoadedConfig, text: string): Diagnostic[] {
  if (!folder.check) return [];
  const findings = configFindings(folder.check, config, { complete: folder.complete });
  return shown(folder, config.path, text, withDirectives(findings, config.path, config.directives, folder.complete));
}

/** The findings no comment accepted, at their severity, or the baseline's for those it holds. */
function shown(folder: FolderState, file: string, text: string, findings: Finding[]): Diagnostic[] {
  const states = folder.scan ? baselineStates(folder.baseline(), folder.root, folder.scan, file, text, findings) : null;
  const baselined = new Set(states ? findings.filter((f, i) => states[i] === 'unchanged') : []);
  return toDiagnostics(active(findings), text, folder.settings, baselined);
}

/** A problem in the baseline file, on the baseline file. */
export function baselineDiagnostics(folder: FolderState, text: string): Diagnostic[] {
  const b = folder.baseline();
  if (!b || !('problem' in b)) return [];
  const p = b.problem;
  const finding: Finding = { code: 'invalid-baseline', file: b.path, span: { start: p.offset, end: Math.min(text.length, p.offset + 1) }, title: 'Invalid baseline', message: `Not a klaviyo-scopes baseline: ${p.message}. Until it is fixed no finding is shown as in the baseline (rewrite it with \`klaviyo-scopes baseline\`).` };
  return toDiagnostics([finding], text, folder.settings);
}

/** The findings, those the file's `klaviyo-scopes-ignore` comments accept marked, and those about the comments. */
function withDirectives(findings: Finding[], file: string, directives: readonly Directive[] | undefined, complete: boolean): Finding[] {
  return directives?.length ? applyDirectives(findings, new Map([[file, directives]]), { complete }) : findings;
}
