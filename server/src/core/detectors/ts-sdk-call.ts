import ts from 'typescript';
import type { RawCall } from '../model';
import { NODE_SDK_GENERIC_RELATIONSHIPS } from '../sdk/node-sdk-versions';
import { isSdkMethodName, resolveSdkMethod } from '../sdk/resolve-method';
import { bindingsOf } from '../ts/bindings';
import { includeValues } from '../ts/http-facts';
import { literalOf, type Value } from '../ts/values';
import { camelCase, enclosingCall, spanOf } from './span';
import type { TsContext, TsDetector } from './types';

/** `api.getProfiles.bind(api)` is reported once, at `api.getProfiles`. */
const PASS_THROUGH = new Set(['bind', 'call', 'apply']);

type SdkMethod = Extract<Value, { kind: 'sdk'; what: 'method' }>;

/**
 * Official Node SDK (`klaviyo-api`): `api.getProfiles()`, `Profiles.getProfiles()`, destructured
 * arrow methods of v1–v5, and method references (`{ create: api.createProfile }`), which count
 * as a call where they are taken.
 */
export const tsSdkCall: TsDetector = {
  id: 'ts-sdk-call',
  languages: ['typescript', 'javascript'],
  title: 'klaviyo-api SDK method calls and references',
  docs: 'node-sdk',
  kinds: [ts.SyntaxKind.PropertyAccessExpression, ts.SyntaxKind.ElementAccessExpression, ts.SyntaxKind.Identifier],
  visit(node, ctx) {
    if (ts.isPropertyAccessExpression(node)) {
      if (PASS_THROUGH.has(node.name.text) || !isSdkMethodName(node.name.text)) return undefined;
      const v = ctx.ev.member(ctx.ev.eval(node.expression), node.name.text);
      return isSdkMethod(v) ? report(node, node.name, v, ctx) : undefined;
    }
    if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression) && isSdkMethodName(node.argumentExpression.text)) {
      const v = ctx.ev.member(ctx.ev.eval(node.expression), node.argumentExpression.text);
      return isSdkMethod(v) ? report(node, node.argumentExpression, v, ctx) : undefined;
    }
    // A method destructured from a ready-made object: `const { getProfile } = Profiles; getProfile(id)`.
    if (ts.isIdentifier(node) && (isSdkMethodName(node.text) || renamedMethods(ctx.sf).has(node.text)) && isReference(node)) {
      const decl = bindingsOf(ctx.sf).resolve(node);
      if (!decl || !ts.isBindingElement(decl)) return undefined;
      const v = ctx.ev.evalIdentifier(node);
      return isSdkMethod(v) ? report(node, node, v, ctx) : undefined;
    }
    return undefined;
  },
};

const renamed = new WeakMap<ts.SourceFile, Set<string>>();

const isIdentChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c > 127;

/**
 * Whether the text may hold a renamed destructuring of an SDK method (`getProfile: fetchProfile`):
 * some `:` preceded by an SDK method name (or by a comment, which is not looked behind: then
 * yes). No means no walk is needed.
 */
function mayRenameMethods(text: string): boolean {
  for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) {
    let j = i - 1;
    while (j >= 0 && /\s/.test(text[j])) j--;
    if (text[j] === '/') return true;
    const end = j + 1;
    while (j >= 0 && isIdentChar(text.charCodeAt(j))) j--;
    if (end > j + 1 && isSdkMethodName(text.slice(j + 1, end))) return true;
  }
  return false;
}

/** Local names of SDK methods destructured under another name (`const { getProfile: fetchProfile } = Profiles`). */
function renamedMethods(sf: ts.SourceFile): Set<string> {
  let names = renamed.get(sf);
  if (!names) {
    const found = new Set<string>();
    // The walk visits every node; the language server re-runs it on every edit of a big file.
    if (!mayRenameMethods(sf.text)) {
      renamed.set(sf, found);
      return found;
    }
    const visit = (n: ts.Node): void => {
      if (ts.isBindingElement(n) && n.propertyName && ts.isIdentifier(n.propertyName) && ts.isIdentifier(n.name) && isSdkMethodName(n.propertyName.text)) {
        found.add(n.name.text);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
    renamed.set(sf, (names = found));
  }
  return names;
}

function isSdkMethod(v: Value): v is SdkMethod {
  return v.kind === 'sdk' && v.what === 'method' && v.sdk === 'klaviyo-api';
}

function isReference(id: ts.Identifier): boolean {
  const p = id.parent;
  if (ts.isPropertyAccessExpression(p) && p.name === id) return false;
  if (ts.isBindingElement(p) || ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isPropertyAssignment(p) && p.name === id) return false;
  if (ts.isImportSpecifier(p) || ts.isExportSpecifier(p) || ts.isFunctionDeclaration(p) || ts.isClassDeclaration(p)) return false;
  return true;
}

function report(node: ts.Expression, nameNode: ts.Node, m: SdkMethod, ctx: TsContext): RawCall[] | undefined {
  const call = enclosingCall(node);
  const args = call ? call.arguments.map((a) => ctx.ev.eval(a)) : [];
  const include = args.flatMap((a) => (a.kind === 'obj' ? includeValues(ctx.ev.member(a, 'include')) : []));
  const r = resolveSdkMethod({
    name: m.name,
    revision: ctx.sdkRevision,
    include,
    literalArgs: args.map((a) => literalOf(a)),
    // v1–v2 generic relationship methods: the related resource is one argument (body-first writes: index 2).
    generic: Object.prototype.hasOwnProperty.call(NODE_SDK_GENERIC_RELATIONSHIPS, m.name) ? NODE_SDK_GENERIC_RELATIONSHIPS[m.name] : undefined,
    keyEnv: m.keyEnv,
    spell: camelCase,
  });
  if (!r) return undefined;
  const { matchedName: _matched, ...rest } = r;
  return [{ ...rest, detector: tsSdkCall.id, range: spanOf(call ?? node, ctx.sf), nameRange: spanOf(nameNode, ctx.sf) }];
}
