import type { RawCall } from './model';
import { endpointOpen, hasAlternatives, resolveRequest, resolveRequests, type RequestFacts } from './requests';

// What every language's request-helper detector does at a helper's call site, once the
// helper's requests have been expanded with this call's arguments.

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
  /** The function (identity key) this call sits in, if any: still-parametric requests wait for its call sites. */
  enclosing: F | null;
  deferred: { fn: F; call: RawCall }[];
}

/**
 * What waits for the call sites of the function a request sits in: the call, or one per
 * alternative its URL can take, so a function nobody calls still reports each of them.
 */
export function deferredCalls(facts: RequestFacts, call: RawCall): RawCall[] {
  return hasAlternatives(facts) ? resolveRequests(facts).map((x) => ({ ...call, ...x })) : [call];
}

/** One call per distinct operation the expanded requests select; still-parametric ones are deferred. */
export function helperSiteCalls<F>(requests: readonly ExpandedRequest[], site: HelperSite<F>): RawCall[] {
  const out: RawCall[] = [];
  const seen = new Set<string>();
  for (const facts of requests) {
    // With alternatives the hole reading may resolve to nothing (`BASE + (a ? '/api/x' : '/api/y')`).
    const r = resolveRequest(facts) ?? (hasAlternatives(facts) ? resolveRequests(facts)[0] : null);
    if (!r) continue;
    const call: RawCall = { ...r, detector: site.detector, range: site.range, nameRange: site.nameRange };
    if (facts.dependsOnParams && endpointOpen(r) && site.enclosing !== null) {
      // This call sits inside another helper: it is reported at that helper's call sites.
      for (const c of deferredCalls(facts, call)) site.deferred.push({ fn: site.enclosing, call: c });
      continue;
    }
    for (const x of resolveRequests(facts)) {
      const key = `${x.operation}|${x.method}|${x.path}`;
      // One of several bindings a call may make (a conditional argument): likely, as any alternative.
      const confidence = facts.alternative && x.confidence === 'certain' ? 'likely' : x.confidence;
      if (!seen.has(key)) out.push({ ...call, ...x, confidence });
      seen.add(key);
    }
  }
  return out;
}
