import { legacySdkReplacement } from '../legacy';
import { spanOfNode, type PhpDetector } from '../php/context';
import { callTarget } from '../php/eval-calls';
import { field } from '../php/syntax';

/**
 * klaviyo/php-sdk methods the shared table (legacy.ts) does not name, with today's replacement.
 * Kept here until that table learns them.
 */
const PHP_SDK_EXTRA: Readonly<Record<string, string | null>> = {
  subscribememberstolist: 'bulk_subscribe_profiles',
  unsubscribemembersfromlist: 'bulk_unsubscribe_profiles',
  exportmetricdata: 'query_metric_aggregates',
  getallprofilemetricstimeline: 'get_events',
  getprofilemetrictimeline: 'get_events',
  checklistsubscriptions: 'get_profiles_for_list',
  checklistmembership: 'get_profiles_for_list',
  getgroupmemberidentifiers: 'get_profiles_for_list',
  getallexclusionsonlist: 'get_profiles',
};

/**
 * Retired PHP SDKs for the v1/v2 API: klaviyo/php-sdk (`new Klaviyo\Klaviyo($private, $public)`,
 * `$client->publicAPI->track(…)`, `$client->lists->addMembersToList(…)`), klaviyo/sdk
 * (`new Klaviyo\Client(…)`, `$client->Profiles->getProfile(…)`) and the original global
 * `Klaviyo` class (`$tracker->track(…)`). Every method of one of their API groups is a v1/v2
 * call; on the client itself only the names the shared table knows are.
 */
export const phpLegacySdk: PhpDetector = {
  id: 'php-legacy-sdk',
  languages: ['php'],
  title: 'Retired Klaviyo PHP SDKs',
  docs: 'php-legacy',
  visit(node, ctx) {
    if (node.type !== 'member_call_expression' && node.type !== 'nullsafe_member_call_expression') return undefined;
    const nameNode = field(node, 'name');
    if (!nameNode || nameNode.type !== 'name') return undefined;
    const target = callTarget(ctx.ev, node);
    if (target.kind !== 'sdk' || target.what !== 'method' || !target.legacy) return undefined;
    const name = nameNode.text;
    const shared = legacySdkReplacement(name);
    const key = name.replace(/_/g, '').toLowerCase();
    const known = shared.known || key in PHP_SDK_EXTRA;
    if (!known && !target.group) return undefined;
    const replacement = shared.known ? shared.replacement : (PHP_SDK_EXTRA[key] ?? null);
    return [{
      detector: phpLegacySdk.id, range: spanOfNode(node), nameRange: spanOfNode(nameNode),
      kind: 'legacy', operation: null, method: null, path: null, scopes: [], includeScopes: [], includes: [],
      confidence: 'certain', candidates: [], keyEnv: target.keyEnv, alias: null, replacement, beta: false,
      note: `${name} belongs to the retired ${target.legacy} package (Klaviyo's v1/v2 API)` + (replacement ? `; use ${replacement} instead.` : '.'),
    }];
  },
};
