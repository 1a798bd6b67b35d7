// The pre-filled Create Private API Key link. Klaviyo's help centre ("How to create a private
// API key") documents `https://www.klaviyo.com/create-private-api-key?scopes=<comma-separated>`,
// which opens the page with those scopes selected; its example for Full access to campaigns is
// `campaigns:read,campaigns:write`. The page offers No / Read / Full per resource and Full is
// read plus write, so Full is written as both scopes (as in the documented example) and Read as
// `X:read` alone. A key's scopes cannot be edited after creation: every fix ends at this link.

import { catalog } from './catalog';
import { isKnownScope, toUiChecklist } from './scopes';

export const CREATE_KEY_PAGE = 'https://www.klaviyo.com/create-private-api-key';

export interface CreateKeyLink {
  url: string;
  /** The scopes the link selects, in the order the link lists them. */
  scopes: string[];
  /** Scopes of `scopes` that only beta operations need: named separately, since the page may not offer them. */
  betaOnly: string[];
}

let betaOnlyCache: ReadonlySet<string> | null = null;

/** Scopes that some beta operation needs and no stable operation does. */
export function betaOnlyScopes(): ReadonlySet<string> {
  if (!betaOnlyCache) {
    const stable = new Set(catalog.operations.filter((o) => !o.beta).flatMap((o) => o.scopes));
    betaOnlyCache = new Set(catalog.operations.filter((o) => o.beta).flatMap((o) => o.scopes).filter((s) => !stable.has(s)));
  }
  return betaOnlyCache;
}

/** The link that opens Klaviyo's Create Private API Key page with exactly the access `required` needs. */
export function createKeyLink(required: readonly string[]): CreateKeyLink {
  // Some resources have one level only (`data-privacy:write`, `accounts:read`): never name a scope Klaviyo lacks.
  const scopes = toUiChecklist(required).flatMap((i) => {
    const read = `${i.prefix}:read`;
    if (i.access === 'Read') return [read];
    return isKnownScope(read) ? [read, `${i.prefix}:write`] : [`${i.prefix}:write`];
  });
  const beta = betaOnlyScopes();
  // Scope names are [a-z-]+:(read|write); only the separators need to stay readable.
  const url = scopes.length ? `${CREATE_KEY_PAGE}?scopes=${scopes.map(encodeURIComponent).join(',').replace(/%3A/g, ':')}` : CREATE_KEY_PAGE;
  return { url, scopes, betaOnly: scopes.filter((s) => beta.has(s)) };
}

/** `Create key "name" in Klaviyo with these 3 scopes`: the one title every surface uses. */
export function createKeyTitle(key: string, link: CreateKeyLink): string {
  return `Create key "${key}" in Klaviyo with ${link.scopes.length === 1 ? 'this scope' : `these ${link.scopes.length} scopes`}`;
}
