import { helperSiteCalls } from '../helper-calls';
import { spanOf, type RbDetector } from '../ruby/context';
import { callParts, enclosingMethod } from '../ruby/nodes';

/**
 * Call sites of the project's own Ruby request helpers (`request(:post, '/profiles', body)`,
 * `KlaviyoClient.get('/lists')`): the helper's parameters are bound to this call's arguments
 * (symbols for methods included) and followed into the request, so each call site gets the
 * operation it selects.
 */
export const rbRequestHelper: RbDetector = {
  id: 'rb-request-helper',
  languages: ['ruby'],
  title: 'Calls of Ruby request helpers that wrap raw HTTP',
  docs: 'ruby-helpers',
  visit(node, ctx) {
    const parts = callParts(node);
    if (!parts) return undefined;
    const target = ctx.ev.callee(node);
    if (target.kind !== 'fn' || ctx.helpers.sitesOf(target.node).length === 0) return undefined;
    ctx.usedHelpers.add(target.key);
    const fn = enclosingMethod(node);
    return helperSiteCalls(ctx.helpers.expand(node), {
      detector: rbRequestHelper.id,
      range: spanOf(node),
      nameRange: spanOf(parts.nameNode),
      enclosing: () => (fn ? ctx.ev.prog.key(fn) : null),
      deferred: ctx.deferred,
    });
  },
};
