import ts from 'typescript';
import { deferredCalls } from '../helper-calls';
import { endpointOpen, hasAlternatives, resolveRequest, resolveRequests } from '../requests';
import { httpFacts, isRequestTarget } from '../ts/http-facts';
import { senderFacts } from '../ts/sender-facts';
import { spanOf } from './span';
import type { TsDetector } from './types';

/**
 * Raw HTTP to https://a.klaviyo.com: fetch, axios (and its instances), got, ky, node-fetch,
 * undici, superagent, node:https. A request whose URL comes from the enclosing function's
 * parameters is left to the request-helper detector, which reports it at each call site. A call
 * of a sender the engine does not know counts when its URL argument is plainly Klaviyo's API
 * (`this.httpService.post(\`${base}/api/events\`, body)` with an injected client).
 */
export const tsHttpRequest: TsDetector = {
  id: 'ts-http-request',
  languages: ['typescript', 'javascript'],
  title: 'Raw HTTP requests to the Klaviyo API',
  docs: 'raw-http',
  kinds: [ts.SyntaxKind.CallExpression],
  visit(node, ctx) {
    if (!ts.isCallExpression(node)) return undefined;
    const target = ctx.ev.eval(node.expression);
    const facts = isRequestTarget(target) ? httpFacts(ctx.ev, node, target) : senderFacts(ctx.ev, node, target);
    if (!facts) return undefined;
    const r = resolveRequest(facts) ?? (hasAlternatives(facts) ? resolveRequests(facts)[0] : null);
    if (!r) return undefined;
    const defaulted = 'defaulted' in facts && facts.defaulted && r.confidence === 'certain';
    const call = { ...r, confidence: defaulted ? ('likely' as const) : r.confidence, detector: tsHttpRequest.id, range: spanOf(node, ctx.sf), nameRange: spanOf(node.expression, ctx.sf) };
    if (facts.dependsOnParams && endpointOpen(r)) {
      const fn = ts.findAncestor(node.parent, ts.isFunctionLike);
      if (fn) {
        for (const c of deferredCalls(facts, call)) ctx.deferred.push({ fn: fn, call: c });
        return undefined;
      }
    }
    // A URL piece that is one of several literals: one call per operation it can reach.
    return resolveRequests(facts).map((x) => ({ ...call, ...x, confidence: defaulted && x.confidence === 'certain' ? 'likely' : x.confidence }));
  },
};
