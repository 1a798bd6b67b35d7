import type { Effect, LibraryTable } from '../ir/library';

// Java's HTTP libraries as data: java.net.http, OkHttp, Spring RestTemplate / WebClient /
// RestClient, Apache HttpClient, Unirest, HttpURLConnection; String.format and URI helpers.

const verbs = (names: Record<string, string>, eff: (m: string) => Effect) => Object.fromEntries(Object.entries(names).map(([n, m]) => [n, eff(m)]));
const setMethod = (m: string): Effect => ({ method: { lit: m } });
const UNIREST = ['get', 'post', 'put', 'patch', 'delete', 'head'];

export const JAVA_LIBRARIES: LibraryTable = {
  types: {
    HttpClient: 'java.http', CloseableHttpClient: 'java.http', 'java.net.http.HttpClient': 'java.http',
    OkHttpClient: 'okhttp.client', RestTemplate: 'spring.rest', RestOperations: 'spring.rest',
    WebClient: 'spring.wc', RestClient: 'spring.wc', 'WebClient.Builder': 'spring.wcb', 'RestClient.Builder': 'spring.wcb', 'RestTemplateBuilder': 'spring.rtb', HttpRequest: 'java.req', Request: 'okhttp.req', Call: 'okhttp.call',
    Environment: 'spring.env', PropertyResolver: 'spring.env',
  },
  values: {},
  calls: {
    'HttpRequest.newBuilder': { tag: 'java.reqb', url: { arg: 0 }, method: { lit: 'GET' } },
    'HttpClient.newHttpClient': { tag: 'java.http' },
    'HttpClient.newBuilder': { tag: 'java.httpb' },
    'HttpClients.createDefault': { tag: 'java.http' },
    'HttpClients.custom': { tag: 'java.httpb' },
    'HttpClientBuilder.create': { tag: 'java.httpb' },
    'WebClient.create': { tag: 'spring.wc', base: { arg: 0 } },
    'WebClient.builder': { tag: 'spring.wcb' },
    'RestClient.create': { tag: 'spring.wc', base: { arg: 0 } },
    'RestClient.builder': { tag: 'spring.wcb' },
    ...Object.fromEntries(UNIREST.map((v) => [`Unirest.${v}`, { tag: 'unirest.req', url: { arg: 0 }, method: { lit: v.toUpperCase() } }])),
    'URI.create': { str: 'same' },
    'UriComponentsBuilder.fromHttpUrl': { str: 'same' }, 'UriComponentsBuilder.fromUriString': { str: 'same' },
    'UriComponentsBuilder.fromPath': { str: 'same' }, 'UriComponentsBuilder.newInstance': { str: 'concat' },
    'HttpMethod.valueOf': { str: 'same' },
    'HttpMethod.resolve': { str: 'same' },
    'String.format': { str: 'jformat' },
    'String.valueOf': { str: 'same' },
    'MessageFormat.format': { str: 'csformat' },
    'System.getenv': { str: 'env' },
  },
  ctors: {
    'Request.Builder': { tag: 'okhttp.reqb', method: { lit: 'GET' } },
    HttpGet: { tag: 'apache.req', url: { arg: 0 }, method: { lit: 'GET' } },
    HttpPost: { tag: 'apache.req', url: { arg: 0 }, method: { lit: 'POST' } },
    HttpPut: { tag: 'apache.req', url: { arg: 0 }, method: { lit: 'PUT' } },
    HttpPatch: { tag: 'apache.req', url: { arg: 0 }, method: { lit: 'PATCH' } },
    HttpDelete: { tag: 'apache.req', url: { arg: 0 }, method: { lit: 'DELETE' } },
    URI: { str: 'same' },
    StringBuilder: { str: 'concat' },
    StringBuffer: { str: 'concat' },
    URL: { str: 'same' },
    OkHttpClient: { tag: 'okhttp.client' },
    RestTemplate: { tag: 'spring.rest' },
  },
  methods: {
    'java.reqb': {
      uri: { url: { arg: 0 } },
      ...verbs({ GET: 'GET', POST: 'POST', PUT: 'PUT', DELETE: 'DELETE' }, setMethod),
      method: { method: { arg: 0 } },
      build: { tag: 'java.req' },
    },
    'java.httpb': { build: { tag: 'java.http' } },
    'java.http': { send: { sendArg: 0 }, sendAsync: { sendArg: 0 }, execute: { sendArg: 0 } },
    'okhttp.reqb': {
      url: { url: { arg: 0 } },
      ...verbs({ get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', delete: 'DELETE', head: 'HEAD' }, setMethod),
      method: { method: { arg: 0 } },
      build: { tag: 'okhttp.req' },
    },
    'okhttp.client': { newCall: { tag: 'okhttp.call', take: 0 } },
    'okhttp.call': { execute: { send: true }, enqueue: { send: true } },
    'spring.rest': {
      ...verbs({ getForObject: 'GET', getForEntity: 'GET', postForObject: 'POST', postForEntity: 'POST', postForLocation: 'POST', put: 'PUT', patchForObject: 'PATCH', delete: 'DELETE' },
        (m) => ({ send: true, url: { arg: 0 }, method: { lit: m } })),
      exchange: { send: true, url: { arg: 0 }, method: { arg: 1 } },
      execute: { send: true, url: { arg: 0 }, method: { arg: 1 } },
    },
    'spring.wc': {
      ...verbs({ get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', delete: 'DELETE', head: 'HEAD' }, (m) => ({ tag: 'spring.wcs', method: { lit: m } })),
      method: { tag: 'spring.wcs', method: { arg: 0 } },
      mutate: { tag: 'spring.wcb' },
    },
    'spring.wcb': { baseUrl: { base: { arg: 0 } }, build: { tag: 'spring.wc' } },
    'spring.rtb': { rootUri: { base: { arg: 0 } }, build: { tag: 'spring.rest' } },
    'spring.wcs': {
      uri: { url: { arg: 0 } },
      retrieve: { send: true }, exchange: { send: true }, exchangeToMono: { send: true }, exchangeToFlux: { send: true },
    },
    'unirest.req': {
      asString: { send: true }, asJson: { send: true }, asObject: { send: true }, asEmpty: { send: true }, asBinary: { send: true },
      asStringAsync: { send: true }, asJsonAsync: { send: true }, asObjectAsync: { send: true },
      queryString: { query: [0, 1] },
    },
    'spring.env': { getProperty: { str: 'setting' }, getRequiredProperty: { str: 'setting' } },
    'java.conn': {
      setRequestMethod: { method: { arg: 0 } },
      getResponseCode: { send: true }, getInputStream: { send: true }, connect: { send: true },
    },
    $str: {
      // Spring's UriBuilder / UriComponentsBuilder, held as the URI it builds (the query says nothing of the operation).
      path: { str: 'join' }, pathSegment: { str: 'join' }, queryParam: { str: 'same' }, queryParamIfPresent: { str: 'same' },
      build: { str: 'same' }, buildAndExpand: { str: 'same' }, encode: { str: 'same' }, toUri: { str: 'same' }, toUriString: { str: 'same' },
      // `RequestMethod.POST.name()`: an enum constant's name is its text.
      name: { str: 'same' }, toUpperCase: { str: 'same' },
      replace: { str: 'same' }, replaceAll: { str: 'same' }, replaceFirst: { str: 'same' }, trim: { str: 'same' }, strip: { str: 'same' },
      ['toString' as string]: { str: 'same' }, append: { str: 'concat' }, concat: { str: 'concat' }, formatted: { str: 'jformat' },
      openConnection: { tag: 'java.conn', url: { self: true }, method: { lit: 'GET' } },
    },
  },
  fluent: ['spring.rtb', 'java.reqb', 'java.httpb', 'okhttp.reqb', 'okhttp.client', 'spring.wcb', 'spring.wcs', 'apache.req', 'unirest.req', 'java.conn'],
  props: {},
  inherits: {},
  providers: ['Bean', 'Provides', 'Produces'],
  declarative: {
    clients: { FeignClient: { base: 'url', prefix: 'path' }, HttpExchange: { base: 'url', prefix: 'value' }, RequestMapping: { prefix: 'value' } },
    methods: {
      ...Object.fromEntries(['Get', 'Post', 'Put', 'Patch', 'Delete'].flatMap((m) => [[`${m}Mapping`, m.toUpperCase()], [`${m}Exchange`, m.toUpperCase()], [m.toUpperCase(), m.toUpperCase()]])),
      RequestMapping: '*', HttpExchange: '*', RequestLine: 'line', HTTP: '*',
    },
  },
  urlFields: {},
  implicitThis: true,
  mutating: ['append', 'insert'],
  settingAnnotations: ['Value'],
  settingClasses: ['ConfigurationProperties'],
  optionSuffixes: [],
  wrappers: {},
  consts: {
    ...Object.fromEntries(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'].flatMap((m) => [[`HttpMethod.${m}`, m], [`RequestMethod.${m}`, m]])),
  },
};
