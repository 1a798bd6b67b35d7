// The least-privilege klaviyo.keys.json for the code as it stands, and how to add what is
// missing to an existing file without disturbing it. Pure: texts in, texts out.
//
// Generation never removes anything from an existing file: a scope that looks unused may be
// needed by code the scan cannot see (another repo, a script run by hand), so dropping it is
// left to an explicit quick fix.

import path from 'node:path';
import type { CheckResult } from './check';
import { loadKeyConfig, type ConfigProblem } from './config/load';
import { relativeToConfig } from './config/resolve';
import { CONFIG_FILE_NAME, type KeyConfig, type KeyEntry } from './config/schema';
import { detectStyle, insertIntoArray } from './config/jsonc-insert';
import type { LoadedConfig, ScanResult } from './engine/workspace';
import { createKeyLink, type CreateKeyLink } from './create-key-link';
import { missing, toUiChecklist, union } from './scopes';

export interface GeneratedConfig {
  /** The existing config's path, or `<root>/klaviyo.keys.json` for a new file. */
  path: string;
  exists: boolean;
  config: KeyConfig;
  /** Per key, what to tick on Klaviyo's Create Private API Key page. */
  /** Per key: what to pick on Klaviyo's Create Private API Key page, and the link that pre-selects it. */
  checklist: { key: string; lines: string[]; link: CreateKeyLink }[];
}

export interface GenerateOptions {
  /** Generate for this config only (CLI `--config`). */
  config?: LoadedConfig;
}

export const DEFAULT_KEY_NAME = 'default';
/** Name of the key added for calls no existing key serves; users are expected to rename it. */
export const UNASSIGNED_KEY_NAME = 'unassigned';

/**
 * One config per existing klaviyo.keys.json that loaded, each key with exactly the scopes its
 * calls need (files, env and ignore kept), plus a new `<root>/klaviyo.keys.json` with a single
 * `default` key when calls needing scopes lie under no config at all.
 */
export function generateConfigs(scan: ScanResult, check: CheckResult, options: GenerateOptions = {}): GeneratedConfig[] {
  const configs = options.config ? [options.config] : scan.configs;
  const out: GeneratedConfig[] = [];
  for (const c of configs) {
    if (!c.result.config) continue; // broken: the caller reports its problems
    const keys: KeyEntry[] = c.result.config.keys.map((k) => {
      const required = check.keys.find((kc) => kc.configPath === c.path && kc.name === k.name)?.required ?? [];
      return { ...k, scopes: required };
    });
    const extra = unassignedKey(scan, check, c, new Set(keys.map((k) => k.name)));
    if (extra) keys.push(extra);
    const { $schema, ignore } = c.result.config;
    out.push(withChecklist(c.path, true, { ...($schema ? { $schema } : {}), keys, ...(ignore ? { ignore } : {}) }));
  }
  const orphans = check.unserved.filter((u) => u.reason === 'no-config').map((u) => scan.calls[u.call]);
  if (!options.config && (orphans.length > 0 || configs.length === 0)) {
    const scopes = union(...orphans.map((c) => c.scopes));
    out.push(withChecklist(path.join(scan.root, CONFIG_FILE_NAME), false, { keys: [{ name: DEFAULT_KEY_NAME, scopes }] }));
  }
  return out;
}

/** A key that serves the calls of `config` no key serves: by their env var when visible, else by file. */
function unassignedKey(scan: ScanResult, check: CheckResult, config: LoadedConfig, taken: Set<string>): KeyEntry | null {
  const calls = check.unserved.filter((u) => u.reason === 'no-key' && u.configPath === config.path).map((u) => scan.calls[u.call]);
  if (calls.length === 0) return null;
  let name = UNASSIGNED_KEY_NAME;
  for (let n = 2; taken.has(name); n++) name = `${UNASSIGNED_KEY_NAME}-${n}`;
  const env = union(calls.flatMap((c) => (c.keyEnv ? [c.keyEnv] : [])));
  const files = union(calls.flatMap((c) => (c.keyEnv ? [] : [relativeToConfig(config.dir, c.file) ?? ''])).filter((f) => f !== ''));
  return { name, scopes: union(...calls.map((c) => c.scopes)), ...(files.length ? { files } : {}), ...(env.length ? { env } : {}) };
}

function withChecklist(file: string, exists: boolean, config: KeyConfig): GeneratedConfig {
  return { path: file, exists, config, checklist: config.keys.map((k) => ({ key: k.name, lines: checklistLines(k.scopes), link: createKeyLink(k.scopes) })) };
}

/** `Profiles: Full`, `Lists: Read`: the access levels to pick in Klaviyo for `scopes`. */
export function checklistLines(scopes: readonly string[]): string[] {
  return toUiChecklist(scopes).map((i) => `${i.resource}: ${i.access}`);
}

/** A new klaviyo.keys.json's text. */
export function formatConfigText(config: KeyConfig): string {
  return JSON.stringify(config, null, 2) + '\n';
}

export interface MergeResult {
  /** The merged text (equal to the input when nothing was missing), or null when refused. */
  text: string | null;
  /** Why the merge was refused: the existing text's errors. Empty on success. */
  problems: ConfigProblem[];
  /** What was added, per key; `created` when the whole key was new. */
  added: { key: string; scopes: string[]; created: boolean }[];
}

/**
 * Adds to `existingText` the scopes its keys lack and the keys it lacks, keeping comments, key
 * order, other properties and layout. Refuses (text null) when the text has errors: editing a
 * file whose structure is a guess could put scopes in the wrong place.
 */
export function mergeIntoConfigText(existingText: string, generated: KeyConfig): MergeResult {
  const loaded = loadKeyConfig(existingText);
  const errors = loaded.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0 || !loaded.config) return { text: null, problems: errors, added: [] };
  const style = detectStyle(existingText);
  let text = existingText;
  const added: MergeResult['added'] = [];
  let keyCount = loaded.keyNodes.length;
  for (const key of generated.keys) {
    const existing = loaded.config.keys.find((k) => k.name === key.name);
    const node = loaded.keyNodes.find((n) => n.name === key.name && n.loaded);
    if (existing && node) {
      const lacking = missing(key.scopes, existing.scopes);
      for (const scope of lacking) text = insertScope(text, node.index, scope, style);
      if (lacking.length > 0) added.push({ key: key.name, scopes: lacking, created: false });
    } else {
      text = insertIntoArray(text, ['keys'], keyCount, key, style) ?? text;
      keyCount++;
      added.push({ key: key.name, scopes: [...key.scopes], created: true });
    }
  }
  return { text, problems: [], added };
}

/** Inserts at the sorted position when the list is sorted, else at the end. */
function insertScope(text: string, keyIndex: number, scope: string, style: ReturnType<typeof detectStyle>): string {
  const written = loadKeyConfig(text).scopeNodes.filter((n) => n.keyIndex === keyIndex).map((n) => n.scope);
  const sorted = written.every((s, i) => i === 0 || written[i - 1] <= s);
  const at = sorted ? written.filter((s) => s < scope).length : written.length;
  return insertIntoArray(text, ['keys', keyIndex, 'scopes'], at, scope, style) ?? text;
}
