// Maps the spellings Klaviyo has used for scopes over the years to today's `<resource>:<access>`.
// Old specs wrote `List Read`, `Lists Read`, `list:read`, `template:write`, `Catalogs Read`,
// `Data Privacy Write`; today they are `lists:read`, `templates:write`, `data-privacy:write`.
// Pure and dependency-free on purpose: both the catalog generator (which must not depend on the
// catalog it produces) and server/src/core/scopes.ts build on it.

// Today's resource prefixes (stable and beta). Only used to turn a singular into the plural
// Klaviyo uses; an unknown resource is passed through unchanged rather than guessed at.
const KNOWN_RESOURCES: ReadonlySet<string> = new Set([
  'accounts', 'agents', 'applications', 'brands', 'campaigns', 'catalogs', 'conversations',
  'coupon-codes', 'coupons', 'credentials', 'custom-objects', 'data-privacy', 'events', 'flows',
  'forms', 'images', 'lists', 'metrics', 'profiles', 'push-tokens', 'reviews', 'segments',
  'sender-config', 'subscriptions', 'tags', 'templates', 'tracking-settings', 'translations',
  'usage', 'web-feeds', 'webhooks',
]);

// <resource><separator><access>[ access], where the separator is a colon, dot or whitespace.
const SCOPE_SHAPE = /^([a-z][a-z0-9]*(?:[\s_-]+[a-z0-9]+)*)\s*(?:[:.]|\s)\s*(read|write)(?:\s+access)?$/i;

/**
 * Today's spelling of a scope written in any spelling Klaviyo has used, with `changed` telling
 * whether the input differed from it. Null when the input does not have the shape of a scope.
 */
export function normalizeScopeSpelling(raw: string): { scope: string; changed: boolean } | null {
  // No scope is this long; the bound also keeps the regex's work trivially small.
  if (typeof raw !== 'string' || raw.length > 100) return null;
  const m = SCOPE_SHAPE.exec(raw.trim());
  if (!m) return null;
  let resource = m[1].toLowerCase().replace(/[\s_-]+/g, '-');
  if (!KNOWN_RESOURCES.has(resource) && KNOWN_RESOURCES.has(`${resource}s`)) resource = `${resource}s`;
  const scope = `${resource}:${m[2].toLowerCase()}`;
  return { scope, changed: scope !== raw };
}
