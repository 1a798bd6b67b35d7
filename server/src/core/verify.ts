// `verify`: the keys that really exist in the Klaviyo account (GET /api/api-keys, beta) against
// klaviyo.keys.json and the code. Pure: the live keys come in as data, fetched by the caller.

import type { CheckResult, KeyCheck } from './check';
import type { LoadedConfig } from './engine/workspace-types';
import { excessDetails, missing, type ExcessScope } from './scopes';

export interface LiveKey {
  id: string;
  name: string;
  status: 'active' | 'disabled';
  scopes: string[];
  /** `pk_…abcd` as Klaviyo returns it, or null. */
  redacted: string | null;
}

/** One klaviyo.keys.json entry with the live key it names (by `klaviyoKeyId`, else by name). */
export interface VerifiedKey {
  name: string;
  configPath: string;
  index: number;
  live: LiveKey | null;
  matchedBy: 'id' | 'name' | null;
  /** What the code needs from this key (from the check). */
  required: string[];
  /** Scopes the code needs that the live key lacks: these calls fail in production. */
  missing: string[];
  /** Scopes the live key has that no call needs: rotate to a least-privilege key. */
  excess: ExcessScope[];
  /** The live key is disabled and the config still uses it. */
  disabled: boolean;
}

export interface VerifyResult {
  keys: VerifiedKey[];
  /** Live keys no entry claims. */
  unclaimed: LiveKey[];
  /** No live key lacks a scope its calls need, and none the config uses is disabled. */
  ok: boolean;
}

/** `klaviyoKeyId` per config entry, by config path and key name (the check does not carry it). */
export type KeyIds = (configPath: string, name: string) => string | undefined;

/** Each entry's `klaviyoKeyId`, from the loaded configs. */
export function keyIdsOf(configs: readonly LoadedConfig[]): KeyIds {
  return (configPath, name) => configs.find((c) => c.path === configPath)?.result.config?.keys.find((k) => k.name === name)?.klaviyoKeyId;
}

export function verifyKeys(check: CheckResult, live: readonly LiveKey[], idOf: KeyIds): VerifyResult {
  const claimed = new Set<LiveKey>();
  const byId = new Map(live.map((k) => [k.id, k]));
  const byName = new Map<string, LiveKey[]>();
  for (const k of live) byName.set(norm(k.name), [...(byName.get(norm(k.name)) ?? []), k]);
  const keys = check.keys.map((k): VerifiedKey => {
    const id = idOf(k.configPath, k.name);
    // By name only when exactly one live key has it: two namesakes are ambiguous, and a guess
    // would compare the wrong scopes.
    const named = byName.get(norm(k.name));
    const match = id !== undefined ? byId.get(id) : named?.length === 1 ? named[0] : undefined;
    if (match) claimed.add(match);
    return verified(k, match ?? null, match ? (id !== undefined ? 'id' : 'name') : null);
  });
  const unclaimed = live.filter((k) => !claimed.has(k));
  const ok = keys.every((k) => !k.disabled && k.missing.length === 0);
  return { keys, unclaimed, ok };
}

function verified(k: KeyCheck, live: LiveKey | null, matchedBy: VerifiedKey['matchedBy']): VerifiedKey {
  const liveScopes = live?.scopes ?? [];
  return {
    name: k.name, configPath: k.configPath, index: k.index, live, matchedBy, required: k.required,
    missing: live ? missing(k.required, liveScopes) : [],
    excess: live ? excessDetails(liveScopes, k.required) : [],
    disabled: live?.status === 'disabled',
  };
}

function norm(name: string): string {
  return name.trim().toLowerCase();
}
