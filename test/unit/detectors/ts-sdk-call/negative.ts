// Look-alikes and shapes that are not official SDK calls.
import type { Case } from '../harness';
import { API, IMPORT, S } from './shared';

// ---- negatives ----------------------------------------------------------------------------
export const NEGATIVE: Case[] = [
  {
    name: "user's own ProfilesApi class (not from klaviyo-api)",
    files: `// our own klaviyo wrapper
class ProfilesApi {
  getProfiles() {
    return [];
  }
}
new ProfilesApi().getProfiles();`,
    expect: [],
  },
  {
    name: 'ProfilesApi imported from a local module that defines its own class',
    files: {
      'src/klaviyo-api.ts': `export class ProfilesApi { getProfiles() { return []; } }`,
      'src/index.ts': `import { ProfilesApi } from './klaviyo-api';
new ProfilesApi().getProfiles();`,
    },
    expect: [],
  },
  {
    name: 'receiver typed any',
    files: `// klaviyo
export function load(api: any) {
  return api.getProfiles();
}`,
    expect: [],
  },
  {
    name: 'look-alike package klaviyo-api-mock',
    files: `import { ApiKeySession, ProfilesApi } from 'klaviyo-api-mock';
new ProfilesApi(new ApiKeySession('k')).getProfiles();`,
    expect: [],
  },
  {
    name: 'scoped look-alike package @acme/klaviyo-api',
    files: `import { Profiles } from '@acme/klaviyo-api';
Profiles.getProfiles();`,
    expect: [],
  },
  {
    name: 'names in comments and strings',
    files: `import { ApiKeySession, ProfilesApi } from 'klaviyo-api';
// api.getProfiles() is what we call below? no
/* Profiles.getProfiles() */
const doc = 'call api.getProfiles() to list them';
const tpl = \`Profiles.getProfiles(\${doc})\`;
export { ApiKeySession, ProfilesApi, tpl };`,
    expect: [],
  },
  {
    name: 'api.session and api.constructor are not API methods',
    files: `${API}
const s = api.session;
const C = api.constructor;
export { s, C };`,
    expect: [],
  },
  {
    name: 'non-API members of an SDK client (setDefaultAuthentication-like, basePath)',
    files: `${API}
(api as any).basePath;
(api as any).setApiKey('x');
(api as any).defaultHeaders;`,
    expect: [],
  },
  {
    name: 'an unknown method name on an SDK client',
    files: `${API}
(api as any).getProfilesFast();`,
    expect: [],
  },
  {
    name: 'a property named like a method, never on an SDK value',
    files: `// klaviyo cache
const cache = { getProfiles: () => [], getLists() { return []; } };
cache.getProfiles();
cache.getLists();`,
    expect: [],
  },
  {
    name: 'browser snippet: klaviyo.push, _learnq.push, window.klaviyo.track',
    files: {
      'src/browser.js': `window.klaviyo = window.klaviyo || [];
klaviyo.push(['identify', { email: 'a@b.co' }]);
var _learnq = _learnq || [];
_learnq.push(['track', 'Viewed Product', {}]);
window.klaviyo.track('Added to Cart', {});
klaviyo.identify({ email: 'a@b.co' });`,
    },
    expect: [],
  },
  {
    name: 'shadowed variable: untyped parameter with the same name',
    files: `${API}
export function f(api) {
  return api.getProfiles();
}`,
    expect: [],
  },
  {
    name: 'shadowed import: block-scoped const with the same name',
    files: `import { Profiles } from 'klaviyo-api';
export function g() {
  const Profiles = { getProfiles: () => [] };
  return Profiles.getProfiles();
}`,
    expect: [],
  },
  {
    name: 'destructuring from an unrelated object',
    files: `// klaviyo helpers
import * as helpers from './helpers';
const { getProfiles } = helpers as any;
getProfiles();`,
    expect: [],
  },
  {
    name: 'destructuring a method from an unrelated local object',
    files: `// klaviyo
const repo = { getLists() { return []; } };
const { getLists } = repo;
getLists();`,
    expect: [],
  },
  {
    name: 'calling a method on the class instead of an instance',
    files: `import { ProfilesApi } from 'klaviyo-api';
(ProfilesApi as any).getProfiles();
(ProfilesApi as any).prototype.getProfiles;`,
    expect: [],
  },
  {
    name: 'type positions: typeof api.getProfiles and ProfilesApi["getProfiles"]',
    files: `${API}
type Fn = typeof api.getProfiles;
type Ret = ReturnType<ProfilesApi['getProfiles']>;
export type { Fn, Ret };`,
    expect: [],
  },
  {
    name: "'getProfiles' in api: a string operand, not a member access",
    files: `${API}
export const has = 'getProfiles' in api;`,
    expect: [],
  },
  {
    name: 'session object methods are not API calls',
    files: `import { ApiKeySession } from 'klaviyo-api';
const s = new ApiKeySession(process.env.KLAVIYO_KEY!);
s.applyToRequest({});
(s as any).getProfiles();`,
    expect: [],
  },
  {
    name: 'non-group exports of klaviyo-api (models, enums, helpers)',
    files: `import klaviyo, { ProfileEnum, RetryWithExponentialBackoff } from 'klaviyo-api';
(ProfileEnum as any).getProfiles();
new RetryWithExponentialBackoff().getProfiles?.();
(klaviyo as any).track('x');`,
    expect: [],
  },
  {
    name: 'legacy npm SDK methods are not the official SDK',
    files: `import { Klaviyo } from 'node-klaviyo';
const k = new (Klaviyo as any)({ privateToken: 'x' });
k.getProfiles();`,
    expect: [],
  },
  {
    name: 'interface and abstract method declarations named like SDK methods',
    files: `// klaviyo port
interface ProfilesPort { getProfiles(): Promise<unknown>; }
abstract class Port implements ProfilesPort { abstract getProfiles(): Promise<unknown>; }
export type { Port };`,
    expect: [],
  },
  {
    name: 'typed with a user class of the same name as an SDK class',
    files: `// klaviyo
class ListsApi { getLists() { return []; } }
export function h(lists: ListsApi) {
  return lists.getLists();
}`,
    expect: [],
  },
  {
    name: 'conditional between an SDK client and something else is not a client',
    files: `${IMPORT}
declare const test: boolean;
const api = test ? { getProfiles: () => [] } : new ProfilesApi(${S});
api.getProfiles();`,
    expect: [],
  },
  {
    name: 'parameter whose default is not an SDK value',
    files: `// klaviyo
export function load(api = { getProfiles: () => [] }) {
  return api.getProfiles();
}`,
    expect: [],
  },
  {
    name: 'this inside a method of an unrelated object literal',
    files: `// klaviyo
export const repo = {
  items: [] as string[],
  getProfiles() { return this.items; },
  load() { return this.getProfiles(); },
};`,
    expect: [],
  },
  {
    name: 'object type literal naming only plain types',
    files: `// klaviyo
export function f(deps: { api: { getProfiles(): string[] } }) {
  return deps.api.getProfiles();
}`,
    expect: [],
  },
  {
    name: 'class extending a user class, not the SDK',
    files: `// klaviyo
class Base { getLists() { return []; } }
class Child extends Base {}
new Child().getLists();`,
    expect: [],
  },
  {
    name: 'dynamic method name is not guessed',
    files: `${API}
export const call = (name: string) => (api as any)[name]();`,
    expect: [],
  },
];
