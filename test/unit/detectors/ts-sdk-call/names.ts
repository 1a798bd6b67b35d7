// Method references; old names, generic relationship methods and version-dependent endpoints.
import type { Case } from '../harness';
import { API, pkg, S } from './shared';

// ---- method references ---------------------------------------------------------------------
export const REFERENCES: Case[] = [
  {
    name: 'method reference passed to a helper',
    files: `${API}
declare function paginate<T>(fn: (...a: any[]) => Promise<T>): Promise<T[]>;
paginate(api.getProfiles);`,
    expect: [{ operation: 'get_profiles', range: 'api.getProfiles', nameText: 'getProfiles', at: '4:10' }],
  },
  {
    name: 'dispatch table of method references',
    files: `${API}
export const handlers = { create: api.createProfile, update: api.updateProfile };`,
    expect: [
      { operation: 'create_profile', scopes: ['profiles:write'], range: 'api.createProfile', at: '3:35' },
      { operation: 'update_profile', scopes: ['profiles:write'], range: 'api.updateProfile', at: '3:62' },
    ],
  },
  {
    name: '.bind(api) is reported once, at the method',
    files: `${API}
const load = api.getProfiles.bind(api);
load();`,
    expect: [{ operation: 'get_profiles', range: 'api.getProfiles', at: '3:14' }],
  },
  {
    name: '.call(api, …) is reported once',
    files: `${API}
api.getProfile.call(api, '01H');`,
    expect: [{ operation: 'get_profile', range: 'api.getProfile', at: '3:1' }],
  },
  {
    name: 'reference of a ready-made object method',
    files: `import { Profiles } from 'klaviyo-api';
const fns = [Profiles.getProfiles, Profiles.getProfile];`,
    expect: [
      { operation: 'get_profiles', range: 'Profiles.getProfiles', at: '2:14' },
      { operation: 'get_profile', range: 'Profiles.getProfile', at: '2:36' },
    ],
  },
  {
    name: 'reference stored in a variable then called: reported once, at the reference',
    files: `${API}
const fetchAll = api.getProfiles;
fetchAll();`,
    expect: [{ operation: 'get_profiles', range: 'api.getProfiles', at: '3:18' }],
  },
];

// ---- old names, generic relationships, version-dependent endpoints --------------------------
export const NAMES: Case[] = [
  {
    name: 'renamed operation: getListProfiles → get_profiles_for_list with alias',
    files: `import { ApiKeySession, ListsApi } from 'klaviyo-api';
const lists = new ListsApi(${S});
lists.getListProfiles('L1');`,
    expect: [{
      operation: 'get_profiles_for_list', scopes: ['lists:read', 'profiles:read'], confidence: 'certain',
      alias: { used: 'getListProfiles', current: 'getProfilesForList' }, range: "lists.getListProfiles('L1')", at: '3:1',
    }],
  },
  {
    name: 'renamed operation in v5 ready-made object: Profiles.getProfileLists',
    files: {
      'package.json': pkg('^5.1.0'),
      'src/index.ts': `import { Profiles } from 'klaviyo-api';
Profiles.getProfileLists('01H');`,
    },
    expect: [{ operation: 'get_lists_for_profile', alias: { used: 'getProfileLists', current: 'getListsForProfile' }, range: "Profiles.getProfileLists('01H')", at: '2:1' }],
  },
  {
    name: 'historical operationId of an older revision: getCatalogCategoryItems',
    files: {
      'package.json': pkg('^5.1.0'),
      'src/index.ts': `import { Catalogs } from 'klaviyo-api';
Catalogs.getCatalogCategoryItems('c1');`,
    },
    expect: [{ operation: 'get_items_for_catalog_category', scopes: ['catalogs:read'], alias: { used: 'getCatalogCategoryItems', current: 'getItemsForCatalogCategory' }, range: "Catalogs.getCatalogCategoryItems('c1')", at: '2:1' }],
  },
  {
    name: 'former operationId: createCampaignSendJob → send_campaign',
    files: `import { ApiKeySession, CampaignsApi } from 'klaviyo-api';
new CampaignsApi(${S}).createCampaignSendJob({} as any);`,
    expect: [{ operation: 'send_campaign', scopes: ['campaigns:write'], alias: { used: 'createCampaignSendJob', current: 'sendCampaign' }, range: `new CampaignsApi(${S}).createCampaignSendJob({} as any)`, at: '2:1' }],
  },
  {
    name: 'v3 split relationship method: getListRelationshipsProfiles',
    files: {
      'package.json': pkg('^3.0.0'),
      'src/index.ts': `import { Lists } from 'klaviyo-api';
Lists.getListRelationshipsProfiles('L1');`,
    },
    expect: [{ operation: 'get_profile_ids_for_list', scopes: ['lists:read', 'profiles:read'], alias: { used: 'getListRelationshipsProfiles', current: 'getProfileIdsForList' }, range: "Lists.getListRelationshipsProfiles('L1')", at: '2:1' }],
  },
  {
    name: "v1 generic createListRelationships(body, id, 'profiles'): body first, related resource at index 2",
    files: {
      'package.json': pkg('^1.0.2'),
      'src/index.ts': `import { Lists } from 'klaviyo-api';
Lists.createListRelationships({ data: [] }, 'L1', 'profiles');`,
    },
    expect: [{ operation: 'add_profiles_to_list', scopes: ['lists:write', 'profiles:write'], confidence: 'certain', range: "Lists.createListRelationships({ data: [] }, 'L1', 'profiles')", at: '2:1' }],
  },
  {
    name: 'v1 generic createListRelationships with a non-literal resource: the SDK documents only profiles → likely add_profiles_to_list',
    files: {
      'package.json': pkg('^1.0.2'),
      'src/index.ts': `import { Lists } from 'klaviyo-api';
export const link = (kind: string) => Lists.createListRelationships({ data: [] }, 'L1', kind);`,
    },
    expect: [{ operation: 'add_profiles_to_list', confidence: 'likely', scopes: ['lists:write', 'profiles:write'], note: 'only takes one value', range: "Lists.createListRelationships({ data: [] }, 'L1', kind)", at: '2:39' }],
  },
  {
    name: 'v3 createListRelationships(body, id) targets profiles (alias of add_profiles_to_list)',
    files: {
      'package.json': pkg('^3.0.0'),
      'src/index.ts': `import { Lists } from 'klaviyo-api';
Lists.createListRelationships({ data: [] }, 'L1');`,
    },
    expect: [{ operation: 'add_profiles_to_list', confidence: 'certain', alias: { used: 'createListRelationships', current: 'addProfilesToList' }, range: "Lists.createListRelationships({ data: [] }, 'L1')", at: '2:1' }],
  },
  {
    name: 'v14 createListRelationships(id, body) on a ListsApi instance',
    files: {
      'package.json': pkg('^14.0.0'),
      'src/index.ts': `import { ApiKeySession, ListsApi } from 'klaviyo-api';
new ListsApi(${S}).createListRelationships('L1', { data: [] } as any);`,
    },
    expect: [{ operation: 'add_profiles_to_list', alias: { used: 'createListRelationships', current: 'addProfilesToList' }, range: `new ListsApi(${S}).createListRelationships('L1', { data: [] } as any)`, at: '2:1' }],
  },
  {
    name: 'v2 deleteListRelationships (generic in the SDK, revision 2023-02-22) → remove_profiles_from_list',
    files: {
      'package.json': pkg('^2.1.1'),
      'src/index.ts': `import { Lists } from 'klaviyo-api';
Lists.deleteListRelationships({ data: [] }, 'L1', 'profiles');`,
    },
    expect: [{ operation: 'remove_profiles_from_list', scopes: ['lists:write', 'profiles:write'], range: "Lists.deleteListRelationships({ data: [] }, 'L1', 'profiles')", at: '2:1' }],
  },
  {
    name: "v2 generic getListRelationships(id, 'tags')",
    files: {
      'package.json': pkg('^2.1.1'),
      'src/index.ts': `import { Lists } from 'klaviyo-api';
Lists.getListRelationships('L1', 'tags');`,
    },
    expect: [{ operation: 'get_tag_ids_for_list', confidence: 'certain', range: "Lists.getListRelationships('L1', 'tags')", at: '2:1' }],
  },
  {
    name: 'v2 generic getListRelationships with a non-literal resource → unresolved with candidates',
    files: {
      'package.json': pkg('^2.1.1'),
      'src/index.ts': `import { Lists } from 'klaviyo-api';
export function related(id: string, what: string) {
  return Lists.getListRelationships(id, what);
}`,
    },
    expect: [{ operation: null, confidence: 'unresolved', candidates: ['get_profile_ids_for_list', 'get_tag_ids_for_list'], range: 'Lists.getListRelationships(id, what)', at: '3:10' }],
  },
  {
    name: 'the related resource is read at its argIndex only (an id that looks like a resource does not count)',
    files: {
      'package.json': pkg('^2.1.1'),
      'src/index.ts': `import { Profiles } from 'klaviyo-api';
export const rel = (r: string) => Profiles.getProfileRelationships('lists', r);`,
    },
    expect: [{ operation: null, confidence: 'unresolved', candidates: ['get_list_ids_for_profile', 'get_segment_ids_for_profile'], range: "Profiles.getProfileRelationships('lists', r)", at: '2:35' }],
  },
  {
    name: 'v2 generic relationship with the resource in a const',
    files: {
      'package.json': pkg('^2.1.1'),
      'src/index.ts': `import { Profiles } from 'klaviyo-api';
const REL = 'segments';
Profiles.getProfileRelationships('01H', REL);`,
    },
    expect: [{ operation: 'get_segment_ids_for_profile', scopes: ['profiles:read', 'segments:read'], range: "Profiles.getProfileRelationships('01H', REL)", at: '3:1' }],
  },
  {
    name: "v2 createTagRelationships(body, id, 'lists'): body-first write method",
    files: {
      'package.json': pkg('^2.1.1'),
      'src/index.ts': `import { Tags } from 'klaviyo-api';
Tags.createTagRelationships({ data: [{ type: 'list', id: 'L1' }] }, 'tag-1', 'lists');`,
    },
    expect: [{ operation: 'tag_lists', range: "Tags.createTagRelationships({ data: [{ type: 'list', id: 'L1' }] }, 'tag-1', 'lists')", at: '2:1' }],
  },
  {
    name: "v1 createCatalogCategoryRelationships(body, id, 'items')",
    files: {
      'package.json': pkg('^1.0.2'),
      'src/index.ts': `import { Catalogs } from 'klaviyo-api';
Catalogs.createCatalogCategoryRelationships({ data: [] }, 'cat-1', 'items');`,
    },
    expect: [{ operation: 'add_items_to_catalog_category', scopes: ['catalogs:write'], range: "Catalogs.createCatalogCategoryRelationships({ data: [] }, 'cat-1', 'items')", at: '2:1' }],
  },
  {
    name: 'v1 version from package-lock.json (package.json says a range)',
    files: {
      'package.json': pkg('>=1'),
      'package-lock.json': JSON.stringify({ lockfileVersion: 3, packages: { '': {}, 'node_modules/klaviyo-api': { version: '1.0.2' } } }),
      'src/index.ts': `import { Flows } from 'klaviyo-api';
Flows.getFlowRelationships('F1', 'flow-actions');`,
    },
    expect: [{ operation: 'get_action_ids_for_flow', range: "Flows.getFlowRelationships('F1', 'flow-actions')", at: '2:1' }],
  },
  {
    name: 'v1 version from yarn.lock',
    files: {
      'package.json': pkg('*'),
      'yarn.lock': 'klaviyo-api@*:\n  version "1.0.2"\n',
      'src/index.ts': `import { Segments } from 'klaviyo-api';
Segments.getSegmentRelationships('S1', 'profiles');`,
    },
    expect: [{ operation: 'get_profile_ids_for_segment', scopes: ['profiles:read', 'segments:read'], range: "Segments.getSegmentRelationships('S1', 'profiles')", at: '2:1' }],
  },
  {
    name: 'nearest package.json decides: a v1 sub-package next to a v23 root',
    files: {
      'package.json': pkg('^23.0.0'),
      'legacy/package.json': pkg('^1.0.2'),
      'legacy/src/index.ts': `import { Lists } from 'klaviyo-api';
Lists.createListRelationships({ data: [] }, 'L1', kind());
declare function kind(): string;`,
      'src/index.ts': `import { Lists } from 'klaviyo-api';
Lists.createListRelationships('L1', { data: [] } as any);`,
    },
    expect: [
      { operation: 'add_profiles_to_list', confidence: 'likely', alias: null, file: 'legacy/src/index.ts', range: "Lists.createListRelationships({ data: [] }, 'L1', kind())", at: '2:1' },
      { operation: 'add_profiles_to_list', confidence: 'certain', alias: { used: 'createListRelationships', current: 'addProfilesToList' }, file: 'src/index.ts', range: "Lists.createListRelationships('L1', { data: [] } as any)", at: '2:1' },
    ],
  },
  {
    name: 'unsubscribeProfiles on v3 (unsubscription bulk-create job) → bulk_unsubscribe_profiles',
    files: {
      'package.json': pkg('^3.0.0'),
      'src/index.ts': `import { Profiles } from 'klaviyo-api';
Profiles.unsubscribeProfiles({} as any);`,
    },
    expect: [{ operation: 'bulk_unsubscribe_profiles', scopes: ['lists:write', 'profiles:write', 'subscriptions:write'], alias: { used: 'unsubscribeProfiles', current: 'bulkUnsubscribeProfiles' }, range: 'Profiles.unsubscribeProfiles({} as any)', at: '2:1' }],
  },
  {
    name: 'unsubscribeProfiles on v5+ (subscription bulk-delete job) → bulk_unsubscribe_profiles',
    files: {
      'package.json': pkg('^7.2.0'),
      'src/index.ts': `${API}
api.unsubscribeProfiles({} as any);`,
    },
    expect: [{ operation: 'bulk_unsubscribe_profiles', alias: { used: 'unsubscribeProfiles', current: 'bulkUnsubscribeProfiles' }, range: 'api.unsubscribeProfiles({} as any)', at: '3:1' }],
  },
  {
    name: 'createTemplateRender on v1 (POST /templates/{id}/render) → render_template',
    files: {
      'package.json': pkg('^1.0.2'),
      'src/index.ts': `import { Templates } from 'klaviyo-api';
Templates.createTemplateRender({} as any, 'T1');`,
    },
    expect: [{ operation: 'render_template', scopes: ['templates:read'], alias: { used: 'createTemplateRender', current: 'renderTemplate' }, range: "Templates.createTemplateRender({} as any, 'T1')", at: '2:1' }],
  },
  {
    name: 'createTemplateRender on v2+ (POST /template-render) → render_template',
    files: {
      'package.json': pkg('^2.1.1'),
      'src/index.ts': `import { Templates } from 'klaviyo-api';
Templates.createTemplateRender({} as any);`,
    },
    expect: [{ operation: 'render_template', alias: { used: 'createTemplateRender', current: 'renderTemplate' }, range: 'Templates.createTemplateRender({} as any)', at: '2:1' }],
  },
  {
    name: "v1 generic getEventRelationships(id, 'metrics'): a relationship the API retired, reported with a note",
    files: {
      'package.json': pkg('^1.0.2'),
      'src/index.ts': `import { Events } from 'klaviyo-api';
Events.getEventRelationships('E1', 'metrics');`,
    },
    expect: [{ operation: null, confidence: 'certain', candidates: [], note: "getEventRelationships(…, 'metrics') calls an operation Klaviyo has retired", range: "Events.getEventRelationships('E1', 'metrics')", at: '2:1' }],
  },
  {
    name: 'retired operation with no successor: reported with a note',
    files: {
      'package.json': pkg('^1.0.2'),
      'src/index.ts': `import { Events } from 'klaviyo-api';
Events.getEventMetrics('E1');`,
    },
    expect: [{ operation: null, confidence: 'certain', note: 'retired', range: "Events.getEventMetrics('E1')", at: '2:1' }],
  },
];
