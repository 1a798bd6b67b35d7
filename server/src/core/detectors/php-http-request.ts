import { deferredCalls } from '../helper-calls';
import { endpointOpen, hasAlternatives, resolveRequest, resolveRequests } from '../requests';
import type { RawCall } from '../model';
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
    const r = resolveRequest(facts) ?? (hasAlternatives(facts) ? resolveRequests(facts)[0] : null);
    if (!r) return undefined;
    const call: RawCall = { ...r, detector: phpHttpRequest.id, range: spanOfNode(node), nameRange: spanOfNode(calleeName(node)) };
    if (facts.dependsOnParams && endpointOpen(r)) {
      const fn = enclosingFunction(node);
      if (fn) {
        for (const c of deferredCalls(facts, call)) ctx.deferred.push({ fn: ctx.ev.project.key(fn), call: c });
        return undefined;
      }
    }
    return resolveRequests(facts).map((x) => ({ ...call, ...x }));
  },
};
