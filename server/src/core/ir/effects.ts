import type { ExpandedRequest } from '../helper-calls';
import { tDependsOnParams, tIncludeValues, tParts, tUrl, type TStrPart, type TValue } from '../tree-sitter/values';
import type { Frame } from './evaluator';
import { own, type Effect, type LibraryTable, type Src } from './library';
import type { Settings } from './settings';
import type { Expr, Fn, Span } from './types';
import { asStr, concat, joinSegments, joinUrl, lib, literal, merge, TEMPLATE_BASE, templateHoles, UNKNOWN, type LibState, type Val } from './values';

// What one library-table effect does at a call: builds a string, makes or updates a library
// object's state (base URL, URL, method, include), or sends it, recording the request.

export interface Send {
  /** The call that sends, or the helper's call site it is reported at. */
  at: Span;
  nameAt: Span;
  facts: ExpandedRequest;
  /** The helper (fn key) whose request this call site's arguments complete. */
  helper?: string;
  /** The helper (fn key) that built the request this call sends. */
  built?: string;
  /** A declarative client's method (declarative.ts): no call expression sends it. */
  declared?: boolean;
}

type CallLike = Extract<Expr, { k: 'call' | 'new' }>;

/** What an effect reads beyond the call: the table's settable properties by tag (an initializer sets what an assignment would), and the project's settings. */
export interface EffectEnv {
  props: LibraryTable['props'];
  settings: Settings;
  /** What a lambda argument returns, its parameters bound in order (`uri(b -> b.path("/lists").build())`). */
  lambda(fn: Fn, args: Val[]): Val;
}

export function applyEffect(eff: Effect, recv: Val | undefined, e: CallLike, fr: Frame, ev: (x: Expr) => Val, env: EffectEnv): Val {
  const { props } = env;
  const positional = e.args.filter((a) => !a.name);
  const read = (src: Src): Val | undefined => {
    if ('lit' in src) return { kind: 'str', parts: [src.lit] };
    if ('self' in src) return recv && recv.kind !== 'lib' ? recv : undefined;
    if ('arg' in src) {
      const a = positional[src.arg]?.value;
      // A URI function (Spring's `uriBuilder -> uriBuilder.path(…).build()`): what it builds from an empty URI.
      if (a?.k === 'fn') return env.lambda(a.fn, [{ kind: 'str', parts: [''] }]);
      return a ? ev(a) : src.or !== undefined ? { kind: 'str', parts: [src.or] } : undefined;
    }
    const list = 'named' in src ? e.args : e.k === 'new' ? e.init : [];
    const name = 'named' in src ? src.named : src.init;
    const hit = list.find((a) => a.name === name);
    return hit ? ev(hit.value) : undefined;
  };
  if (eff.str === 'setting') return settingAt(env.settings, [recv?.kind === 'lib' ? recv.st.section : undefined, positional[0] ? literal(ev(positional[0].value)) : undefined]);
  if (eff.str) return stringEffect(eff, recv, positional.map((a) => ev(a.value)));
  const taken = eff.take !== undefined && positional[eff.take] ? ev(positional[eff.take].value) : recv;
  // One of several requests (a builder chosen by a branch): the effect applies to each, and a send sends each.
  if (taken?.kind === 'lib' && taken.st.alts) {
    const results = taken.st.alts.map((alt) => applyEffect(eff.take !== undefined ? { ...eff, take: undefined } : eff, { ...taken, st: alt }, e, fr, ev, env));
    return results.reduce((a, b) => merge(a, b));
  }
  const st: LibState = taken?.kind === 'lib' ? { ...taken.st, include: [...taken.st.include] } : { include: [], unseen: false };
  const set = (slot: 'base' | 'url' | 'method', src: Src | undefined): void => {
    const v = src && read(src);
    if (v) st[slot] = asStr(v);
  };
  set('base', eff.base);
  set('url', eff.url);
  set('method', eff.method);
  if (eff.section) {
    const v = literal(read(eff.section));
    st.section = v === null ? undefined : st.section ? `${st.section}:${v}` : v;
  }
  if (e.k === 'new' && eff.tag) {
    // Initializer properties the table knows (`new HttpRequestMessage { Method = …, RequestUri = … }`).
    for (const [prop, slot] of Object.entries(own(props, eff.tag) ?? {})) set(slot, { init: prop });
  }
  if (eff.query) {
    const [n, v] = eff.query;
    if (positional[n] && positional[v] && literal(ev(positional[n].value)) === 'include') st.include.push(...tIncludeValues(asStr(ev(positional[v].value))));
  }
  if (eff.sendArg !== undefined) {
    const req = positional[eff.sendArg] ? ev(positional[eff.sendArg].value) : undefined;
    if (req?.kind === 'lib') {
      for (const r of req.st.alts ?? [req.st]) {
        record(fr, e, { ...r, base: r.base ?? st.base, method: eff.method ? st.method : (r.method ?? st.method), unseen: st.unseen || r.unseen, include: [...st.include, ...r.include] }, !!req.st.alts);
      }
    }
    return UNKNOWN;
  }
  if (eff.send) {
    record(fr, e, st);
    return UNKNOWN;
  }
  return lib(eff.tag ?? (recv?.kind === 'lib' ? recv.tag : 'object'), st);
}

/** `alternative`: one of several requests the site may send (a likely finding each). */
function record(fr: Frame, e: CallLike, st: LibState, alternative = false): void {
  // A request a helper built and its call site already reported is not reported again where it is sent.
  if (!fr.sends || st.sent) return;
  if (st.alts) {
    for (const alt of st.alts) record(fr, e, alt, true);
    return;
  }
  // A method that is one of several (`method = GET; switch kind { case "update": method = PATCH }`): one send each.
  const methods = st.method?.kind === 'str' && st.method.parts.length === 1 && typeof st.method.parts[0] === 'object' ? st.method.parts[0].alt : undefined;
  for (const m of methods ?? [null]) {
    const facts = factsOf(m === null ? st : { ...st, method: { kind: 'str', parts: [m] } });
    fr.sends.push({ at: e.at, nameAt: e.nameAt, facts: m === null && !alternative ? facts : { ...facts, alternative: true } });
  }
}

/** A configuration key's value (`section:key`), or a hole named for the key, which says what it holds. */
export function settingAt(settings: Settings, parts: (string | null | undefined)[]): Val {
  if (parts.some((p) => p === null)) return UNKNOWN;
  const key = parts.filter((p): p is string => !!p).join(':');
  if (!key) return UNKNOWN;
  return settings.get(key) ?? { kind: 'unknown', name: key };
}

/** The request a library object's state would send. */
export function factsOf(st: LibState): ExpandedRequest {
  let url = templateHoles(joinUrl(st.base, st.url));
  const head = url.kind === 'str' ? url.parts[0] : undefined;
  const templateBase = typeof head === 'object' && head.name === TEMPLATE_BASE;
  if (templateBase && url.kind === 'str') url = { kind: 'str', parts: url.parts.slice(1) };
  const method = literal(st.method);
  return {
    method: method ? method.toUpperCase() : null,
    url: tUrl(url) ?? [{ hole: true }],
    include: st.include, beta: false, keyEnv: null,
    baseUnseen: templateBase || (st.unseen && !st.base),
    dependsOnParams: tDependsOnParams(url) || tDependsOnParams(st.method) || !!st.param,
  };
}

/** `fmt.Sprintf("%s/profiles/%s", base, id)`, `String.format`, `string.Format("{0}…")`, URL joins, and functions that return their argument. */
function stringEffect(eff: Effect, recv: Val | undefined, all: Val[]): Val {
  const args = all.slice(eff.from ?? 0);
  const self = recv && recv.kind !== 'lib' ? [recv] : [];
  switch (eff.str) {
    case 'same': return self[0] ?? args[0] ?? UNKNOWN;
    case 'concat': return concat(...self, ...args);
    case 'join': return [...self, ...args].reduce<TValue | undefined>((a, b) => joinSegments(a, asStr(b)), undefined) ?? UNKNOWN;
    case 'env': {
      const name = literal(args[0]);
      return name ? { kind: 'env', name } : UNKNOWN;
    }
    case 'query':
      // `strings.Join(params, "&")` ends up after a path (`…/flow-messages/%s`): it is the query, not an id.
      return literal(args[1]) === '&' ? { kind: 'str', parts: ['?', { hole: true }] } : UNKNOWN;
    case 'sprintf': case 'jformat': return formatted([...self, ...args][0], [...self, ...args].slice(1), /%(?:\[\d+\])?[-+# 0]*\d*(?:\.\d+)?([a-zA-Z%])/g);
    case 'csformat': return formatted([...self, ...args][0], [...self, ...args].slice(1), /\{(\d+)(?:[,:][^}]*)?\}/g);
    default: return UNKNOWN;
  }
}

function formatted(fmt: Val | undefined, args: Val[], verb: RegExp): Val {
  const text = literal(fmt);
  if (text === null) return UNKNOWN;
  const parts: TStrPart[] = [];
  let last = 0;
  let next = 0;
  for (const m of text.matchAll(verb)) {
    parts.push(text.slice(last, m.index));
    last = (m.index ?? 0) + m[0].length;
    if (m[1] === '%') { parts.push('%'); continue; }
    const i = /^\d+$/.test(m[1]) ? Number(m[1]) : next++;
    parts.push(...(tParts(asStr(args[i])) ?? [{ hole: true }]));
  }
  parts.push(text.slice(last));
  return concat({ kind: 'str', parts });
}
