import type { SyntaxNode } from '../tree-sitter/loader';
import { tDependsOnParams, tLiteral, tUrl, T_UNKNOWN, type TValue } from '../tree-sitter/values';
import type { Env, PhpEvaluator } from './evaluator';
import { varScope } from './file-index';
import type { PhpRequestFacts } from './http-facts';
import { headerFacts } from './http-facts';
import { argsOf, field, varName } from './syntax';
import { reaching } from './variables';
import { getProp } from './values';

// curl: a handle from `curl_init($url)`, configured by `curl_setopt($ch, CURLOPT_…, …)` and
// `curl_setopt_array($ch, […])`, sent by `curl_exec($ch)`. The request is reported at each
// curl_exec, with the options set on that handle before it in the same function. A handle
// that is never executed there (curl_multi, returned to a caller) is reported where its URL
// is set instead.

interface CurlState {
  url: TValue;
  urlNode: SyntaxNode | null;
  custom: TValue | null;
  post: boolean;
  put: boolean;
  headers: TValue[];
}

function fnName(call: SyntaxNode): string {
  return call.type === 'function_call_expression' ? (field(call, 'function')?.text.replace(/^\\/, '').toLowerCase() ?? '') : '';
}

function handleName(call: SyntaxNode): string | null {
  const first = argsOf(call).positional[0];
  return first ? varName(first) : null;
}

function truthy(v: TValue): boolean {
  const t = tLiteral(v);
  return t !== null && t !== '' && t !== '0' && t !== 'false';
}

/** The handle's state after its curl_init and the setopt calls before `until` (all of them when null). */
function stateOf(ev: PhpEvaluator, at: SyntaxNode, name: string, until: SyntaxNode | null, env?: Env): CurlState | null {
  const file = ev.project.fileOf(at);
  const scope = varScope(at);
  const sets = until ? reaching(file, scope, name, until) : [...file.assignmentsOf(scope, name)].reverse();
  const init = sets.find((s) => {
    const right = field(s, 'right');
    return right !== null && fnName(right) === 'curl_init';
  });
  if (!init) return null;
  const initCall = field(init, 'right')!;
  const initUrl = argsOf(initCall).positional[0];
  const st: CurlState = { url: initUrl ? ev.eval(initUrl, env) : T_UNKNOWN, urlNode: initUrl ? initCall : null, custom: null, post: false, put: false, headers: [] };
  const set = (opt: string, v: TValue, node: SyntaxNode): void => {
    if (opt === 'CURLOPT_URL') {
      st.url = v;
      st.urlNode = node;
    } else if (opt === 'CURLOPT_CUSTOMREQUEST') st.custom = v;
    else if (opt === 'CURLOPT_POST') st.post = truthy(v);
    else if (opt === 'CURLOPT_POSTFIELDS') st.post = true;
    else if (opt === 'CURLOPT_HTTPGET' && truthy(v)) st.post = false;
    else if (opt === 'CURLOPT_PUT') st.put = truthy(v);
    else if (opt === 'CURLOPT_HTTPHEADER') st.headers.push(v);
  };
  for (const c of file.callsIn(scope)) {
    if (c.startIndex < initCall.endIndex || (until && c.startIndex >= until.startIndex)) continue;
    const f = fnName(c);
    if ((f !== 'curl_setopt' && f !== 'curl_setopt_array') || handleName(c) !== name) continue;
    const [, a, b] = argsOf(c).positional;
    if (f === 'curl_setopt' && a && b) set(tLiteral(ev.eval(a, env))?.replace(/^\\/, '') ?? '', ev.eval(b, env), c);
    if (f === 'curl_setopt_array' && a) {
      const opts = ev.eval(a, env);
      if (opts.kind === 'obj') for (const k of opts.props.keys()) set(k.replace(/^\\/, ''), getProp(opts, k), c);
    }
  }
  return st;
}

function factsOf(st: CurlState): PhpRequestFacts | null {
  const parts = tUrl(st.url);
  if (!parts) return null;
  const custom = st.custom ? tLiteral(st.custom) : null;
  return {
    method: st.custom ? (custom ? custom.toUpperCase() : null) : st.put ? 'PUT' : st.post ? 'POST' : 'GET',
    url: parts,
    include: [],
    ...headerFacts(st.headers),
    dependsOnParams: tDependsOnParams(st.url) || (!!st.custom && tDependsOnParams(st.custom)),
  };
}

/** The request `curl_exec($ch)` sends. */
export function curlFacts(ev: PhpEvaluator, exec: SyntaxNode, env?: Env): PhpRequestFacts | null {
  const name = handleName(exec);
  const st = name ? stateOf(ev, exec, name, exec, env) : null;
  return st ? factsOf(st) : null;
}

/**
 * For a handle no curl_exec in this function sends: the request, when `call` is the call that
 * set its URL last (curl_init, curl_setopt or curl_setopt_array).
 */
export function curlUnsentFacts(ev: PhpEvaluator, call: SyntaxNode, env?: Env): PhpRequestFacts | null {
  const f = fnName(call);
  let name: string | null = null;
  if (f === 'curl_init') {
    const assign = call.parent;
    const left = assign?.type === 'assignment_expression' ? field(assign, 'left') : null;
    name = left ? varName(left) : null;
  } else if (f === 'curl_setopt' || f === 'curl_setopt_array') name = handleName(call);
  if (!name) return null;
  const file = ev.project.fileOf(call);
  const scope = varScope(call);
  if (file.callsIn(scope).some((c) => fnName(c) === 'curl_exec' && handleName(c) === name)) return null;
  const st = stateOf(ev, call, name, null, env);
  if (!st || !st.urlNode || st.urlNode.startIndex !== call.startIndex || st.urlNode.endIndex !== call.endIndex) return null;
  return factsOf(st);
}
