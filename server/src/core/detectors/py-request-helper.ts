import { helperSiteCalls } from '../helper-calls';
import type { RawCall } from '../model';
import type { PyContext, PyDetector } from '../python/context';
import { calleeName, type PyRequestFacts } from '../python/http-facts';
import { spanOf } from '../python/syntax';
import type { SyntaxNode } from '../tree-sitter/loader';

/**
 * Call sites of the project's own request helpers (`self._request('profiles', method='POST')`):
 * the helper's parameters are bound to the call's arguments (positional, keyword, defaults) and
 * followed into the request, so each call site gets the operation it selects. Data-pipeline
 * classes that only name their endpoint (`class CampaignsStream(KlaviyoStream): path =
 * '/campaigns'`, the base class requesting `self.url_base + self.path`) are reported at the
 * subclass's assignment: that line is what decides the operation.
 */
export const pyRequestHelper: PyDetector = {
  id: 'py-request-helper',
  languages: ['python'],
  title: 'Calls of request helpers that wrap raw HTTP (Python)',
  docs: 'request-helpers',
  nodeTypes: ['call', 'class_definition'],
  visit(node, ctx) {
    if (node.type === 'class_definition') return subclass(node, ctx);
    const callee = node.childForFieldName('function');
    if (!callee) return undefined;
    const target = ctx.ev.eval(callee);
    if (target.kind !== 'fn' || ctx.helpers.sitesOf(target.node).length === 0) return undefined;
    ctx.usedHelpers.add(target.key);
    return collect(ctx.helpers.expand(node), node, spanOf(node), spanOf(calleeName(node)), ctx);
  },
};

function subclass(cls: SyntaxNode, ctx: PyContext): RawCall[] | undefined {
  const out: RawCall[] = [];
  for (const { facts, at, fn } of ctx.helpers.subclassRequests(cls)) {
    ctx.usedHelpers.add(fn);
    const name = at.type === 'assignment' ? (at.childForFieldName('left') ?? at) : at;
    out.push(...collect([facts], null, spanOf(at), spanOf(name), ctx));
  }
  return out.length ? out : undefined;
}

function collect(all: PyRequestFacts[], site: SyntaxNode | null, range: RawCall['range'], nameRange: RawCall['nameRange'], ctx: PyContext): RawCall[] {
  return helperSiteCalls(all, {
    detector: pyRequestHelper.id, range, nameRange, deferred: ctx.deferred,
    enclosing: () => (site ? ctx.ev.functionKeyAt(site) : null),
  });
}
