import { resolveRequest, type RequestFacts, type ResolvedRequest } from '../requests';

// resolveRequest with a small memo: a helper's parametric request is resolved once to decide it
// is a helper and again where it is reported, and the same unresolved shape (`BASE . $path`)
// recurs across helpers and files. Unresolved requests are the costly ones (candidate search).

const MAX_ENTRIES = 512;
const cache = new Map<string, ResolvedRequest | null>();

export function resolveRequestCached(facts: RequestFacts): ResolvedRequest | null {
  const key = JSON.stringify([facts.method, facts.url, facts.include, facts.beta, facts.keyEnv]);
  let r = cache.get(key);
  if (r === undefined) {
    r = resolveRequest({ method: facts.method, url: facts.url, include: facts.include, beta: facts.beta, keyEnv: facts.keyEnv });
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
    cache.set(key, r);
  }
  // Callers spread the result into their calls; arrays are copied so no two calls share one.
  return r && { ...r, scopes: [...r.scopes], includeScopes: [...r.includeScopes], includes: r.includes.map((i) => ({ ...i, scopes: [...i.scopes] })), candidates: [...r.candidates] };
}
