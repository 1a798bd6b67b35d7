// Ready-made group objects (`Profiles.getProfiles()`) and v1–v5 destructured arrow methods.
import type { Case } from '../harness';
import { API, pkg } from './shared';

// ---- ready-made objects and v1–v5 arrow methods --------------------------------------------
export const READY_MADE: Case[] = [
  {
    name: 'a Klaviyo Code function: require("klaviyo") is the runtime\'s ready-made official SDK',
    files: { 'custom-function.js': `const klaviyo = require('klaviyo');
export default async (event, profile, context) => {
  await klaviyo.Profiles.updateProfile(profile.data.id, { data: { type: 'profile', id: profile.data.id, attributes: {} } });
};` },
    expect: [{ operation: 'update_profile', scopes: ['profiles:write'], kind: 'sdk', file: 'custom-function.js', range: "klaviyo.Profiles.updateProfile(profile.data.id, { data: { type: 'profile', id: profile.data.id, attributes: {} } })", at: '3:9' }],
  },
  {
    name: 'v2 ready-made object with ConfigWrapper(key) elsewhere',
    files: {
      'package.json': pkg('^2.1.1'),
      'src/setup.ts': `import { ConfigWrapper } from 'klaviyo-api';
ConfigWrapper(process.env.KLAVIYO_KEY!);`,
      'src/index.ts': `import { Profiles } from 'klaviyo-api';
export const all = () => Profiles.getProfiles();`,
    },
    expect: [{ operation: 'get_profiles', scopes: ['profiles:read'], kind: 'sdk', file: 'src/index.ts', range: 'Profiles.getProfiles()', nameText: 'getProfiles', at: '2:26' }],
  },
  {
    name: 'v6+ ready-made object keyed by new GlobalApiKeySettings(key)',
    files: `import { GlobalApiKeySettings, Lists } from 'klaviyo-api';
new GlobalApiKeySettings(process.env.KLAVIYO_KEY!);
Lists.getLists();`,
    expect: [{ operation: 'get_lists', scopes: ['lists:read'], range: 'Lists.getLists()', at: '3:1' }],
  },
  {
    name: 'ready-made object through the Klaviyo namespace object',
    files: `import { Klaviyo } from 'klaviyo-api';
Klaviyo.Events.getEvents();`,
    expect: [{ operation: 'get_events', scopes: ['events:read'], range: 'Klaviyo.Events.getEvents()', at: '2:1' }],
  },
  {
    name: 'ready-made object from require',
    files: {
      'src/index.js': `const { ConfigWrapper, Segments } = require('klaviyo-api');
ConfigWrapper(process.env.KLAVIYO_KEY);
Segments.getSegment('abc');`,
    },
    expect: [{ operation: 'get_segment', scopes: ['segments:read'], range: "Segments.getSegment('abc')", at: '3:1' }],
  },
  {
    name: 'ready-made object, v5 package, Accounts group',
    files: {
      'package.json': pkg('^5.1.0'),
      'src/index.ts': `import { Accounts, ConfigWrapper } from 'klaviyo-api';
ConfigWrapper(process.env.KLAVIYO_KEY!);
Accounts.getAccounts();`,
    },
    expect: [{ operation: 'get_accounts', scopes: ['accounts:read'], range: 'Accounts.getAccounts()', at: '3:1' }],
  },
  {
    name: 'v1–v5 destructured arrow method, reported at the call',
    files: {
      'package.json': pkg('^3.0.0'),
      'src/index.ts': `import { Profiles } from 'klaviyo-api';
const { getProfile } = Profiles;
export const one = (id: string) => getProfile(id);`,
    },
    expect: [{ operation: 'get_profile', scopes: ['profiles:read'], range: 'getProfile(id)', nameText: 'getProfile', at: '3:36' }],
  },
  {
    name: 'v1–v5 destructured and renamed arrow method',
    files: {
      'package.json': pkg('^2.1.1'),
      'src/index.ts': `import { Lists } from 'klaviyo-api';
const { getLists: fetchLists, createList } = Lists;
fetchLists();
createList({} as any);`,
    },
    expect: [
      { operation: 'get_lists', range: 'fetchLists()', nameText: 'fetchLists', at: '3:1' },
      { operation: 'create_list', scopes: ['lists:write'], range: 'createList({} as any)', at: '4:1' },
    ],
  },
  {
    name: 'v1–v5 destructured method from a required ready-made object',
    files: {
      'package.json': pkg('^5.1.0'),
      'src/index.js': `const { Events } = require('klaviyo-api');
const { createEvent } = Events;
createEvent({});`,
    },
    expect: [{ operation: 'create_event', scopes: ['events:write'], range: 'createEvent({})', at: '3:1' }],
  },
  {
    name: 'v1–v5 destructured method passed as a reference (not called)',
    files: {
      'package.json': pkg('^5.1.0'),
      'src/index.ts': `import { Metrics } from 'klaviyo-api';
const { getMetrics } = Metrics;
declare function retry<T>(fn: () => T): T;
retry(getMetrics);`,
    },
    expect: [{ operation: 'get_metrics', range: 'getMetrics', at: '4:7' }],
  },
  {
    name: 'decision: a method destructured from a v6+ instance is still reported (it throws at run time, but is clearly meant as an API call)',
    files: {
      'package.json': pkg('^10.1.0'),
      'src/index.ts': `${API}
const { getProfiles } = api;
getProfiles();`,
    },
    expect: [{ operation: 'get_profiles', keyEnv: 'KLAVIYO_KEY', range: 'getProfiles()', at: '4:1' }],
  },
  {
    name: 'decision: a method destructured from a v6+ ready-made object is still reported',
    files: `import { Flows } from 'klaviyo-api';
const { getFlows } = Flows;
getFlows();`,
    expect: [{ operation: 'get_flows', range: 'getFlows()', at: '3:1' }],
  },
  {
    name: 'v1–v5 nested destructuring straight from require',
    files: {
      'package.json': pkg('^5.1.0'),
      'src/index.js': `const { Profiles: { getProfiles } } = require('klaviyo-api');
getProfiles();`,
    },
    expect: [{ operation: 'get_profiles', range: 'getProfiles()', at: '2:1' }],
  },
  {
    name: 'destructured from a ready-made object as a parameter default',
    files: `import { Profiles } from 'klaviyo-api';
export const load = ({ getProfiles } = Profiles) => getProfiles();`,
    expect: [{ operation: 'get_profiles', range: 'getProfiles()', at: '2:53' }],
  },
  {
    name: 'v1 ready-made Templates.createTemplate',
    files: {
      'package.json': pkg('1.0.2'),
      'src/index.ts': `import { ConfigWrapper, Templates } from 'klaviyo-api';
ConfigWrapper(process.env.KLAVIYO_KEY!);
Templates.createTemplate({} as any);`,
    },
    expect: [{ operation: 'create_template', scopes: ['templates:write'], range: 'Templates.createTemplate({} as any)', at: '3:1' }],
  },
  {
    name: 'v1–v5 *Api class constructed with ConfigWrapper(key) → keyEnv',
    files: {
      'package.json': pkg('^5.1.0'),
      'src/index.ts': `import { ConfigWrapper, ProfilesApi } from 'klaviyo-api';
const api = new ProfilesApi(ConfigWrapper(process.env.KLAVIYO_KEY!));
api.getProfiles();`,
    },
    expect: [{ operation: 'get_profiles', keyEnv: 'KLAVIYO_KEY', range: 'api.getProfiles()', at: '3:1' }],
  },
];
