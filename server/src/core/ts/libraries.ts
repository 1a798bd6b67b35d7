import ts from 'typescript';
import { catalog } from '../catalog';
import { NODE_SDK_GROUP_MAJORS } from '../sdk/node-sdk-versions';
import type { HttpLib, Value } from './values';

// What a bare module specifier gives, for the libraries whose values we trace.

export const OFFICIAL_SDK = 'klaviyo-api';
/** What Klaviyo Code (Klaviyo's hosted functions) names the official SDK it provides. */
const KLAVIYO_CODE_MODULE = 'klaviyo';
/** Retired npm packages that wrapped the v1/v2 API. */
export const LEGACY_SDKS = ['klaviyo-sdk', 'node-klaviyo', 'klaviyo-node'] as const;

const HTTP_MODULES: Record<string, HttpLib> = {
  axios: 'axios',
  got: 'got',
  ky: 'ky',
  'ky-universal': 'ky',
  undici: 'undici',
  superagent: 'superagent',
  'node-fetch': 'fetch',
  'cross-fetch': 'fetch',
  'isomorphic-fetch': 'fetch',
  https: 'https',
  'node:https': 'https',
  http: 'http',
  'node:http': 'http',
};

/**
 * Framework services handed in by dependency injection, typed by their class: NestJS's
 * `HttpService` is an axios instance; its `ConfigService` reads settings (see settingsRead).
 */
const FRAMEWORK_EXPORTS: Record<string, Record<string, Value>> = {
  '@nestjs/axios': { HttpService: { kind: 'http', lib: 'axios', what: 'instance', method: null, baseURL: null, headers: null } },
  '@nestjs/config': { ConfigService: { kind: 'settings', what: 'reader' } },
};

/**
 * `config.get('KLAVIYO_BASE_URL')` reads that env var (ConfigModule loads the environment);
 * `config.get('klaviyo.baseUrl')` a key of a loaded configuration, kept by name so a base named
 * for Klaviyo is recognised.
 */
export function settingsRead(key: string | null): Value {
  if (key === null) return { kind: 'unknown' };
  return /^[A-Z][A-Z0-9_]*$/.test(key) ? { kind: 'env', name: key } : { kind: 'unknown', name: key };
}

/**
 * Mocking libraries: their `http.get(url, handler)` answers requests in tests, it never sends one.
 * They are plain objects to the evaluator, so no member of theirs is taken for an unknown sender.
 */
const MOCK_MODULES = /^(msw|msw\/.*|@mswjs\/.*|nock|fetch-mock|jest-fetch-mock|axios-mock-adapter|undici\/mock.*|sinon)$/;

/** Value of `import <name> from spec` (name 'default' or '*' for the whole module), or null when not a traced library. */
export function libraryValue(spec: string, name: string): Value | null {
  // Klaviyo Code functions `require('klaviyo')`: the runtime's ready-made official SDK (`klaviyo.Profiles.updateProfile`).
  if (spec === OFFICIAL_SDK || spec === KLAVIYO_CODE_MODULE) {
    const mod: Value = { kind: 'sdk', sdk: OFFICIAL_SDK, what: 'module' };
    return name === 'default' || name === '*' ? mod : sdkMember(name);
  }
  if ((LEGACY_SDKS as readonly string[]).includes(spec)) return { kind: 'sdk', sdk: spec, what: 'module' };
  if (MOCK_MODULES.test(spec)) return { kind: 'obj', props: new Map() };
  const framework = FRAMEWORK_EXPORTS[spec]?.[name];
  if (framework) return framework;
  const lib = HTTP_MODULES[spec];
  if (!lib) return null;
  const mod: Value = { kind: 'http', lib, what: 'module', method: null, baseURL: null, headers: null };
  if (name === 'default' || name === '*') {
    return lib === 'fetch' ? { ...mod, what: 'fn' } : mod;
  }
  if (lib === 'fetch' && name !== 'Headers' && name !== 'Request' && name !== 'Response') return { ...mod, what: 'fn' };
  return httpMember(mod as Extract<Value, { kind: 'http' }>, name);
}

/**
 * node-fetch 3 from CommonJS: `const fetch = (...args) => import('node-fetch').then(({ default: f }) => f(...args))`.
 * A function that takes every argument and loads one HTTP library is that library's function.
 */
export function lazyLibraryShim(init: ts.Expression): Value | null {
  if (!ts.isArrowFunction(init) && !ts.isFunctionExpression(init)) return null;
  if (init.parameters.length !== 1 || !init.parameters[0].dotDotDotToken) return null;
  let spec: string | null = null;
  const visit = (n: ts.Node): void => {
    if (spec === null && ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword && n.arguments[0] && ts.isStringLiteral(n.arguments[0])) spec = n.arguments[0].text;
    else ts.forEachChild(n, visit);
  };
  visit(init.body);
  return spec !== null && HTTP_MODULES[spec] === 'fetch' ? libraryValue(spec, 'default') : null;
}

/** Session classes, plus `ConfigWrapper(key)`, which returns one (v6+ an ApiKeySession, v1–v5 a keyed ApiClient). */
const SESSION_CLASSES = new Set(['ApiKeySession', 'OAuthSession', 'OAuthBasicSession', 'GlobalApiKeySession', 'ConfigWrapper']);
/** v6+ aggregate objects: `Klaviyo.ProfilesApi`, `Klaviyo.Profiles`, `Klaviyo.Auth.ApiKeySession`. */
const NAMESPACES = new Set(['Klaviyo', 'Auth']);

/**
 * API groups: every group any published major exported, plus today's spec tags (so a group
 * added after our facts were read is still recognised). Everything else the SDK exports
 * (models, retry helpers, errors) holds no API method.
 */
const GROUPS = new Set([
  ...Object.keys(NODE_SDK_GROUP_MAJORS),
  ...catalog.operations.filter((o) => !o.beta).map((o) => o.tag.replace(/\s+/g, '')),
]);

/** A member of the klaviyo-api module namespace: an `*Api` class, a ready-made group object, a session class, or a namespace object. */
export function sdkMember(name: string): Value {
  if (SESSION_CLASSES.has(name)) return { kind: 'sdk', sdk: OFFICIAL_SDK, what: 'session-class', name };
  if (NAMESPACES.has(name)) return { kind: 'sdk', sdk: OFFICIAL_SDK, what: 'module' };
  if (name.endsWith('Api') && GROUPS.has(name.slice(0, -3))) return { kind: 'sdk', sdk: OFFICIAL_SDK, what: 'class', group: name.slice(0, -3) };
  // Ready-made objects (`Profiles.getProfiles()`), exported by every major.
  if (GROUPS.has(name)) return { kind: 'sdk', sdk: OFFICIAL_SDK, what: 'api', group: name, keyEnv: null };
  return { kind: 'unknown' };
}

const VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head'];

/** A member of an HTTP library's module or instance: a request function (with its method when the name fixes it), or a factory. */
export function httpMember(v: Extract<Value, { kind: 'http' }>, name: string): Value {
  const lower = name.toLowerCase();
  if (v.lib === 'superagent' && lower === 'del') return { ...v, what: 'fn', method: 'DELETE', builder: true };
  if (VERBS.includes(lower)) {
    return { ...v, what: 'fn', method: lower.toUpperCase(), builder: v.lib === 'superagent' || v.builder };
  }
  if (lower === 'request' || lower === 'fetch') return { ...v, what: 'fn', method: null };
  if (v.lib === 'fetch' || v.lib === 'undici') return { kind: 'unknown' };
  return { kind: 'unknown' };
}
