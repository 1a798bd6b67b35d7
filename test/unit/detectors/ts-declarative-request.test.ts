// Declarative request descriptions a framework sends (n8n nodes): each `routing.request` and
// credential `test.request` is one call where it is written, its `{{ … }}` expressions holes,
// the base URL in the node's requestDefaults elsewhere (so a relative Klaviyo path is likely).

import { runTable, type Case } from './harness';

const N8N = "import type { INodeProperties } from 'n8n-workflow';\n";

const CASES: Case[] = [
  {
    name: 'operations of a resource: method, expression URL with a parameter, default GET',
    files: {
      'nodes/Klaviyo/shared/constants.ts': "export const KLAVIYO_BASE_URL = 'https://a.klaviyo.com';\nexport const PAGE_SIZE = 100;\n",
      'nodes/Klaviyo/resources/list.ts': `${N8N}import { PAGE_SIZE } from '../shared/constants';
export const listOps: INodeProperties[] = [{
  name: 'operation', type: 'options', default: 'get', typeOptions: { maxValue: PAGE_SIZE },
  options: [
    { name: 'Get', value: 'get', routing: { request: { url: '=/api/lists/{{ $parameter.listId }}' } } },
    { name: 'Create', value: 'create', routing: { request: { method: 'POST', url: '/api/lists', body: { data: {} } } } },
    { name: 'Members', value: 'members', routing: { request: { method: 'GET', url: '=/api/lists/{{$parameter.listId}}/profiles', qs: { include: 'lists' } } } },
  ],
}];` },
    expect: [
      { operation: 'get_list', scopes: ['lists:read'], confidence: 'likely', range: "request: { url: '=/api/lists/{{ $parameter.listId }}' }", at: '6:45', file: 'nodes/Klaviyo/resources/list.ts' },
      { operation: 'create_list', scopes: ['lists:write'], confidence: 'likely', range: "request: { method: 'POST', url: '/api/lists', body: { data: {} } }", at: '7:51' },
      { operation: 'get_profiles_for_list', scopes: ['lists:read', 'profiles:read'], confidence: 'likely', range: "request: { method: 'GET', url: '=/api/lists/{{$parameter.listId}}/profiles', qs: { include: 'lists' } }", at: '8:53' },
    ],
  },
  {
    name: 'a credential test request with its own Klaviyo base: certain',
    files: `import type { ICredentialTestRequest } from 'n8n-workflow';
export class KApi {
  test: ICredentialTestRequest = { request: { baseURL: 'https://a.klaviyo.com', url: '/api/accounts', method: 'GET' } };
}`,
    expect: [{ operation: 'get_accounts', scopes: ['accounts:read'], confidence: 'certain', range: "request: { baseURL: 'https://a.klaviyo.com', url: '/api/accounts', method: 'GET' }", at: '3:36' }],
  },
];

const NEGATIVE: Case[] = [
  {
    name: 'a routing request to another API',
    files: `${N8N}export const ops = [{ routing: { request: { baseURL: 'https://api.example.com', url: '/api/lists' } } }];`,
    expect: [],
  },
  {
    name: 'the same shape in a file that is not an n8n node',
    files: `export const ops = [{ routing: { request: { method: 'POST', url: '/api/lists' } } }];`,
    expect: [],
  },
  {
    name: 'a relative path that is not one of Klaviyo\'s',
    files: `${N8N}export const ops = [{ routing: { request: { method: 'GET', url: '/v1/items' } } }];`,
    expect: [],
  },
];

runTable('ts-declarative-request', [...CASES, ...NEGATIVE].map((c) => ({ ...c, detectors: ['ts-declarative-request'] })));
