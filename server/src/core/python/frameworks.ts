import type { SyntaxNode } from '../tree-sitter/loader';
import { T_UNKNOWN, tConcat, tLiteral, tParts, tUrl, type TStrPart, type TValue } from '../tree-sitter/values';
import { returnValue } from './eval-calls';
import { attrSite, classInfo, instanceMember } from './eval-classes';
import { urlJoin } from './eval-strings';
import type { PyEvaluator } from './evaluator';
import { readHeaders, type PyRequestFacts } from './http-facts';

// Stream frameworks whose base class sends the request from attributes each subclass sets: the
// Meltano Singer SDK (`RESTStream`: `url_base + path`, `rest_method`, `http_headers`) and the
// Airbyte CDK (`HttpStream`: `urljoin(url_base, path())`, `http_method`). The library code is
// not in the project, so its one request shape is written down here.

interface StreamFramework {
  name: string;
  modules: readonly string[];
  classes: readonly string[];
  join: 'concat' | 'urljoin';
  methodAttr: string;
  headersAttr: string;
}

const FRAMEWORKS: readonly StreamFramework[] = [
  { name: 'singer_sdk', modules: ['singer_sdk', 'singer_sdk.streams', 'singer_sdk.streams.rest'], classes: ['RESTStream'], join: 'concat', methodAttr: 'rest_method', headersAttr: 'http_headers' },
  {
    name: 'airbyte_cdk', modules: ['airbyte_cdk.sources.streams.http', 'airbyte_cdk.sources.streams.http.http'],
    classes: ['HttpStream', 'HttpSubStream'], join: 'urljoin', methodAttr: 'http_method', headersAttr: 'request_headers',
  },
];

/** The module value of a framework module (its stream classes), or null. */
export function frameworkModule(dotted: string): TValue | null {
  const fw = FRAMEWORKS.find((f) => f.modules.includes(dotted));
  if (!fw) return null;
  const cls: TValue = { kind: 'http', lib: `framework:${fw.name}`, what: 'module', method: null, baseURL: null, headers: null };
  return { kind: 'obj', props: new Map(fw.classes.map((c) => [c, () => cls])) };
}

export function frameworkOf(v: TValue | null): StreamFramework | null {
  return v?.kind === 'http' && v.lib.startsWith('framework:') ? (FRAMEWORKS.find((f) => `framework:${f.name}` === v.lib) ?? null) : null;
}

/** The request a stream class makes, reported at the place it sets its path; null when it sets none. */
export function frameworkRequest(ev: PyEvaluator, cls: SyntaxNode, fw: StreamFramework): { facts: PyRequestFacts; at: SyntaxNode } | null {
  const at = attrSite(classInfo(ev, cls), 'path', true);
  if (!at) return null;
  const inst: Extract<TValue, { kind: 'instance' }> = { kind: 'instance', key: ev.key(cls), file: ev.program.fileOf(cls), node: cls };
  const read = (name: string): TValue => {
    const v = instanceMember(ev, inst, name);
    return v.kind === 'fn' ? returnValue(ev, v, { positional: [], keywords: new Map() }) : v;
  };
  const base = read('url_base');
  const path = templateHoles(read('path'));
  const url = fw.join === 'concat' ? (tParts(base) && tParts(path) ? tConcat(base, path) : T_UNKNOWN) : urlJoin(base, path);
  const parts = tUrl(url);
  if (!parts) return null;
  const method = tLiteral(read(fw.methodAttr));
  const headers = readHeaders([read(fw.headersAttr)]);
  return { at, facts: { method: (method ?? 'GET').toUpperCase(), url: parts, include: [], beta: headers.beta, keyEnv: headers.keyEnv, dependsOnParams: false, selfAttrs: [] } };
}

/** `/campaigns/{campaign_id}/campaign-messages`: the framework fills `{…}` from the parent record. */
function templateHoles(v: TValue): TValue {
  const parts = tParts(v);
  if (!parts || v.kind !== 'str') return v;
  const out: TStrPart[] = [];
  for (const p of parts) {
    if (typeof p !== 'string') {
      out.push(p);
      continue;
    }
    p.split(/(\{[^{}]*\})/).forEach((piece) => {
      if (/^\{[^{}]*\}$/.test(piece)) out.push({ hole: true });
      else if (piece) out.push(piece);
    });
  }
  return { kind: 'str', parts: out };
}
