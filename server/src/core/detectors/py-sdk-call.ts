import type { RawCall } from '../model';
import type { PyContext, PyDetector } from '../python/context';
import { evalArgs } from '../python/eval-calls';
import { enclosingCall, spanOf } from '../python/syntax';
import { resolveSdkMethod } from '../sdk/resolve-method';
import type { SyntaxNode } from '../tree-sitter/loader';
import { tIncludeValues, tLiteral, type TValue } from '../tree-sitter/values';

type SdkMethod = Extract<TValue, { kind: 'sdk' }> & { name: string };

/**
 * Official Python SDK (PyPI `klaviyo-api`): `klaviyo.Profiles.get_profiles(...)` on a
 * `KlaviyoAPI` client wherever it lives (module globals, `self` attributes, factories, other
 * modules), groups kept in variables, and bound methods taken without a call
 * (`fetch_all(client.Lists.get_lists)`), which count as a call where they are taken.
 */
export const pySdkCall: PyDetector = {
  id: 'py-sdk-call',
  languages: ['python'],
  title: 'klaviyo-api (Python) SDK method calls and references',
  docs: 'python-sdk',
  nodeTypes: ['attribute'],
  visit(node, ctx) {
    const attr = node.childForFieldName('attribute');
    if (!attr) return undefined;
    const v = ctx.ev.eval(node);
    if (v.kind !== 'sdk' || v.what !== 'method' || v.legacy || !v.name) return undefined;
    return report(node, attr, v as SdkMethod, ctx);
  },
};

function report(node: SyntaxNode, nameNode: SyntaxNode, m: SdkMethod, ctx: PyContext): RawCall[] | undefined {
  const call = enclosingCall(node);
  const args = call ? evalArgs(ctx.ev, call) : null;
  const r = resolveSdkMethod({
    name: m.name,
    revision: ctx.sdkRevision,
    // `include=['lists', 'tags']` or `include='lists,tags'`.
    include: args ? tIncludeValues(args.keywords.get('include')) : [],
    literalArgs: args ? args.positional.map((a) => tLiteral(a)) : [],
    keyEnv: m.keyEnv,
    spell: (id) => id,
  });
  if (!r) return undefined;
  const { matchedName: _matched, ...rest } = r;
  return [{ ...rest, detector: pySdkCall.id, range: spanOf(call ?? node), nameRange: spanOf(nameNode) }];
}
