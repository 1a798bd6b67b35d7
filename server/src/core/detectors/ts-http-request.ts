import ts from 'typescript';
import { requestSiteCalls } from '../helper-calls';
import { httpFacts, isRequestTarget } from '../ts/http-facts';
import { senderFacts } from '../ts/sender-facts';
import { deferralScope, spanOf } from './span';
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
    return requestSiteCalls(facts, { detector: tsHttpRequest.id, range: spanOf(node, ctx.sf), nameRange: spanOf(node.expression, ctx.sf), enclosing: () => deferralScope(node), deferred: ctx.deferred });
  },
};
