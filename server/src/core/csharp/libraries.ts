import type { Effect, LibraryTable } from '../ir/library';

// C#'s HTTP libraries as data: HttpClient (+ HttpRequestMessage, BaseAddress, the *JsonAsync
// extensions), RestSharp, Flurl, WebClient, Kiota's request adapter; string.Format and Uri.

const verbs = (names: Record<string, string>, eff: (m: string) => Effect) => Object.fromEntries(Object.entries(names).map(([n, m]) => [n, eff(m)]));
const SEND_URL = (m: string): Effect => ({ send: true, url: { arg: 0 }, method: { lit: m } });
const FLURL_SEND = (m: string): Effect => ({ send: true, url: { self: true }, method: { lit: m } });
const METHODS = ['Get', 'Post', 'Put', 'Patch', 'Delete', 'Head'];

export const CSHARP_LIBRARIES: LibraryTable = {
  types: {
    HttpClient: 'cs.client', 'System.Net.Http.HttpClient': 'cs.client', HttpRequestMessage: 'cs.req',
    RestClient: 'rs.client', IRestClient: 'rs.client', RestRequest: 'rs.req', IRequestAdapter: 'kiota.adapter', RequestInformation: 'kiota.req',
    IHttpClientFactory: 'cs.factory',
    IConfiguration: 'cs.config', IConfigurationRoot: 'cs.config', IConfigurationSection: 'cs.config', ConfigurationManager: 'cs.config',
    WebApplicationBuilder: 'cs.appbuilder', IHostApplicationBuilder: 'cs.appbuilder', HostBuilderContext: 'cs.appbuilder',
    IFlurlClient: 'flurl.client', FlurlClient: 'flurl.client', IFlurlRequest: 'flurl.req', WebClient: 'cs.webclient',
  },
  values: {},
  calls: {
    'string.Format': { str: 'csformat' },
    'string.Concat': { str: 'concat' },
    'Url.Combine': { str: 'join' },
    'Path.Combine': { str: 'join' },
    'Environment.GetEnvironmentVariable': { str: 'env' },
    'Uri.EscapeDataString': { str: 'same' },
    'WebApplication.CreateBuilder': { tag: 'cs.appbuilder' },
  },
  ctors: {
    HttpClient: { tag: 'cs.client' },
    HttpRequestMessage: { tag: 'cs.req', method: { arg: 0 }, url: { arg: 1 } },
    Uri: { str: 'join' },
    StringBuilder: { str: 'concat' },
    UriBuilder: { str: 'same' },
    RestClient: { tag: 'rs.client', base: { arg: 0 } },
    RestClientOptions: { str: 'same' },
    RestRequest: { tag: 'rs.req', url: { arg: 0 }, method: { arg: 1, or: 'GET' } },
    FlurlClient: { tag: 'flurl.client', base: { arg: 0 } },
    RequestInformation: { tag: 'kiota.req', method: { arg: 0 }, url: { arg: 1 } },
    WebClient: { tag: 'cs.webclient' },
  },
  methods: {
    'cs.client': {
      ...verbs({ GetAsync: 'GET', GetStringAsync: 'GET', GetStreamAsync: 'GET', GetByteArrayAsync: 'GET', GetFromJsonAsync: 'GET', PostAsync: 'POST', PostAsJsonAsync: 'POST', PutAsync: 'PUT', PutAsJsonAsync: 'PUT', PatchAsync: 'PATCH', PatchAsJsonAsync: 'PATCH', DeleteAsync: 'DELETE', DeleteFromJsonAsync: 'DELETE' }, SEND_URL),
      SendAsync: { sendArg: 0 }, Send: { sendArg: 0 },
    },
    'rs.client': {
      ExecuteAsync: { sendArg: 0 }, Execute: { sendArg: 0 }, ExecuteTaskAsync: { sendArg: 0 },
      ...Object.fromEntries(METHODS.flatMap((m) => [`Execute${m}Async`, `Execute${m}`, `${m}Async`, m].map((n) => [n, { sendArg: 0, method: { lit: m.toUpperCase() } }]))),
      ...verbs({ GetJsonAsync: 'GET', PostJsonAsync: 'POST', PutJsonAsync: 'PUT', PatchJsonAsync: 'PATCH', DeleteJsonAsync: 'DELETE' }, SEND_URL),
    },
    'rs.req': { AddQueryParameter: { query: [0, 1] }, AddParameter: { query: [0, 1] } },
    'kiota.adapter': {
      SendAsync: { sendArg: 0 }, SendNoContentAsync: { sendArg: 0 }, SendPrimitiveAsync: { sendArg: 0 }, SendCollectionAsync: { sendArg: 0 }, SendPrimitiveCollectionAsync: { sendArg: 0 },
    },
    'flurl.client': { Request: { tag: 'flurl.req', url: { arg: 0 } } },
    'flurl.req': {
      AppendPathSegment: { tag: 'flurl.req' },
      ...verbs({ GetAsync: 'GET', GetJsonAsync: 'GET', GetStringAsync: 'GET', PostAsync: 'POST', PostJsonAsync: 'POST', PutAsync: 'PUT', PutJsonAsync: 'PUT', PatchAsync: 'PATCH', PatchJsonAsync: 'PATCH', DeleteAsync: 'DELETE' }, (m) => ({ send: true, method: { lit: m } })),
      SetQueryParam: { query: [0, 1] },
    },
    // IConfiguration: `configuration["Klaviyo:BaseUrl"]`, `GetValue<string>(…)`, `GetSection("Klaviyo")["BaseUrl"]`, `.Value`.
    'cs.config': {
      '[]': { str: 'setting' }, GetValue: { str: 'setting' }, '.Value': { str: 'setting' },
      GetSection: { tag: 'cs.config', section: { arg: 0 } }, GetRequiredSection: { tag: 'cs.config', section: { arg: 0 } },
    },
    'cs.appbuilder': { '.Configuration': { tag: 'cs.config' } },
    'cs.webclient': {
      ...verbs({ DownloadString: 'GET', DownloadStringTaskAsync: 'GET', OpenRead: 'GET', OpenReadTaskAsync: 'GET', DownloadData: 'GET' }, SEND_URL),
      UploadString: { send: true, url: { arg: 0 }, method: { lit: 'POST' } }, UploadStringTaskAsync: { send: true, url: { arg: 0 }, method: { lit: 'POST' } },
    },
    $str: {
      AppendPathSegment: { str: 'join' }, AppendPathSegments: { str: 'join' }, SetQueryParam: { str: 'same' }, SetQueryParams: { str: 'same' },
      Append: { str: 'concat' }, TrimEnd: { str: 'same' }, Trim: { str: 'same' }, TrimStart: { str: 'same' }, Replace: { str: 'same' }, ['ToString' as string]: { str: 'same' },
      WithHeader: { tag: 'flurl.req', url: { self: true } }, WithHeaders: { tag: 'flurl.req', url: { self: true } },
      WithOAuthBearerToken: { tag: 'flurl.req', url: { self: true } }, WithBasicAuth: { tag: 'flurl.req', url: { self: true } },
      ...verbs({ GetAsync: 'GET', GetJsonAsync: 'GET', GetStringAsync: 'GET', PostAsync: 'POST', PostJsonAsync: 'POST', PutJsonAsync: 'PUT', PatchJsonAsync: 'PATCH', DeleteAsync: 'DELETE' }, FLURL_SEND),
    },
  },
  fluent: ['cs.req', 'rs.req', 'rs.client', 'flurl.req', 'flurl.client', 'kiota.req'],
  props: {
    'cs.client': { BaseAddress: 'base' },
    'cs.req': { RequestUri: 'url', Method: 'method' },
    'rs.req': { Resource: 'url', Method: 'method' },
    'kiota.req': { UrlTemplate: 'url', HttpMethod: 'method' },
    'cs.webclient': { BaseAddress: 'base' },
  },
  inherits: { BaseRequestBuilder: { RequestAdapter: { tag: 'kiota.adapter' }, UrlTemplate: { ctorArg: 1 }, PathParameters: { ctorArg: 2 } } },
  // IHttpClientFactory: named and typed clients configured in Program.cs, Startup.cs or a DI extension.
  registrations: {
    calls: ['AddHttpClient', 'AddRefitClient'], configure: ['ConfigureHttpClient'], tag: 'cs.client',
    fetch: { 'cs.factory': ['CreateClient'] },
  },
  providers: [],
  // Refit: `[Get("/profiles/{id}")]` on an interface's methods; the base is given where it is built.
  declarative: { clients: {}, methods: { Get: 'GET', Post: 'POST', Put: 'PUT', Patch: 'PATCH', Delete: 'DELETE' } },
  urlFields: { Path: 'self', Query: 'query' },
  implicitThis: true,
  mutating: ['Append', 'AppendFormat', 'Insert'],
  settingAnnotations: [],
  settingClasses: [],
  optionSuffixes: ['Options', 'Settings', 'Configuration', 'Config'],
  wrappers: { IOptions: 'Value', IOptionsSnapshot: 'Value', IOptionsMonitor: 'CurrentValue' },
  consts: {
    ...Object.fromEntries(METHODS.flatMap((m) => [[`HttpMethod.${m}`, m.toUpperCase()], [`Method.${m}`, m.toUpperCase()], [`Method.${m.toUpperCase()}`, m.toUpperCase()]])),
  },
};
