import ts from 'typescript';
import { legacySdkReplacement } from '../legacy';
import { spanOf } from './span';
import type { TsDetector } from './types';

/** Retired npm SDKs for the v1/v2 API (`klaviyo-sdk`, `node-klaviyo`, `klaviyo-node`): `client.public.track(...)`. */
export const tsLegacySdk: TsDetector = {
  id: 'ts-legacy-sdk',
  languages: ['typescript', 'javascript'],
  title: 'Retired Klaviyo npm SDKs',
  docs: 'legacy',
  kinds: [ts.SyntaxKind.CallExpression],
  visit(node, ctx) {
    if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return undefined;
    const name = node.expression.name.text;
    const { known, replacement } = legacySdkReplacement(name);
    if (!known) return undefined;
    const recv = ctx.ev.eval(node.expression.expression);
    if (recv.kind !== 'sdk' || recv.sdk === 'klaviyo-api') return undefined;
    return [{
      detector: tsLegacySdk.id, range: spanOf(node, ctx.sf), nameRange: spanOf(node.expression.name, ctx.sf),
      kind: 'legacy', operation: null, method: null, path: null, scopes: [], includeScopes: [], includes: [],
      confidence: 'certain', candidates: [], keyEnv: null, alias: null, replacement, beta: false,
      note: `${name} belongs to the retired ${recv.sdk} package (Klaviyo's v1/v2 API)` + (replacement ? `; use ${replacement} instead.` : '.'),
    }];
  },
};
