import type { PyDetector } from '../python/context';
import { httpFacts, isRequestTarget } from '../python/http-facts';
import { senderFacts } from '../python/sender-facts';
import { spanOf } from '../python/syntax';
import { requestSiteCalls } from '../helper-calls';
import type { SyntaxNode } from '../tree-sitter/loader';

/**
 * Raw HTTP to https://a.klaviyo.com from Python: requests (functions and sessions), httpx
 * (sync and async clients, base_url), aiohttp (ClientSession, base_url), urllib3 and
 * urllib.request. A request whose URL comes from the enclosing function's parameters (or from
 * an attribute of `self` that subclasses set) is left to the request-helper detector. A call of
 * a sender the engine does not know counts when its URL argument is plainly Klaviyo's API
 * (`self._get(f"{self.base_url}/api/lists")` with `_get` from a library base class).
 */
export const pyHttpRequest: PyDetector = {
  id: 'py-http-request',
  languages: ['python'],
  title: 'Raw HTTP requests to the Klaviyo API (Python)',
  docs: 'raw-http',
  nodeTypes: ['call'],
  visit(node, ctx) {
    const callee = node.childForFieldName('function');
    if (!callee || (callee.type !== 'attribute' && callee.type !== 'identifier')) return undefined;
    const target = ctx.ev.eval(callee);
    const known = mayRequest(callee) && isRequestTarget(target);
    const facts = known ? httpFacts(ctx.ev, node, target) : senderFacts(ctx.ev, node, target);
    if (!facts) return undefined;
    return requestSiteCalls(facts, { detector: pyHttpRequest.id, range: spanOf(node), nameRange: spanOf(callee), enclosing: () => ctx.ev.functionKeyAt(node), deferred: ctx.deferred });
  },
};

/** Methods that send a request; a plain name may be one imported under an alias (`from requests import get as g`). */
const SENDING = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request', 'urlopen']);

function mayRequest(callee: SyntaxNode): boolean {
  if (callee.type !== 'attribute') return callee.type === 'identifier';
  return SENDING.has(callee.childForFieldName('attribute')?.text.toLowerCase() ?? '');
}
