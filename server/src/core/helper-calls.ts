import type { RawCall } from './model';
import { endpointOpen, resolveRequest, type RequestFacts, type ResolvedRequest } from './requests';

// What every language's request-helper detector does at a helper's call site, once the
// helper's requests have been expanded with this call's arguments.

export interface ExpandedRequest extends RequestFacts {
  /** The URL or method still depends on parameters (of the function this call sits in). */
  dependsOnParams: boolean;
}

export interface HelperSite<F> {
  detector: string;
  range: RawCall['range'];
  nameRange: RawCall['nameRange'];
  /** The function (identity key) this call sits in, if any: still-parametric requests wait for its call sites. */
  enclosing: F | null;
  deferred: { fn: F; call: RawCall }[];
  resolve?: (facts: RequestFacts) => ResolvedRequest | null;
}

/** One call per distinct operation the expanded requests select; still-parametric ones are deferred. */
export function helperSiteCalls<F>(requests: readonly ExpandedRequest[], site: HelperSite<F>): RawCall[] {
  const resolve = site.resolve ?? resolveRequest;
  const out: RawCall[] = [];
  const seen = new Set<string>();
  for (const facts of requests) {
    const r = resolve(facts);
    if (!r) continue;
    const call: RawCall = { ...r, detector: site.detector, range: site.range, nameRange: site.nameRange };
    if (facts.dependsOnParams && endpointOpen(r) && site.enclosing !== null) {
      // This call sits inside another helper: it is reported at that helper's call sites.
      site.deferred.push({ fn: site.enclosing, call });
      continue;
    }
    const key = `${call.operation}|${call.method}|${call.path}`;
    if (!seen.has(key)) out.push(call);
    seen.add(key);
  }
  return out;
}
