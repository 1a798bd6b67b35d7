// include values and /client/ endpoints.
import type { Case } from '../harness';
import { API, pkg, S } from './shared';

// ---- include ------------------------------------------------------------------------------
export const INCLUDE: Case[] = [
  {
    name: "getProfile(id, { include: ['lists', 'segments'] }) adds lists:read and segments:read",
    files: `${API}
api.getProfile('01H', { include: ['lists', 'segments'] });`,
    expect: [{ operation: 'get_profile', scopes: ['lists:read', 'profiles:read', 'segments:read'], includeScopes: ['lists:read', 'segments:read'], range: "api.getProfile('01H', { include: ['lists', 'segments'] })", at: '3:1' }],
  },
  {
    name: "getProfiles({ include: ['push-tokens'] })",
    files: `${API}
api.getProfiles({ include: ['push-tokens'] });`,
    expect: [{ operation: 'get_profiles', scopes: ['profiles:read', 'push-tokens:read'], includeScopes: ['push-tokens:read'], range: "api.getProfiles({ include: ['push-tokens'] })", at: '3:1' }],
  },
  {
    name: 'include values get_profiles does not accept (lists, segments) add nothing',
    files: `${API}
api.getProfiles({ include: ["lists", "segments"] } as any);`,
    expect: [{ operation: 'get_profiles', scopes: ['profiles:read'], includeScopes: [], range: 'api.getProfiles({ include: ["lists", "segments"] } as any)', at: '3:1' }],
  },
  {
    name: 'unknown include values are ignored',
    files: `${API}
api.getProfile('01H', { include: ['lists', 'bogus'] } as any);`,
    expect: [{ operation: 'get_profile', scopes: ['lists:read', 'profiles:read'], includeScopes: ['lists:read'], range: "api.getProfile('01H', { include: ['lists', 'bogus'] } as any)", at: '3:1' }],
  },
  {
    name: 'include from a const array defined in another module',
    files: {
      'src/constants.ts': `export const PROFILE_INCLUDES = ['segments'] as const;`,
      'src/index.ts': `${API}
import { PROFILE_INCLUDES } from './constants';
api.getProfile('01H', { include: [...PROFILE_INCLUDES] as any });
api.getProfile('01H', { include: PROFILE_INCLUDES as any });`,
    },
    expect: [
      { operation: 'get_profile', file: 'src/index.ts', includeScopes: [], range: "api.getProfile('01H', { include: [...PROFILE_INCLUDES] as any })", at: '4:1' },
      { operation: 'get_profile', file: 'src/index.ts', scopes: ['profiles:read', 'segments:read'], includeScopes: ['segments:read'], range: "api.getProfile('01H', { include: PROFILE_INCLUDES as any })", at: '5:1' },
    ],
  },
  {
    name: 'options object in a variable',
    files: `import { ApiKeySession, ListsApi } from 'klaviyo-api';
const lists = new ListsApi(${S});
const opts = { include: ['tags' as const] };
lists.getLists(opts);`,
    expect: [{ operation: 'get_lists', scopes: ['lists:read', 'tags:read'], includeScopes: ['tags:read'], range: 'lists.getLists(opts)', at: '4:1' }],
  },
  {
    name: 'include on a v5 ready-made object (opts last)',
    files: {
      'package.json': pkg('^5.1.0'),
      'src/index.ts': `import { Events } from 'klaviyo-api';
Events.getEvents({ include: ['metric', 'profile'] });`,
    },
    expect: [{ operation: 'get_events', scopes: ['events:read', 'metrics:read', 'profiles:read'], includeScopes: ['metrics:read', 'profiles:read'], range: "Events.getEvents({ include: ['metric', 'profile'] })", at: '2:1' }],
  },
  {
    name: 'include as a comma-separated string',
    files: `import { ApiKeySession, FlowsApi } from 'klaviyo-api';
new FlowsApi(${S}).getFlows({ include: 'flow-actions,tags' } as any);`,
    expect: [{ operation: 'get_flows', includeScopes: ['tags:read'], range: `new FlowsApi(${S}).getFlows({ include: 'flow-actions,tags' } as any)`, at: '2:1' }],
  },
  {
    name: 'include on an aliased name',
    files: `import { ApiKeySession, CampaignsApi } from 'klaviyo-api';
const c = new CampaignsApi(${S});
c.getCampaign('C1', { include: ['tags'] });`,
    expect: [{ operation: 'get_campaign', scopes: ['campaigns:read', 'tags:read'], includeScopes: ['tags:read'], range: "c.getCampaign('C1', { include: ['tags'] })", at: '3:1' }],
  },
];

// ---- /client/ endpoints -------------------------------------------------------------------
export const CLIENT: Case[] = [
  {
    name: 'v23 Client.getClientIpAllowlist: kind client, no scopes',
    files: {
      'package.json': pkg('^23.0.0'),
      'src/index.ts': `import { Client } from 'klaviyo-api';
Client.getClientIpAllowlist('a1', 'PUBLIC_ID');`,
    },
    expect: [{ operation: 'get_client_ip_allowlist', kind: 'client', scopes: [], includeScopes: [], range: "Client.getClientIpAllowlist('a1', 'PUBLIC_ID')", at: '2:1' }],
  },
  {
    name: 'v23 ClientApi instance',
    files: `import { ApiKeySession, ClientApi } from 'klaviyo-api';
new ClientApi(${S}).getClientIpAllowlist('a1', 'PUBLIC_ID');`,
    expect: [{ operation: 'get_client_ip_allowlist', kind: 'client', scopes: [], range: `new ClientApi(${S}).getClientIpAllowlist('a1', 'PUBLIC_ID')`, at: '2:1' }],
  },
  {
    name: 'v1 Client.createClientEvent: kind client, no scopes',
    files: {
      'package.json': pkg('^1.0.2'),
      'src/index.ts': `import { Client } from 'klaviyo-api';
Client.createClientEvent({ data: {} }, 'PUBLIC_ID');`,
    },
    expect: [{ operation: 'create_client_event', kind: 'client', scopes: [], range: "Client.createClientEvent({ data: {} }, 'PUBLIC_ID')", at: '2:1' }],
  },
  {
    name: 'v2 ClientApi with ConfigWrapper: createClientSubscription',
    files: {
      'package.json': pkg('^2.1.1'),
      'src/index.js': `const { ClientApi, ConfigWrapper } = require('klaviyo-api');
const client = new ClientApi(ConfigWrapper(process.env.KLAVIYO_KEY));
client.createClientSubscription({}, 'PUBLIC_ID');`,
    },
    expect: [{ operation: 'create_client_subscription', kind: 'client', scopes: [], range: "client.createClientSubscription({}, 'PUBLIC_ID')", at: '3:1' }],
  },
];
