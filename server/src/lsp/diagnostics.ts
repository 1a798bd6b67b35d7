import path from 'node:path';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import { codeInfo, DIAGNOSTIC_SOURCE, docsUrl, type SeveritySetting } from '../core/diagnostic-codes';
import type { LoadedConfig } from '../core/engine/workspace';
import { callFindings, configFindings, keyFindings, type Finding } from '../core/findings';
import type { FolderState } from './folders';
import { Ranges } from './ranges';
import type { Settings } from './settings';

// The core's findings as LSP diagnostics: ranges from offsets, severities from the settings.

const SEVERITY: Record<Exclude<SeveritySetting, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const TAGS = { unnecessary: DiagnosticTag.Unnecessary, deprecated: DiagnosticTag.Deprecated } as const;

function toDiagnostics(findings: Finding[], text: string, settings: Settings): Diagnostic[] {
  const ranges = new Ranges(text);
  const out: Diagnostic[] = [];
  for (const f of findings) {
    const info = codeInfo(f.code);
    const setting = (settings.diagnostics as Record<string, SeveritySetting | undefined>)[info?.setting ?? ''] ?? info?.severity ?? 'warning';
    if (setting === 'off') continue;
    out.push({
      range: ranges.range(f.span),
      message: f.message,
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
  return toDiagnostics(findings, text, folder.settings);
}

/** Diagnostics of a klaviyo.keys.json: the loader's problems, then excess scopes once the scan is complete. */
export function configDiagnostics(folder: FolderState, config: LoadedConfig, text: string): Diagnostic[] {
  if (!folder.check) return [];
  return toDiagnostics(configFindings(folder.check, config, { complete: folder.complete }), text, folder.settings);
}
