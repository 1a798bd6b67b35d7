import type { PyDetector } from '../python/context';
import { isKnownLegacyPyMethod, legacyPyReplacement } from '../python/legacy-sdks';
import { enclosingCall, spanOf } from '../python/syntax';

/**
 * Retired Python SDKs for the v1/v2 API: PyPI `klaviyo` (`klaviyo.Klaviyo(...)`,
 * `client.Public.track(...)`) and `klaviyo-sdk` (`from klaviyo_sdk import Client`). Only values
 * traced to those modules count, so today's `klaviyo = KlaviyoAPI(...)` is never mistaken for them.
 */
export const pyLegacySdk: PyDetector = {
  id: 'py-legacy-sdk',
  languages: ['python'],
  title: 'Retired Klaviyo Python SDKs',
  docs: 'legacy',
  nodeTypes: ['attribute'],
  visit(node, ctx) {
    const attr = node.childForFieldName('attribute');
    if (!attr) return undefined;
    const v = ctx.ev.eval(node);
    if (v.kind !== 'sdk' || v.what !== 'method' || !v.legacy || !v.name) return undefined;
    // 2.x methods on the client itself: only names the retired SDK had.
    if (!v.group && !isKnownLegacyPyMethod(v.name)) return undefined;
    const replacement = legacyPyReplacement(v.name);
    const call = enclosingCall(node);
    return [{
      detector: pyLegacySdk.id, range: spanOf(call ?? node), nameRange: spanOf(attr),
      kind: 'legacy', operation: null, method: null, path: null, scopes: [], includeScopes: [], includes: [],
      confidence: 'certain', candidates: [], keyEnv: v.keyEnv, alias: null, replacement, beta: false,
      note: `${v.name} belongs to the retired ${v.legacy === 'klaviyo_sdk' ? 'klaviyo-sdk' : 'klaviyo'} package (Klaviyo's v1/v2 API)` +
        (replacement ? `; use ${replacement} instead.` : '.'),
    }];
  },
};
