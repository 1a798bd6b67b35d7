import {
  CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextDocumentEdit, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver';
import type { ZodType } from 'zod';
import { generateConfigs, mergeIntoConfigText, formatConfigText } from '../core/generate';
import { aliasData, excessScopeData, missingScopeData, noKeyData, unknownScopeData, unusedSuppressionData } from '../core/finding-data';
import { Ranges } from './ranges';
import { DIAGNOSTIC_SOURCE } from '../core/diagnostic-codes';
import type { KeyCheck } from '../core/check';
import { createKeyCommand } from './create-key';
import type { FolderState } from './folders';
import { pathToUri, uriToPath } from './overlay-host';
import { minimalEdit, removeScope, replaceScope } from './text-edits';

/** What code actions need from the server: documents as the editor has them, with versions. */
export interface DocumentAccess {
  text(file: string): string | undefined;
  version(file: string): number | null;
}

function parse<T>(schema: ZodType<T>, data: unknown): T | null {
  const r = schema.safeParse(data);
  return r.success ? r.data : null;
}

/** A versioned edit of a config file: applied only if the file is still what it was computed from. */
function configEdit(docs: DocumentAccess, file: string, after: (text: string) => string | null): WorkspaceEdit | null {
  const before = docs.text(file);
  if (before === undefined) return null;
  const next = after(before);
  const edit = next === null ? null : minimalEdit(before, next);
  if (!edit) return null;
  const change: TextDocumentEdit = { textDocument: { uri: pathToUri(file), version: docs.version(file) }, edits: [edit] };
  return { documentChanges: [change] };
}

/** An edit of the document the request is about, applied only to the version the range came from. */
function ownEdit(params: CodeActionParams, docs: DocumentAccess, edit: TextEdit): WorkspaceEdit {
  return ownEdits(params, docs, [edit]);
}

function addScopes(docs: DocumentAccess, configPath: string, key: string, scopes: string[]): WorkspaceEdit | null {
  return configEdit(docs, configPath, (text) => mergeIntoConfigText(text, { keys: [{ name: key, scopes }] }).text);
}

function fix(title: string, edit: WorkspaceEdit | null, diagnostics: Diagnostic[], isPreferred = false): CodeAction | null {
  return edit ? { title, kind: CodeActionKind.QuickFix, edit, diagnostics, isPreferred } : null;
}

/** `editor.codeActionsOnSave: { "source.fixAll.klaviyoScopes": "explicit" }` runs it. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.klaviyoScopes`;

/** Whether a request's `only` asks for this kind (a parent kind such as `source` includes it); no `only` asks for all. */
function asks(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => k === kind || kind.startsWith(`${k}.`));
}

/**
 * Fix all: only edits that never take a permission away. Every missing scope of the file's
 * calls is added to the key that serves them, and every old scope spelling in a
 * klaviyo.keys.json becomes today's. Never a removal, never a rename in code (an SDK method's new
 * name needs the SDK version that has it).
 */
function fixAll(params: CodeActionParams, docs: DocumentAccess, allInFile: Diagnostic[]): CodeAction | null {
  const ours = allInFile.filter((d) => d.source === DIAGNOSTIC_SOURCE);
  const spellings: TextEdit[] = [];
  for (const d of ours) {
    if (d.code !== 'deprecated-scope') continue;
    const raw = d.data as { normalized?: unknown } | undefined;
    if (typeof raw?.normalized === 'string') spellings.push({ range: d.range, newText: JSON.stringify(raw.normalized) });
  }
  const missing = allMissing(ours);
  const changes: TextDocumentEdit[] = [];
  if (spellings.length) changes.push(...(ownEdits(params, docs, spellings).documentChanges as TextDocumentEdit[]));
  const added = missing.count ? allMissingEdit(docs, missing.byKey) : null;
  if (added?.documentChanges) changes.push(...(added.documentChanges as TextDocumentEdit[]));
  if (changes.length === 0) return null;
  return { title: 'Fix all klaviyo-scopes findings that can be fixed safely', kind: FIX_ALL_KIND, edit: { documentChanges: changes }, diagnostics: [...missing.diagnostics, ...ours.filter((d) => d.code === 'deprecated-scope')] };
}

function file(params: CodeActionParams): string | undefined {
  return uriToPath(params.textDocument.uri) ?? undefined;
}

function ownEdits(params: CodeActionParams, docs: DocumentAccess, edits: TextEdit[]): WorkspaceEdit {
  const own = file(params);
  return { documentChanges: [{ textDocument: { uri: params.textDocument.uri, version: own ? docs.version(own) : null }, edits }] };
}

/** Quick fixes for our diagnostics, and fix all. They read each diagnostic's `data`, never its message. */
export function codeActions(params: CodeActionParams, folder: FolderState, docs: DocumentAccess, allInFile: Diagnostic[]): CodeAction[] {
  const only = params.context.only;
  // Fix all is offered when asked for (on save, Source Action…), not in every light bulb.
  const all = only && asks(only, FIX_ALL_KIND) ? fixAll(params, docs, allInFile) : null;
  if (!asks(only, CodeActionKind.QuickFix)) return all ? [all] : [];
  return [...quickFixes(params, folder, docs, allInFile), ...(all ? [all] : [])];
}

function quickFixes(params: CodeActionParams, folder: FolderState, docs: DocumentAccess, allInFile: Diagnostic[]): CodeAction[] {
  const out: (CodeAction | null)[] = [];
  const ours = params.context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
  for (const d of ours) {
    switch (d.code) {
      case 'missing-scope': {
        const data = parse(missingScopeData, d.data);
        if (!data) break;
        // Adding a scope to the file does not add it to the real key: the fix says so, and the
        // command it runs afterwards offers the pre-filled Create Key page.
        const key = checkedKey(folder, data.configPath, data.key);
        const added = fix(`Add ${data.scopes.join(', ')} to key "${data.key}" in klaviyo.keys.json (then create a new key in Klaviyo)`, addScopes(docs, data.configPath, data.key, data.scopes), [d], true);
        if (added && key) added.command = createKeyCommand(key, 'Create the new key in Klaviyo', true);
        out.push(added);
        if (key) out.push(keyAction(key, [d]));
        const all = allMissing(allInFile);
        if (all.count > 1) {
          const edit = allMissingEdit(docs, all.byKey);
          out.push(fix(`Add all missing scopes of this file (${all.count})`, edit, all.diagnostics));
        }
        break;
      }
      case 'excess-scope': {
        const data = parse(excessScopeData, d.data);
        if (!data) break;
        const removed = configEdit(docs, data.configPath, (t) => removeScope(t, data.keyIndex, data.scope));
        out.push(fix(`Remove ${data.scope} from this key`, removed, [d], !data.suffices));
        const key = folder.check?.keys.find((k) => k.configPath === data.configPath && keyIndexMatches(folder, k.name, data.keyIndex, data.configPath));
        if (key) out.push(keyAction(key, [d]));
        const suffices = data.suffices;
        if (suffices) {
          // In place; when the key already lists the narrower scope, dropping this one is the replacement.
          const narrowed = configEdit(docs, data.configPath, (t) => {
            const key = folder.check?.keys.find((k) => k.configPath === data.configPath && keyIndexMatches(folder, k.name, data.keyIndex, data.configPath));
            if (!key) return null;
            return key.granted.includes(suffices) ? removeScope(t, data.keyIndex, data.scope) : replaceScope(t, data.keyIndex, data.scope, suffices);
          });
          out.push(fix(`Replace ${data.scope} with ${suffices}`, narrowed, [d], true));
        }
        break;
      }
      case 'unknown-scope':
      case 'deprecated-scope': {
        const data = parse(unknownScopeData, d.data) as { suggestion?: string; normalized?: string } | null;
        const raw = d.data as { normalized?: unknown } | undefined;
        const replacement = data?.suggestion ?? (typeof raw?.normalized === 'string' ? raw.normalized : undefined);
        if (!replacement) break;
        out.push(fix(`Change to ${replacement}`, ownEdit(params, docs, { range: d.range, newText: JSON.stringify(replacement) }), [d], true));
        break;
      }
      case 'unused-suppression': {
        const data = parse(unusedSuppressionData, d.data);
        const own = file(params);
        const text = own === undefined ? undefined : docs.text(own);
        if (!data || text === undefined || data.remove.end > text.length || data.remove.start > data.remove.end) break;
        out.push(fix('Remove the unused suppression', ownEdit(params, docs, { range: new Ranges(text).range(data.remove), newText: '' }), [d], true));
        break;
      }
      case 'deprecated-alias': {
        const data = parse(aliasData, d.data);
        if (!data) break;
        out.push(fix(`Rename to ${data.current}`, ownEdit(params, docs, { range: d.range, newText: data.current }), [d], true));
        break;
      }
      case 'no-key': {
        const data = parse(noKeyData, d.data);
        if (!data || data.reason !== 'no-config' || !folder.scan || !folder.check) break;
        const fresh = generateConfigs(folder.scan, folder.check).find((g) => !g.exists);
        if (!fresh) break;
        const uri = pathToUri(fresh.path);
        const edit: WorkspaceEdit = {
          documentChanges: [
            { kind: 'create', uri, options: { ignoreIfExists: true } },
            { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: formatConfigText(fresh.config) }] },
          ],
        };
        out.push(fix('Create klaviyo.keys.json with the least-privilege scopes', edit, [d], true));
        break;
      }
    }
  }
  return dedupe(out.filter((a): a is CodeAction => a !== null));
}

function checkedKey(folder: FolderState, configPath: string, name: string): KeyCheck | undefined {
  return folder.check?.keys.find((k) => k.configPath === configPath && k.name === name);
}

/** `Create key "name" in Klaviyo with these N scopes`: no edit, only the client command. */
function keyAction(key: KeyCheck, diagnostics: Diagnostic[]): CodeAction {
  const command = createKeyCommand(key);
  return { title: command.title, kind: CodeActionKind.QuickFix, command, diagnostics };
}

function keyIndexMatches(folder: FolderState, name: string, keyIndex: number, configPath: string): boolean {
  const config = folder.workspace.configFiles.find((c) => c.path === configPath);
  return config?.result.keyNodes.find((k) => k.index === keyIndex)?.name === name;
}

function allMissing(diags: Diagnostic[]): { count: number; diagnostics: Diagnostic[]; byKey: Map<string, { configPath: string; key: string; scopes: Set<string> }> } {
  const byKey = new Map<string, { configPath: string; key: string; scopes: Set<string> }>();
  const diagnostics: Diagnostic[] = [];
  for (const d of diags) {
    if (d.code !== 'missing-scope') continue;
    const data = parse(missingScopeData, d.data);
    if (!data) continue;
    diagnostics.push(d);
    const id = `${data.configPath}\0${data.key}`;
    const entry = byKey.get(id) ?? { configPath: data.configPath, key: data.key, scopes: new Set<string>() };
    data.scopes.forEach((s) => entry.scopes.add(s));
    byKey.set(id, entry);
  }
  return { count: diagnostics.length, diagnostics, byKey };
}

function allMissingEdit(docs: DocumentAccess, byKey: Map<string, { configPath: string; key: string; scopes: Set<string> }>): WorkspaceEdit | null {
  const perConfig = new Map<string, { name: string; scopes: string[] }[]>();
  for (const e of byKey.values()) perConfig.set(e.configPath, [...(perConfig.get(e.configPath) ?? []), { name: e.key, scopes: [...e.scopes].sort() }]);
  const changes: TextDocumentEdit[] = [];
  for (const [configPath, keys] of perConfig) {
    const edit = configEdit(docs, configPath, (text) => mergeIntoConfigText(text, { keys }).text);
    if (edit?.documentChanges) changes.push(...(edit.documentChanges as TextDocumentEdit[]));
  }
  return changes.length ? { documentChanges: changes } : null;
}

function dedupe(actions: CodeAction[]): CodeAction[] {
  const seen = new Set<string>();
  return actions.filter((a) => !seen.has(a.title) && !!seen.add(a.title));
}
