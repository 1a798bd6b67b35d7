import ts from 'typescript';
import { helperSiteCalls } from '../helper-calls';
import { deferralScope, spanOf } from './span';
import type { TsDetector } from './types';

/**
 * Call sites of the project's own request helpers (`klaviyoRequest('/profiles', 'POST')`,
 * `this.request({ url: '/lists' })`): the helper's parameters are bound to this call's
 * arguments and followed into the request, so each call site gets the operation it selects.
 */
export const tsRequestHelper: TsDetector = {
  id: 'ts-request-helper',
  languages: ['typescript', 'javascript'],
  title: 'Calls of request helpers that wrap raw HTTP',
  docs: 'request-helpers',
  kinds: [ts.SyntaxKind.CallExpression],
  visit(node, ctx) {
    if (!ts.isCallExpression(node)) return undefined;
    const target = ctx.ev.eval(node.expression);
    if (target.kind !== 'fn' || ctx.helpers.sitesOf(target.node).length === 0) return undefined;
    ctx.usedHelpers.add(target.node);
    return helperSiteCalls(ctx.helpers.expand(node), {
      detector: tsRequestHelper.id,
      range: spanOf(node, ctx.sf),
      nameRange: spanOf(calleeName(node.expression), ctx.sf),
      enclosing: () => deferralScope(node),
      deferred: ctx.deferred,
    });
  },
};

function calleeName(e: ts.Expression): ts.Node {
  return ts.isPropertyAccessExpression(e) ? e.name : e;
}
