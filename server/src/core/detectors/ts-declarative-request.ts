import ts from 'typescript';
import { resolveRequest, type UrlPart } from '../requests';
import { propertyName } from '../ts/evaluator';
import { includeValues } from '../ts/http-facts';
import { envOf, literalOf, urlPartsOf, type Value } from '../ts/values';
import { spanOf } from './span';
import type { TsDetector } from './types';

/**
 * Requests a framework sends from a description the project writes: n8n's declarative nodes
 * (`routing: { request: { method: 'POST', url: '=/api/lists/{{ $parameter.listId }}' } }`,
 * the base URL in the node's `requestDefaults`, set in another file) and credential tests
 * (`test = { request: { baseURL, url } }`). Only in files that import `n8n-workflow`.
 */
export const tsDeclarativeRequest: TsDetector = {
  id: 'ts-declarative-request',
  languages: ['typescript', 'javascript'],
  title: 'Declarative request descriptions (n8n nodes)',
  docs: 'declarative-requests',
  kinds: [ts.SyntaxKind.PropertyAssignment],
  visit(node, ctx) {
    if (!ts.isPropertyAssignment(node) || propertyName(node.name) !== 'request' || !ts.isObjectLiteralExpression(node.initializer)) return undefined;
    const holder = node.parent.parent;
    const holderName = (ts.isPropertyAssignment(holder) || ts.isPropertyDeclaration(holder)) && holder.name ? propertyName(holder.name) : null;
    if ((holderName !== 'routing' && holderName !== 'test') || !importsN8n(ctx.sf)) return undefined;
    const desc = ctx.ev.eval(node.initializer);
    const url = expressionUrl(ctx.ev.member(desc, 'url'));
    if (!url) return undefined;
    const base = ctx.ev.member(desc, 'baseURL');
    const method = ctx.ev.member(desc, 'method');
    const headers = ctx.ev.member(desc, 'headers');
    const auth = headers.kind === 'obj' ? ctx.ev.member(headers, 'Authorization') : null;
    const baseParts = literalOf(base) !== null ? urlPartsOf(base) : null;
    const r = resolveRequest({
      method: literalOf(method)?.toUpperCase() ?? 'GET',
      url: baseParts ? [...baseParts, ...url] : url,
      include: includeValues(ctx.ev.member(ctx.ev.member(desc, 'qs'), 'include')),
      beta: false,
      keyEnv: auth ? envOf(auth) : null,
      // `requestDefaults.baseURL` lives in the node's description, elsewhere.
      baseUnseen: !baseParts,
    });
    if (!r) return undefined;
    return [{ ...r, detector: tsDeclarativeRequest.id, range: spanOf(node, ctx.sf), nameRange: spanOf(node.name, ctx.sf) }];
  },
};

function importsN8n(sf: ts.SourceFile): boolean {
  return sf.statements.some((s) => ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier) && s.moduleSpecifier.text === 'n8n-workflow');
}

/** An n8n parameter value: `=` starts an expression whose `{{ … }}` parts are filled at run time. */
function expressionUrl(v: Value): UrlPart[] | null {
  const text = literalOf(v);
  if (text === null) return null;
  if (!text.startsWith('=')) return [text];
  const out: UrlPart[] = [];
  text.slice(1).split(/(\{\{[\s\S]*?\}\})/).forEach((piece, i) => {
    if (i % 2 === 1) out.push({ hole: true });
    else if (piece) out.push(piece);
  });
  return out;
}
