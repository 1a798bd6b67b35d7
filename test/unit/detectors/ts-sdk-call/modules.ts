// Instances crossing modules (ESM and CommonJS exports, re-exports), factories, typed parameters.
import type { Case } from '../harness';
import { IMPORT, S } from './shared';

export const MODULES: Case[] = [
  {
    name: 'exported const used from another file',
    files: {
      'src/klaviyo.ts': `${IMPORT}
export const profilesApi = new ProfilesApi(${S});`,
      'src/users.ts': `import { profilesApi } from './klaviyo';
export const load = () => profilesApi.getProfiles();`,
    },
    expect: [{ operation: 'get_profiles', keyEnv: 'KLAVIYO_KEY', file: 'src/users.ts', range: 'profilesApi.getProfiles()', at: '2:27' }],
  },
  {
    name: 'export default instance',
    files: {
      'src/klaviyo.ts': `import { ApiKeySession, ListsApi } from 'klaviyo-api';
export default new ListsApi(${S});`,
      'src/users.ts': `import lists from './klaviyo';
lists.getLists();`,
    },
    expect: [{ operation: 'get_lists', file: 'src/users.ts', range: 'lists.getLists()', at: '2:1' }],
  },
  {
    name: 'export { x as y }',
    files: {
      'src/klaviyo.ts': `${IMPORT}
const api = new ProfilesApi(${S});
export { api as klaviyoProfiles };`,
      'src/users.ts': `import { klaviyoProfiles } from './klaviyo';
klaviyoProfiles.getProfile('x');`,
    },
    expect: [{ operation: 'get_profile', file: 'src/users.ts', range: "klaviyoProfiles.getProfile('x')", at: '2:1' }],
  },
  {
    name: 're-export: export * from ./client',
    files: {
      'src/lib/client.ts': `${IMPORT}
export const api = new ProfilesApi(${S});`,
      'src/lib/index.ts': `export * from './client';`,
      'src/users.ts': `import { api } from './lib';
api.getProfiles();`,
    },
    expect: [{ operation: 'get_profiles', file: 'src/users.ts', range: 'api.getProfiles()', at: '2:1' }],
  },
  {
    name: 'named re-export: export { api } from ./client',
    files: {
      'src/client.ts': `${IMPORT}
export const api = new ProfilesApi(${S});`,
      'src/index.ts': `export { api as profiles } from './client';`,
      'src/users.ts': `import { profiles } from './index';
profiles.getProfiles();`,
    },
    expect: [{ operation: 'get_profiles', file: 'src/users.ts', range: 'profiles.getProfiles()', at: '2:1' }],
  },
  {
    name: 'import * as ns from a local module',
    files: {
      'src/client.ts': `${IMPORT}
export const api = new ProfilesApi(${S});`,
      'src/users.ts': `import * as clients from './client';
clients.api.getProfiles();`,
    },
    expect: [{ operation: 'get_profiles', file: 'src/users.ts', range: 'clients.api.getProfiles()', at: '2:1' }],
  },
  {
    name: 'CommonJS module.exports = { api } and destructured require',
    files: {
      'src/client.js': `const { ApiKeySession, ProfilesApi } = require('klaviyo-api');
const api = new ProfilesApi(new ApiKeySession(process.env.KLAVIYO_KEY));
module.exports = { api };`,
      'src/users.js': `const { api } = require('./client');
api.getProfiles();`,
    },
    expect: [{ operation: 'get_profiles', keyEnv: 'KLAVIYO_KEY', file: 'src/users.js', range: 'api.getProfiles()', at: '2:1' }],
  },
  {
    name: 'CommonJS exports.x = … and whole-module require',
    files: {
      'src/client.js': `const klaviyo = require('klaviyo-api');
exports.lists = new klaviyo.ListsApi(new klaviyo.ApiKeySession(process.env.KLAVIYO_KEY));`,
      'src/users.js': `const client = require('./client');
client.lists.getLists();`,
    },
    expect: [{ operation: 'get_lists', file: 'src/users.js', range: 'client.lists.getLists()', at: '2:1' }],
  },
  {
    name: 'factory function declaration',
    files: `${IMPORT}
function makeApi() {
  return new ProfilesApi(${S});
}
makeApi().getProfiles();
const api = makeApi();
api.getProfile('1');`,
    expect: [
      { operation: 'get_profiles', keyEnv: 'KLAVIYO_KEY', range: 'makeApi().getProfiles()', at: '5:1' },
      { operation: 'get_profile', range: "api.getProfile('1')", at: '7:1' },
    ],
  },
  {
    name: 'arrow factory taking the key: keyEnv comes from the call site',
    files: `${IMPORT}
const makeApi = (key: string) => new ProfilesApi(new ApiKeySession(key));
makeApi(process.env.KLAVIYO_KEY!).getProfiles();`,
    expect: [{ operation: 'get_profiles', keyEnv: 'KLAVIYO_KEY', range: 'makeApi(process.env.KLAVIYO_KEY!).getProfiles()', at: '3:1' }],
  },
  {
    name: 'async factory awaited',
    files: `${IMPORT}
async function client() {
  return new ProfilesApi(${S});
}
export async function run() {
  const api = await client();
  return api.getProfiles();
}`,
    expect: [{ operation: 'get_profiles', range: 'api.getProfiles()', at: '7:10' }],
  },
  {
    name: 'factory returning an object of clients',
    files: `${IMPORT}
function clients() {
  return { profiles: new ProfilesApi(${S}) };
}
clients().profiles.getProfiles();`,
    expect: [{ operation: 'get_profiles', range: 'clients().profiles.getProfiles()', at: '5:1' }],
  },
  {
    name: 'same client class on both branches of a conditional',
    files: `${IMPORT}
declare const sandbox: boolean;
const api = sandbox ? new ProfilesApi(new ApiKeySession(process.env.SANDBOX_KEY!)) : new ProfilesApi(${S});
api.getProfiles();`,
    expect: [{ operation: 'get_profiles', keyEnv: null, range: 'api.getProfiles()', at: '4:1' }],
  },
  {
    name: 'injected client with a fallback: injected ?? new ProfilesApi(s)',
    files: `${IMPORT}
export function make(injected?: unknown) {
  const api = (injected as undefined) ?? new ProfilesApi(${S});
  return api.getProfiles();
}`,
    expect: [{ operation: 'get_profiles', range: 'api.getProfiles()', at: '4:10' }],
  },
  {
    name: 'factory in another module',
    files: {
      'src/factory.ts': `import { ApiKeySession, ListsApi } from 'klaviyo-api';
export function listsClient(key = process.env.KLAVIYO_KEY!) {
  return new ListsApi(new ApiKeySession(key));
}`,
      'src/use.ts': `import { listsClient } from './factory';
const lists = listsClient();
lists.getLists();`,
    },
    expect: [{ operation: 'get_lists', file: 'src/use.ts', range: 'lists.getLists()', at: '3:1' }],
  },
  {
    name: 'typed parameter (api: ProfilesApi)',
    files: `import type { ProfilesApi } from 'klaviyo-api';
export function loadAll(api: ProfilesApi) {
  return api.getProfiles();
}`,
    expect: [{ operation: 'get_profiles', keyEnv: null, range: 'api.getProfiles()', at: '3:10' }],
  },
  {
    name: 'typed parameter with the namespace type (api: Klaviyo.ListsApi)',
    files: `import * as Klaviyo from 'klaviyo-api';
export const all = async (api: Klaviyo.ListsApi) => api.getLists();`,
    expect: [{ operation: 'get_lists', range: 'api.getLists()', at: '2:53' }],
  },
  {
    name: 'typed destructured-parameter object is not needed: typed method parameter',
    files: `import { TemplatesApi } from 'klaviyo-api';
class Mailer {
  render(templates: TemplatesApi) {
    return templates.getTemplates();
  }
}`,
    expect: [{ operation: 'get_templates', scopes: ['templates:read'], range: 'templates.getTemplates()', at: '4:12' }],
  },
  {
    name: 'parameter with a default client',
    files: `${IMPORT}
export function load(api = new ProfilesApi(${S})) {
  return api.getProfiles();
}`,
    expect: [{ operation: 'get_profiles', keyEnv: 'KLAVIYO_KEY', range: 'api.getProfiles()', at: '3:10' }],
  },
  {
    name: 'typed const whose initializer cannot be followed (DI container)',
    files: `${IMPORT}
declare const container: { resolve(name: string): unknown };
const api: ProfilesApi = container.resolve('profiles') as never;
api.getProfiles();`,
    expect: [{ operation: 'get_profiles', range: 'api.getProfiles()', at: '4:1' }],
  },
  {
    name: 'parameter typed with an object type literal, plain and destructured',
    files: `import type { ListsApi } from 'klaviyo-api';
export function a(deps: { lists: ListsApi; name: string }) {
  return deps.lists.getLists();
}
export const b = ({ lists }: { lists: ListsApi }) => lists.getList('L1');`,
    expect: [
      { operation: 'get_lists', range: 'deps.lists.getLists()', at: '3:10' },
      { operation: 'get_list', range: "lists.getList('L1')", at: '5:54' },
    ],
  },
  {
    name: 'typed variable without initializer (declare const)',
    files: `import { MetricsApi } from 'klaviyo-api';
declare const metrics: MetricsApi;
metrics.getMetric('m1');`,
    expect: [{ operation: 'get_metric', range: "metrics.getMetric('m1')", at: '3:1' }],
  },
  {
    name: 'wrapper method named like the SDK one: only the inner SDK call is reported',
    files: `${IMPORT}
class Repo {
  private api = new ProfilesApi(${S});
  getProfiles() {
    return this.api.getProfiles();
  }
}
new Repo().getProfiles();`,
    expect: [{ operation: 'get_profiles', range: 'this.api.getProfiles()', at: '5:12' }],
  },
  {
    name: 'client created inside a function from an imported session',
    files: {
      'src/session.ts': `import { ApiKeySession } from 'klaviyo-api';
export const session = new ApiKeySession(process.env.KLAVIYO_KEY!);`,
      'src/use.ts': `import { CatalogsApi } from 'klaviyo-api';
import { session } from './session';
export function categories() {
  return new CatalogsApi(session).getCatalogCategories();
}`,
    },
    expect: [{ operation: 'get_catalog_categories', keyEnv: 'KLAVIYO_KEY', file: 'src/use.ts', range: 'new CatalogsApi(session).getCatalogCategories()', at: '4:10' }],
  },
];
