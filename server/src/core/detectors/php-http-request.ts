import { requestSiteCalls } from '../helper-calls';
import { spanOfNode, type PhpDetector } from '../php/context';
import { CALL_TYPES, calleeName, enclosingFunction } from '../php/syntax';

/**
 * Raw HTTP to https://a.klaviyo.com from PHP: Guzzle (`request`, `get`/`post`/…, `*Async`,
 * `send(new Request(…))`), Laravel's `Http` client, Symfony HttpClient, WordPress
 * `wp_remote_*`, `file_get_contents` with a stream context, and curl (reported at `curl_exec`,
 * or where the URL is set when no curl_exec in the function sends the handle). A request whose
 * URL comes from the enclosing function's parameters is left to the request-helper detector,
 * which reports it at each call site.
 */
export const phpHttpRequest: PhpDetector = {
  id: 'php-http-request',
  languages: ['php'],
  title: 'Raw HTTP requests to the Klaviyo API (PHP)',
  docs: 'php-http',
  visit(node, ctx) {
    if (!CALL_TYPES.has(node.type)) return undefined;
    const facts = ctx.helpers.direct(node);
    if (!facts) return undefined;
    return requestSiteCalls(facts, { detector: phpHttpRequest.id, range: spanOfNode(node), nameRange: spanOfNode(calleeName(node)), enclosing: () => { const fn = enclosingFunction(node); return fn ? ctx.ev.project.key(fn) : null; }, deferred: ctx.deferred });
  },
};
