import type { RawCall } from './model';
import { endpointOpen, hasAlternatives, resolveRequest, resolveRequests, type RequestFacts, type ResolvedRequest } from './requests';

// What every language's HTTP and request-helper detectors do with a request once they have read
// it (at the call itself, or at a helper's call site with the helper's requests expanded).

export interface ExpandedRequest extends RequestFacts {
  /** The URL or method still depends on parameters (of the function this call sits in). */
  dependsOnParams: boolean;
  /** One of several bindings of the call's arguments (a conditional argument's branches). */
  alternative?: boolean;
}

export interface HelperSite<F> {
  detector: string;
  range: RawCall['range'];
  nameRange: RawCall['nameRange'];
  /** The function (identity key) this call sits in, if any: still-parametric requests wait for its call sites. Asked only then. */
  enclosing: () => F | null;
  deferred: { fn: F; call: RawCall }[];
}

/**
 * The calls one request makes where it is written (a direct HTTP call, or a helper's request
 * expanded at a call site): one per operation its alternatives reach, likely when the method was
 * defaulted or the request is one of several bindings; none when it still depends on the
 * enclosing function's parameters, which then waits for that function's call sites (each
 * alternative too, so a function nobody calls still reports them). Resolved once.
 */
export function requestSiteCalls<F>(facts: ExpandedRequest & { defaulted?: boolean }, site: HelperSite<F>): RawCall[] {
  const alternatives = hasAlternatives(facts);
  // With alternatives the hole reading may resolve to nothing (`BASE + (a ? '/api/x' : '/api/y')`).
  const r = resolveRequest(facts) ?? (alternatives ? resolveRequests(facts)[0] : null);
  if (!r) return [];
  const guessed = !!facts.defaulted || !!facts.alternative;
  const call = (x: ResolvedRequest): RawCall => ({
    ...x, confidence: guessed && x.confidence === 'certain' ? 'likely' : x.confidence, detector: site.detector, range: site.range, nameRange: site.nameRange,
  });
  const all = alternatives ? resolveRequests(facts) : [r];
  if (facts.dependsOnParams && endpointOpen(r)) {
    const fn = site.enclosing();
    if (fn !== null) {
      for (const x of all) site.deferred.push({ fn, call: call(x) });
      return [];
    }
  }
  return all.map(call);
}

/** One call per distinct operation the expanded requests select; still-parametric ones are deferred. */
export function helperSiteCalls<F>(requests: readonly ExpandedRequest[], site: HelperSite<F>): RawCall[] {
  const out: RawCall[] = [];
  const seen = new Set<string>();
  for (const facts of requests) {
    for (const c of requestSiteCalls(facts, site)) {
      const key = `${c.operation}|${c.method}|${c.path}`;
      if (!seen.has(key)) out.push(c);
      seen.add(key);
    }
  }
  return out;
}
