import { helperSiteCalls } from '../helper-calls';
import { spanOfNode, type PhpDetector } from '../php/context';
import { callTarget } from '../php/eval-calls';
import { CALL_TYPES, calleeName, enclosingFunction } from '../php/syntax';

/**
 * Call sites of the project's own request helpers (`$this->callApi('GET', 'lists')`,
 * `klaviyo_request('POST', 'events', $body)`, `Klaviyo::send('profiles')`): the helper's
 * parameters are bound to this call's arguments (defaults and named arguments too) and
 * followed into the request, so each call site gets the operation it selects.
 */
export const phpRequestHelper: PhpDetector = {
  id: 'php-request-helper',
  languages: ['php'],
  title: 'Calls of PHP request helpers that wrap raw HTTP',
  docs: 'php-helpers',
  visit(node, ctx) {
    if (!CALL_TYPES.has(node.type)) return undefined;
    const target = callTarget(ctx.ev, node);
    if (target.kind !== 'fn' || ctx.helpers.sitesOf(target.node).length === 0) return undefined;
    ctx.usedHelpers.add(target.key);
    const fn = enclosingFunction(node);
    return helperSiteCalls(ctx.helpers.expand(node), {
      detector: phpRequestHelper.id,
      range: spanOfNode(node),
      nameRange: spanOfNode(calleeName(node)),
      enclosing: () => (fn ? ctx.ev.project.key(fn) : null),
      deferred: ctx.deferred,
    });
  },
};
