// Compares what the code needs with what klaviyo.keys.json declares. Pure: it works on a
// ScanResult (calls plus the configs the scan already loaded), so the CLI and the language
// server get the same answer without touching the disk again.
//
// Calls are referred to by their index into `scan.calls`: results stay small, serialize as
// they are, and every consumer already holds the call list.

import path from 'node:path';
import { catalog } from './catalog';
import type { ConfigProblem } from './config/load';
import { findConfigPath, keyForCall, type KeyReason } from './config/resolve';
import type { KeyConfig } from './config/schema';
import type { LoadedConfig, ScanResult } from './engine/workspace';
import type { Call } from './model';
import { excessDetails, missing, union, type ExcessScope } from './scopes';

export interface KeyCheck {
  name: string;
  configPath: string;
  /** Position of the key in the file's "keys" array (quick fixes edit it there). */
  index: number;
  /** Scopes as declared (today's spelling, deduplicated, sorted by the loader). */
  granted: string[];
  /** Union of the scopes of the calls this key serves. */
  required: string[];
  missing: string[];
  excess: ExcessScope[];
  /** Every call this key serves, including those that need nothing. */
  calls: number[];
  /** The calls that need each required scope. */
  callsByScope: Record<string, number[]>;
  /** Calls that need at least one missing scope. */
  missingCalls: number[];
}

export type UnservedReason = 'no-config' | 'config-error' | 'no-key';

export interface CallAssignment {
  /** The config that applies to the call's file, or null when none does. */
  configPath: string | null;
  key: string | null;
  reason: KeyReason | UnservedReason;
}

export interface UnservedCall {
  call: number;
  reason: UnservedReason;
  configPath: string | null;
}

export interface CheckResult {
  /** No key misses a scope and every call that needs scopes is served by a key. */
  ok: boolean;
  keys: KeyCheck[];
  /** Parallel to `scan.calls`. */
  assignments: CallAssignment[];
  /** Calls that need scopes but that no key serves. */
  unserved: UnservedCall[];
  /** Every config's problems (errors and warnings), in config path order. */
  configProblems: { path: string; problems: ConfigProblem[] }[];
  /** Whether any config has an error-severity problem: the CLI treats that as a usage error. */
  configErrors: boolean;
  /** Every call (served or not) that needs each scope, for `explain`. */
  requiredByScope: Record<string, number[]>;
}

export interface CheckOptions {
  /** Use this config for every file instead of the nearest klaviyo.keys.json (CLI `--config`). */
  config?: LoadedConfig;
}

/** Whether a call needs private-key scopes at all: client, OAuth, legacy and unresolved calls name none. */
export function needsScopes(call: Call): boolean {
  return call.kind !== 'client' && call.kind !== 'oauth' && call.kind !== 'legacy' && call.scopes.length > 0;
}

export function checkCalls(scan: ScanResult, options: CheckOptions = {}): CheckResult {
  const configs = options.config ? [options.config] : scan.configs;
  const byPath = new Map(configs.map((c) => [c.path, c]));
  const keys: KeyCheck[] = [];
  const keyIndex = new Map<string, KeyCheck>();
  for (const c of configs) {
    for (const [i, k] of (c.result.config?.keys ?? []).entries()) {
      const index = c.result.keyNodes.find((n) => n.name === k.name && n.loaded)?.index ?? i;
      const entry: KeyCheck = { name: k.name, configPath: c.path, index, granted: [...k.scopes], required: [], missing: [], excess: [], calls: [], callsByScope: {}, missingCalls: [] };
      keys.push(entry);
      keyIndex.set(`${c.path}\0${k.name}`, entry);
    }
  }

  // Many calls share a folder; the nearest-config walk is done once per folder (and kept while
  // the configs are the same: the language server checks again after every edit).
  let configForDir = configMemo.get(configs);
  if (!configForDir) configMemo.set(configs, (configForDir = new Map()));
  const configFor = (file: string): LoadedConfig | null => {
    if (options.config) return options.config;
    const dir = path.dirname(file);
    const memoKey = `${scan.root}\0${dir}`;
    let c = configForDir.get(memoKey);
    if (c === undefined) {
      const p = findConfigPath(dir, scan.root, (candidate) => byPath.has(candidate));
      c = p === null ? null : (byPath.get(p) ?? null);
      configForDir.set(memoKey, c);
    }
    return c;
  };

  const assign = (call: Call): CallAssignment => {
    const config = configFor(call.file);
    if (!config) return { configPath: null, key: null, reason: 'no-config' };
    if (!config.result.config) return { configPath: config.path, key: null, reason: 'config-error' };
    const { key, reason } = memoKeyForCall(config.result.config, config.dir, call);
    return key ? { configPath: config.path, key: key.name, reason } : { configPath: config.path, key: null, reason: 'no-key' };
  };
  // The language server checks again after every edit, with the same Call objects for every
  // file the edit did not touch: their assignments are kept (per config list) rather than redone.
  let byCall = options.config ? undefined : assignmentMemo.get(configs);
  if (!options.config && !byCall) assignmentMemo.set(configs, (byCall = new WeakMap()));

  const assignments: CallAssignment[] = [];
  const unserved: UnservedCall[] = [];
  const requiredByScope: Record<string, number[]> = {};
  scan.calls.forEach((call, i) => {
    const needed = needsScopes(call);
    if (needed) for (const s of call.scopes) (requiredByScope[s] ??= []).push(i);
    let assignment = byCall?.get(call);
    if (!assignment) {
      assignment = assign(call);
      byCall?.set(call, assignment);
    }
    assignments.push(assignment);
    const served = assignment.key === null ? undefined : keyIndex.get(`${assignment.configPath}\0${assignment.key}`);
    if (!served) {
      if (needed) unserved.push({ call: i, reason: assignment.reason as UnservedReason, configPath: assignment.configPath });
      return;
    }
    served.calls.push(i);
    if (needed) for (const s of call.scopes) (served.callsByScope[s] ??= []).push(i);
  });

  for (const k of keys) {
    k.required = union(Object.keys(k.callsByScope));
    k.missing = missing(k.required, k.granted);
    k.excess = excessDetails(k.granted, k.required);
    const lacking = new Set(k.missing);
    k.missingCalls = k.calls.filter((i) => scan.calls[i].scopes.some((s) => lacking.has(s)) && needsScopes(scan.calls[i]));
    k.callsByScope = sortedRecord(k.callsByScope);
  }

  const configProblems = configs.map((c) => ({ path: c.path, problems: c.result.problems }));
  return {
    ok: keys.every((k) => k.missing.length === 0) && unserved.length === 0,
    keys,
    assignments,
    unserved,
    configProblems,
    configErrors: configProblems.some((c) => c.problems.some((p) => p.severity === 'error')),
    requiredByScope: sortedRecord(requiredByScope),
  };
}

/** Per config list, each call's key assignment (a pure function of the call and the list). */
const assignmentMemo = new WeakMap<readonly LoadedConfig[], WeakMap<Call, CallAssignment>>();
/** Per config list, the config serving each folder (`findConfigPath` is pure given the list). */
const configMemo = new WeakMap<readonly LoadedConfig[], Map<string, LoadedConfig | null>>();
/** Per loaded config, the key serving each file and key variable (`keyForCall` is pure given the config). */
const keyMemo = new WeakMap<KeyConfig, Map<string, ReturnType<typeof keyForCall>>>();

function memoKeyForCall(config: KeyConfig, configDir: string, call: Call): ReturnType<typeof keyForCall> {
  let byFile = keyMemo.get(config);
  if (!byFile) keyMemo.set(config, (byFile = new Map()));
  const k = `${configDir}\0${call.file}\0${call.keyEnv ?? ''}`;
  let hit = byFile.get(k);
  if (!hit) byFile.set(k, (hit = keyForCall(config, configDir, call)));
  return hit;
}

/** Why a call needs `scope`: its operation, and/or the include values that add it. */
export function reasonsForScope(call: Call, scope: string): string[] {
  const op = call.operation ? catalog.byId(call.operation) : undefined;
  // includeScopes may repeat a scope the operation needs anyway (get_profile + include
  // "conversations" both need profiles:read), so the operation's own list decides.
  const own = op ? op.scopes : call.scopes.filter((s) => !call.includeScopes.includes(s));
  const fromIncludes = call.includes.filter((u) => u.scopes.includes(scope)).map((u) => `include "${u.value}"`);
  const out = own.includes(scope) || fromIncludes.length === 0 ? [`operation ${call.operation ?? `${call.method ?? '?'} ${call.path ?? '?'}`}`] : [];
  return [...out, ...fromIncludes];
}

/**
 * `reasonsForScope` for a line that already names the call's operation: the operation itself is
 * `operation` rather than its name again (`get_lists — operation get_lists` read as a stutter).
 */
export function reasonsBesideOperation(call: Call, scope: string): string[] {
  return reasonsForScope(call, scope).map((r) => (call.operation && r === `operation ${call.operation}` ? 'operation' : r));
}

export type CallNoteCode = 'legacy-endpoint' | 'no-such-endpoint' | 'unresolved-call' | 'deprecated-alias' | 'beta-endpoint';

/** What is worth telling about a call besides its scopes (same codes as the editor's diagnostics). */
export function callNotes(call: Call): CallNoteCode[] {
  const out: CallNoteCode[] = [];
  if (call.kind === 'legacy') out.push('legacy-endpoint');
  else if (call.confidence === 'unresolved') out.push('unresolved-call');
  else if (call.operation === null && call.kind !== 'client' && call.kind !== 'oauth') out.push('no-such-endpoint');
  if (call.alias) out.push('deprecated-alias');
  if (call.beta) out.push('beta-endpoint');
  return out;
}

function sortedRecord<T>(r: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.keys(r).sort().map((k) => [k, r[k]]));
}
