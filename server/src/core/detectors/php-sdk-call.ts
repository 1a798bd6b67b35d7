import { catalog } from '../catalog';
import type { RawCall } from '../model';
import { spanOfNode, type PhpContext, type PhpDetector } from '../php/context';
import { callTarget } from '../php/eval-calls';
import { PHP_SDK_GROUPS } from '../php/libraries';
import { argsOf, field, named } from '../php/syntax';
import { resolveSdkMethod } from '../sdk/resolve-method';
import type { SyntaxNode } from '../tree-sitter/loader';
import { tIncludeValues, tLiteral, type TValue } from '../tree-sitter/values';
import { camelCase } from './span';

type SdkMethod = Extract<TValue, { kind: 'sdk' }>;

/**
 * Klaviyo's official PHP SDK (Packagist klaviyo/api, v1–v19): `$klaviyo->Profiles->getProfiles()`
 * wherever the client lives (variables, `$this->klaviyo`, promoted and typed properties,
 * factories, `app(KlaviyoAPI::class)`), groups held in variables, and method references as
 * callables (`[$klaviyo->Lists, 'getLists']`), which count as a call where they are written.
 */
export const phpSdkCall: PhpDetector = {
  id: 'php-sdk-call',
  languages: ['php'],
  title: 'klaviyo/api SDK method calls and references',
  docs: 'php-sdk',
  visit(node, ctx) {
    if (node.type === 'member_call_expression' || node.type === 'nullsafe_member_call_expression') {
      const nameNode = field(node, 'name');
      if (!nameNode || nameNode.type !== 'name') return undefined;
      const target = callTarget(ctx.ev, node);
      if (target.kind === 'sdk' && target.what === 'method' && !target.legacy) return report(node, nameNode, target, ctx, node, 'certain');
      const guess = assumedGroup(node, ctx);
      return guess ? report(node, nameNode, guess, ctx, node, 'likely') : undefined;
    }
    if (node.type === 'array_creation_expression') {
      // `[$klaviyo->Lists, 'getLists']`: a callable PHP invokes later; counted where it is written.
      const els = named(node).filter((c) => c.type === 'array_element_initializer');
      const [recv, method] = els.map((e) => named(e));
      if (els.length !== 2 || recv?.length !== 1 || method?.length !== 1 || method[0].type !== 'string') return undefined;
      const group = ctx.ev.eval(recv[0]);
      const name = tLiteral(ctx.ev.eval(method[0]));
      if (group.kind !== 'sdk' || group.what !== 'group' || group.legacy || !name) return undefined;
      return report(node, method[0], { ...group, what: 'method', name }, ctx, null, 'certain');
    }
    return undefined;
  },
};

/**
 * `$x->Profiles->getProfiles()` where `$x` comes from somewhere we cannot follow (an untyped
 * parameter, a global), in a file that imports the SDK: the SDK call it reads as.
 */
function assumedGroup(node: SyntaxNode, ctx: PhpContext): SdkMethod | null {
  const obj = field(node, 'object');
  if (!obj || (obj.type !== 'member_access_expression' && obj.type !== 'nullsafe_member_access_expression')) return null;
  const group = field(obj, 'name')?.text;
  if (!group || !PHP_SDK_GROUPS.has(group) || !ctx.file.imports('KlaviyoAPI\\KlaviyoAPI')) return null;
  const recv = ctx.ev.eval(field(obj, 'object')!);
  if (recv.kind !== 'unknown') return null;
  return { kind: 'sdk', what: 'method', group, name: field(node, 'name')!.text, keyEnv: null };
}

function report(node: SyntaxNode, nameNode: SyntaxNode, m: SdkMethod, ctx: PhpContext, call: SyntaxNode | null, confidence: 'certain' | 'likely'): RawCall[] | undefined {
  const args = call ? argsOf(call) : { positional: [], named: new Map<string, SyntaxNode>() };
  const positional = args.positional.map((a) => ctx.ev.eval(a));
  const named = args.named.get('include');
  const resolve = (include: string[]) => resolveSdkMethod({
    name: m.name ?? '', revision: ctx.sdkRevision, include, literalArgs: positional.map((a) => tLiteral(a)), keyEnv: m.keyEnv, spell: camelCase,
  });
  let r = resolve(named ? tIncludeValues(ctx.ev.eval(named)) : []);
  if (!r) return undefined;
  // Positional include: an array argument whose literal strings are all include values of the operation.
  const op = r.operation ? catalog.byId(r.operation) : undefined;
  if (!named && op && Object.keys(op.include).length) {
    const include = positional.flatMap((a) => {
      const values = a.kind === 'arr' ? a.items.map((i) => tLiteral(i)) : [];
      return values.length && values.every((v) => v !== null && v in op.include) ? (values as string[]) : [];
    });
    if (include.length) r = resolve(include) ?? r;
  }
  const { matchedName: _matched, ...rest } = r;
  const conf = rest.confidence === 'certain' ? confidence : rest.confidence;
  return [{ ...rest, confidence: conf, detector: phpSdkCall.id, range: spanOfNode(node), nameRange: spanOfNode(nameNode) }];
}
