import type { RawCall } from '../model';
import { spanOf, type RbContext, type RbDetector } from '../ruby/context';
import { scopeMutations } from '../ruby/blocks';
import { argNodes, evalArgs, SEND, withHash } from '../ruby/eval-call';
import { callParts, enclosingScope } from '../ruby/nodes';
import { resolveSdkMethod } from '../sdk/resolve-method';
import type { SyntaxNode } from '../tree-sitter/loader';
import { tIncludeValues, tLiteral, type TValue } from '../tree-sitter/values';

type SdkMethod = Extract<TValue, { kind: 'sdk' }>;

/**
 * The official gem (`klaviyo-api-sdk`): `KlaviyoAPI::Profiles.get_profiles(opts)` (the ready-made
 * wrappers `KlaviyoAPI.configure` defines), `KlaviyoAPI::ProfilesApi.new.get_profiles`, clients kept
 * in locals, instance variables, attr_readers and memoizing methods, `public_send(:get_lists)`,
 * and method references (`KlaviyoAPI::Lists.method(:get_lists)`), which count where taken.
 */
export const rbSdkCall: RbDetector = {
  id: 'rb-sdk-call',
  languages: ['ruby'],
  title: 'klaviyo-api-sdk gem method calls and references',
  docs: 'ruby-sdk',
  visit(node, ctx) {
    const parts = callParts(node);
    if (!parts || !parts.receiver) return undefined;
    if (parts.name === 'method' && parts.args.length === 1) {
      const name = tLiteral(ctx.ev.eval(parts.args[0]));
      const recv = ctx.ev.eval(parts.receiver);
      if (name === null || recv.kind !== 'sdk' || recv.legacy || (recv.what !== 'group' && recv.what !== 'client')) return undefined;
      return report(node, parts.args[0], { kind: 'sdk', what: 'method', name, group: recv.group, keyEnv: recv.keyEnv }, ctx, false);
    }
    const m = ctx.ev.callee(node);
    if (m.kind !== 'sdk' || m.what !== 'method' || m.legacy || !m.name) return undefined;
    const nameNode = SEND.has(parts.name) ? parts.args[0] : parts.nameNode;
    return report(node, nameNode, m, ctx, true);
  },
};

function setIncludes(arg: SyntaxNode, ctx: RbContext): string[] {
  if (arg.type !== 'identifier') return [];
  const set = scopeMutations(enclosingScope(arg), arg.text).headers.get('include');
  return set ? tIncludeValues(ctx.ev.eval(set)) : [];
}

function report(node: SyntaxNode, nameNode: SyntaxNode, m: SdkMethod, ctx: RbContext, called: boolean): RawCall[] | undefined {
  const args = called ? withHash(evalArgs(ctx.ev, node)) : [];
  // `opts` is the last argument in every generated method; `include:` is one of its keys,
  // written in the hash or set afterwards (`opts[:include] = ['lists']`).
  const include = args.flatMap((a) => (a.kind === 'obj' ? tIncludeValues(ctx.ev.member(a, 'include')) : []));
  if (called) include.push(...argNodes(node).flatMap((a) => setIncludes(a, ctx)));
  const r = resolveSdkMethod({
    name: m.name!,
    revision: ctx.sdkRevision,
    include,
    literalArgs: args.map((a) => tLiteral(a)),
    keyEnv: m.keyEnv,
    spell: (id) => id,
  });
  if (!r) return undefined;
  const { matchedName: _matched, ...rest } = r;
  return [{ ...rest, detector: rbSdkCall.id, range: spanOf(node), nameRange: spanOf(nameNode) }];
}
