import { requestSiteCalls } from '../helper-calls';
import { spanOf, type RbDetector } from '../ruby/context';
import { httpFacts, isRequestTarget } from '../ruby/http-facts';
import { senderFacts } from '../ruby/sender-facts';
import { callParts, enclosingMethod } from '../ruby/nodes';

/**
 * Raw HTTP to https://a.klaviyo.com from Ruby: Net::HTTP (reported where the request object is
 * built, `Net::HTTP::Post.new(uri)`, or at `Net::HTTP.get`/`http.get(path)`), HTTParty (also
 * classes that `include HTTParty` with a `base_uri`), Faraday connections, RestClient, Typhoeus,
 * http.rb and Excon. A request whose URL or method comes from the enclosing method's parameters
 * is left to the request-helper detector, which reports it at each call site. A call of a sender
 * the engine does not know counts when its URL argument is plainly Klaviyo's API.
 */
export const rbHttpRequest: RbDetector = {
  id: 'rb-http-request',
  languages: ['ruby'],
  title: 'Raw HTTP requests to the Klaviyo API (Ruby)',
  docs: 'ruby-http',
  visit(node, ctx) {
    const parts = callParts(node);
    if (!parts) return undefined;
    const target = ctx.ev.callee(node);
    const facts = isRequestTarget(target) ? httpFacts(ctx.ev, node, target) : senderFacts(ctx.ev, node, target);
    if (!facts) return undefined;
    return requestSiteCalls(facts, { detector: rbHttpRequest.id, range: spanOf(node), nameRange: spanOf(parts.nameNode), enclosing: () => { const fn = enclosingMethod(node); return fn ? ctx.ev.prog.key(fn) : null; }, deferred: ctx.deferred });
  },
};
