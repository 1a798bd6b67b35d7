import { resolveRequest, type RequestFacts, type ResolvedRequest } from '../requests';

// resolveRequest with a small memo: a helper's parametric request is resolved once per helper
// (is it a helper?) and again by the HTTP detector (defer it?), and an unresolved request
// ranks every catalog operation, which is the costly part of a scan with many helpers.

const MAX_ENTRIES = 2000;
const memo = new Map<string, ResolvedRequest | null>();

export function resolveFacts(f: RequestFacts): ResolvedRequest | null {
  const key = JSON.stringify([f.method, f.url, f.include, f.beta, f.keyEnv]);
  const hit = memo.get(key);
  if (hit !== undefined) return hit === null ? null : structuredClone(hit);
  const r = resolveRequest({ method: f.method, url: f.url, include: f.include, beta: f.beta, keyEnv: f.keyEnv });
  if (memo.size >= MAX_ENTRIES) memo.clear();
  memo.set(key, r);
  return r === null ? null : structuredClone(r);
}
