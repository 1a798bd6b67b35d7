import ts from 'typescript';
import { resolveRequest } from '../requests';
import type { RawCall } from '../model';
import { spanOf } from './span';
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
  visit(node, ctx) {
    if (!ts.isCallExpression(node)) return undefined;
    const target = ctx.ev.eval(node.expression);
    if (target.kind !== 'fn' || ctx.helpers.sitesOf(target.node).length === 0) return undefined;
    ctx.usedHelpers.add(target.node);
    const out: RawCall[] = [];
    const seen = new Set<string>();
    for (const facts of ctx.helpers.expand(node)) {
      const r = resolveRequest(facts);
      if (!r) continue;
      const call: RawCall = { ...r, detector: tsRequestHelper.id, range: spanOf(node, ctx.sf), nameRange: spanOf(calleeName(node.expression), ctx.sf) };
      if (facts.dependsOnParams && (r.operation === null || r.confidence === 'unresolved')) {
        // Still parametric: this call sits inside another helper and is reported at its call sites.
        const fn = ts.findAncestor(node.parent, ts.isFunctionLike);
        if (fn) {
          ctx.deferred.push({ fn, call });
          continue;
        }
      }
      const key = `${call.operation}|${call.method}|${call.path}`;
      if (!seen.has(key)) out.push(call);
      seen.add(key);
    }
    return out;
  },
};

function calleeName(e: ts.Expression): ts.Node {
  return ts.isPropertyAccessExpression(e) ? e.name : e;
}
