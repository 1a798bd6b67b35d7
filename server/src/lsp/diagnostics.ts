import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import { catalog } from '../core/catalog';
import { callNotes, reasonsForScope } from '../core/check';
import type { LoadedConfig } from '../core/engine/workspace';
import type { Call } from '../core/model';
import { missing as missingScopes } from '../core/scopes';
import { codeInfo, DIAGNOSTIC_SOURCE, docsUrl, type SeveritySetting } from './diagnostic-codes';
import type { ExcessScopeData, MissingScopeData, NoKeyData } from './diagnostic-data';
import type { FolderState } from './folders';
import { Ranges } from './ranges';
import type { Settings } from './settings';

const SEVERITY: Record<Exclude<SeveritySetting, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Builds one diagnostic, or null when its code is switched off in the settings. */
function make(settings: Settings, code: string, range: Diagnostic['range'], message: string, data?: unknown, tags?: DiagnosticTag[]): Diagnostic | null {
  const info = codeInfo(code);
  const setting = ((settings.diagnostics as Record<string, SeveritySetting>)[info?.setting ?? ''] ?? info?.severity ?? 'warning') as SeveritySetting;
  if (setting === 'off') return null;
  return { range, message, severity: SEVERITY[setting], code, codeDescription: { href: docsUrl(code) }, source: DIAGNOSTIC_SOURCE, data, tags };
}

/** Diagnostics of a source file: one per problem with each Klaviyo call in it. */
export function callDiagnostics(folder: FolderState, file: string, text: string): Diagnostic[] {
  const out: (Diagnostic | null)[] = [];
  const ranges = new Ranges(text);
  const settings = folder.settings;
  for (const i of folder.callsIn(file)) {
    const call = folder.call(i);
    const assignment = folder.check?.assignments[i];
    if (!call || !assignment) continue;
    const range = ranges.range(call.range);
    for (const note of callNotes(call)) {
      if (note === 'deprecated-alias' && call.alias) {
        const msg = `${call.alias.used} is an older name of ${call.operation}; today's SDK calls it ${call.alias.current}.`;
        out.push(make(settings, note, ranges.range(call.nameRange), msg, { used: call.alias.used, current: call.alias.current }, [DiagnosticTag.Deprecated]));
      } else if (note === 'unresolved-call') {
        const shown = call.candidates.slice(0, 5).join(', ');
        const more = call.candidates.length > 5 ? ` (+${call.candidates.length - 5} more)` : '';
        out.push(make(settings, note, range, `Klaviyo call whose operation is not visible here${call.candidates.length ? `: one of ${shown}${more}` : ''}.`));
      } else if (note === 'beta-endpoint') {
        out.push(make(settings, note, range, `${call.operation} is a beta operation: it needs a ".pre" revision and may change without notice.`));
      } else {
        out.push(make(settings, note, range, call.note ?? `${call.method} ${call.path}`, call.replacement ? { replacement: call.replacement } : undefined));
      }
    }
    if (call.scopes.length === 0 || call.kind === 'client' || call.kind === 'legacy') continue;
    if (assignment.key === null) {
      const why = assignment.reason === 'no-config' ? 'No klaviyo.keys.json covers this file'
        : assignment.reason === 'config-error' ? 'klaviyo.keys.json has errors, so no key is known'
          : 'No key in klaviyo.keys.json serves this file';
      const data: NoKeyData = { folder: folder.root, reason: assignment.reason as NoKeyData['reason'], configPath: assignment.configPath };
      out.push(make(settings, 'no-key', range, `${why}; ${describe(call)} needs ${call.scopes.join(', ')}.`, data));
      continue;
    }
    const key = folder.check?.keys.find((k) => k.name === assignment.key && k.configPath === assignment.configPath);
    if (!key) continue;
    const lacking = missingScopes(call.scopes, key.granted);
    if (lacking.length === 0) continue;
    const why = lacking.map((s) => `${s} (${reasonsForScope(call, s).join(', ')})`).join('; ');
    const keyIndex = keyIndexOf(folder, key.configPath, key.name);
    const data: MissingScopeData = { configPath: key.configPath, key: key.name, keyIndex, scopes: lacking };
    out.push(make(settings, 'missing-scope', range, `Key "${key.name}" lacks ${lacking.join(', ')}: ${why}.`, data));
  }
  return out.filter((d): d is Diagnostic => d !== null);
}

function describe(call: Call): string {
  return call.operation ?? `${call.method ?? ''} ${call.path ?? ''}`.trim();
}

export function keyIndexOf(folder: FolderState, configPath: string, name: string): number {
  const config = folder.workspace.configFiles.find((c) => c.path === configPath);
  return config?.result.keyNodes.find((k) => k.name === name)?.index ?? 0;
}

/** Diagnostics of a klaviyo.keys.json: the loader's problems, then excess scopes once the scan is complete. */
export function configDiagnostics(folder: FolderState, config: LoadedConfig, text: string): Diagnostic[] {
  const ranges = new Ranges(text);
  const settings = folder.settings;
  const out: (Diagnostic | null)[] = config.result.problems.map((p) => make(settings, p.code, ranges.range(p.range), p.message, p.data));
  if (folder.complete && folder.check) {
    for (const key of folder.check.keys.filter((k) => k.configPath === config.path)) {
      const keyIndex = keyIndexOf(folder, config.path, key.name);
      for (const ex of key.excess) {
        const node = config.result.scopeNodes.find((n) => n.keyIndex === keyIndex && (n.normalized ?? n.scope) === ex.scope);
        if (!node) continue;
        const msg = ex.suffices
          ? `Key "${key.name}" grants ${ex.scope}, but its calls only read: ${ex.suffices} is enough.`
          : `No call served by key "${key.name}" needs ${ex.scope}.`;
        const data: ExcessScopeData = { configPath: config.path, keyIndex, scope: node.scope, suffices: ex.suffices };
        out.push(make(settings, 'excess-scope', ranges.range(node.range), msg, data, [DiagnosticTag.Unnecessary]));
      }
    }
  }
  return out.filter((d): d is Diagnostic => d !== null);
}

export function operationTitle(id: string | null): string {
  return (id && catalog.byId(id)?.summary) || id || 'unknown operation';
}
