import type { LibraryTable } from '../ir/library';

// Go's HTTP libraries as data: net/http, go-retryablehttp and resty; the string functions URLs
// are built with. Qualifiers are import names as usually written (`http`, `resty`, `fmt`).

const SENDS_BY_VERB = (verbs: Record<string, string>, url = 0) =>
  Object.fromEntries(Object.entries(verbs).map(([name, m]) => [name, { send: true, method: { lit: m }, url: { arg: url } }]));

export const GO_LIBRARIES: LibraryTable = {
  types: {
    'http.Client': 'go.client', 'retryablehttp.Client': 'go.client', 'http.Request': 'go.request', 'retryablehttp.Request': 'go.request',
    'resty.Client': 'resty.client', 'resty.Request': 'resty.request',
  },
  values: { 'http.DefaultClient': 'go.client' },
  calls: {
    'http.NewRequest': { tag: 'go.request', method: { arg: 0 }, url: { arg: 1 } },
    'http.NewRequestWithContext': { tag: 'go.request', method: { arg: 1 }, url: { arg: 2 } },
    'retryablehttp.NewRequest': { tag: 'go.request', method: { arg: 0 }, url: { arg: 1 } },
    'retryablehttp.NewRequestWithContext': { tag: 'go.request', method: { arg: 1 }, url: { arg: 2 } },
    'retryablehttp.NewClient': { tag: 'go.client' },
    ...SENDS_BY_VERB({ 'http.Get': 'GET', 'http.Head': 'HEAD', 'http.Post': 'POST', 'http.PostForm': 'POST', 'retryablehttp.Get': 'GET', 'retryablehttp.Post': 'POST' }),
    'resty.New': { tag: 'resty.client' },
    'fmt.Sprintf': { str: 'sprintf' },
    'url.JoinPath': { str: 'join' },
    'strings.Join': { str: 'query' },
    'path.Join': { str: 'join' },
    'url.Parse': { str: 'same' },
    'strings.TrimSuffix': { str: 'same' },
    'strings.TrimRight': { str: 'same' },
    'strings.TrimSpace': { str: 'same' },
    'strings.ToUpper': { str: 'same' },
    'os.Getenv': { str: 'env' },
  },
  ctors: { 'http.Client': { tag: 'go.client' }, 'retryablehttp.Client': { tag: 'go.client' } },
  methods: {
    'go.client': {
      Do: { sendArg: 0 },
      ...SENDS_BY_VERB({ Get: 'GET', Head: 'HEAD', Post: 'POST', PostForm: 'POST' }),
      StandardClient: { tag: 'go.client' },
    },
    'go.request': { WithContext: { tag: 'go.request' } },
    'resty.client': { R: { tag: 'resty.request' }, SetBaseURL: { base: { arg: 0 } }, SetHostURL: { base: { arg: 0 } } },
    'resty.request': {
      ...SENDS_BY_VERB({ Get: 'GET', Post: 'POST', Put: 'PUT', Patch: 'PATCH', Delete: 'DELETE', Head: 'HEAD' }),
      Execute: { send: true, method: { arg: 0 }, url: { arg: 1 } },
      SetQueryParam: { query: [0, 1] },
    },
    $str: { String: { str: 'same' }, ResolveReference: { str: 'join' }, JoinPath: { str: 'join' } },
  },
  fluent: ['resty.client', 'resty.request', 'go.request'],
  props: { 'go.request': { Method: 'method' } },
  inherits: {},
  providers: [],
  declarative: { clients: {}, methods: {} },
  urlFields: { Path: 'self', RawPath: 'self', RawQuery: 'query' },
  implicitThis: false,
  mutating: [],
  settingAnnotations: [],
  settingClasses: [],
  optionSuffixes: [],
  wrappers: {},
  consts: {
    'http.MethodGet': 'GET', 'http.MethodPost': 'POST', 'http.MethodPut': 'PUT', 'http.MethodPatch': 'PATCH', 'http.MethodDelete': 'DELETE', 'http.MethodHead': 'HEAD',
    'resty.MethodGet': 'GET', 'resty.MethodPost': 'POST', 'resty.MethodPut': 'PUT', 'resty.MethodPatch': 'PATCH', 'resty.MethodDelete': 'DELETE',
  },
};
