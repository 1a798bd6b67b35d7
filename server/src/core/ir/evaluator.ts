import { decide } from '../conditions';
import { tChoices, tDependsOnParams, type TValue } from '../tree-sitter/values';
import { applyEffect, factsOf, type Send } from './effects';
import { own, typeKeys, typeName, type Effect } from './library';
import type { IrProject } from './project';
import type { Arg, Expr, Fn, Span, Stmt } from './types';
import { ClientRegistry } from './registrations';
import { ClassValues } from './class-values';
import { condOf, execStmt, onParam, testParam } from './statements';
import { asStr, concat, lib, literal, merge, UNKNOWN, type Val } from './values';

// The one evaluator of the IR (types.ts) for every language lowered into it: values of
// expressions, statements in order with the branches a call site's arguments settle, project
// functions and methods run with their arguments bound, and sends recorded where they happen.

const MAX_DEPTH = 4;
/** Where a synthetic call (an index, a property read) sits: nowhere a request is reported. */
const NO_SPAN: Span = { start: 0, end: 0 };
/** Function runs per analyzed file: a bound on pathological call graphs, far above real ones. */
const MAX_RUNS = 4000;

export interface Frame {
  env: Map<string, Val>;
  cls?: string;
  fn?: Fn;
  /** Where sends are recorded; null while evaluating a field's value. */
  sends: Send[] | null;
  depth: number;
  stack: string[];
  returns: Val[];
}

export class IrEvaluator {
  /** Helpers (fn keys) whose requests were expanded at a call site. */
  readonly usedHelpers = new Set<string>();
  private readonly ownSitesMemo = new Map<string, Set<string>>();
  private runs = 0;

  readonly registry: ClientRegistry | null;
  readonly classes = new ClassValues(this);
  /** How deep project calls are followed (class values evaluate fields just short of it). */
  readonly maxDepth = MAX_DEPTH;

  constructor(readonly project: IrProject) {
    this.registry = project.table.registrations ? new ClientRegistry(this, project.table.registrations) : null;
  }


  get table() {
    return this.project.table;
  }

  /** A function's sends and return value, its parameters bound to `args` (null: to themselves, as holes). */
  run(fn: Fn, args: Val[] | null, self: Val | undefined, depth: number, stack: string[]): { sends: Send[]; ret: Val } {
    this.runs++;
    const env = new Map<string, Val>();
    fn.params.forEach((p, index) => {
      const bound = args?.[index];
      const ref = { fn: fn.key, index, name: p.name, path: [] };
      const typedLib = this.classes.injected(p.type, fn.owner);
      const typed: Val = !args && typedLib.kind === 'lib' ? { ...typedLib, st: { ...typedLib.st, param: ref } } : typedLib;
      const setting = this.classes.settingOf(p.annotations);
      const hole: Val = setting ?? (args ? { kind: 'unknown', name: p.name } : { kind: 'unknown', param: { fn: fn.key, index, name: p.name, path: [] } });
      env.set(p.name, bound && bound.kind !== 'unknown' ? bound : bound && tDependsOnParams(bound as TValue) ? bound : typed.kind !== 'unknown' ? typed : bound ?? hole);
    });
    if (fn.self && self) env.set(fn.self, self);
    const fr: Frame = { env, cls: self?.kind === 'inst' ? self.cls : fn.owner, fn, sends: [], depth, stack: [...stack, fn.key], returns: [] };
    this.stmts(fn.body, fr);
    const ret = fr.returns.reduce<Val | null>((a, b) => (a ? merge(a, b) : b), null) ?? UNKNOWN;
    // A function that returns the request it built (`newRequest(method, path)`, `buildCall(path, "GET")`)
    // decides the endpoint where it is called (see invoke).
    // A request it builds whole (its endpoint decided here) is the business of whoever sends it.
    if (ret.kind === 'lib' && ret.st.url && !ret.st.sent && !ret.st.builtAt) {
      const built: Send = { at: fn.at, nameAt: fn.at, facts: factsOf(ret.st) };
      if (args || (built.facts.dependsOnParams && this.isOpen(built))) fr.sends?.push(built);
    }
    // A request a helper built here and this function returns unsent: reported where it was
    // built when its endpoint is decided here, else this function is a builder too.
    const b = ret.kind === 'lib' && !ret.st.sent ? ret.st.builtAt : undefined;
    if (b && ret.kind === 'lib' && b.at.start >= fn.at.start && b.at.end <= fn.at.end) {
      const facts = factsOf(ret.st);
      // Decided in the function's own run (parameters as holes); a run with bound arguments keeps that shape.
      const decided = args ? !this.ownSites(fn, this.isOpen).has(siteKey(fn.at)) : !(facts.dependsOnParams && this.isOpen({ at: b.at, nameAt: b.nameAt, facts }));
      if (!decided) fr.sends?.push({ at: fn.at, nameAt: fn.at, facts });
      else if (!args) fr.sends?.push({ at: b.at, nameAt: b.nameAt, facts, helper: b.helper });
      return { sends: fr.sends ?? [], ret: decided ? { ...ret, st: { ...ret.st, sent: true } } : { ...ret, st: { ...ret.st, builtAt: undefined } } };
    }
    return { sends: fr.sends ?? [], ret };
  }

  /** Sites inside a function whose request still depends on its parameters: each call of it reports them. */
  ownSites(fn: Fn, isOpen: (s: Send) => boolean): Set<string> {
    let hit = this.ownSitesMemo.get(fn.key);
    if (hit) return hit;
    this.ownSitesMemo.set(fn.key, (hit = new Set()));
    const self: Val | undefined = fn.owner ? { kind: 'inst', cls: fn.owner } : undefined;
    for (const s of this.run(fn, null, self, 1, []).sends) if (isOpen(s)) hit.add(siteKey(s.at));
    return hit;
  }

  /** Set by the analysis: which sends make a function a helper. */
  isOpen: (s: Send) => boolean = () => false;

  stmts(body: readonly Stmt[], fr: Frame): void {
    for (const s of body) execStmt(this, s, fr);
  }

  expr(e: Expr, fr: Frame): Val {
    switch (e.k) {
      case 'str': return { kind: 'str', parts: e.parts.flatMap((p) => {
        if (typeof p === 'string') return [p];
        const v = concat(this.expr(p, fr));
        return v.kind === 'str' ? v.parts : [{ hole: true as const }];
      }) };
      case 'name': return this.name(e.name, fr);
      case 'this': return fr.cls ? { kind: 'inst', cls: fr.cls } : UNKNOWN;
      case 'member': return this.member(e, fr);
      case 'index': {
        const o = this.expr(e.obj, fr);
        const indexer = o.kind === 'lib' ? own(own(this.table.methods, o.tag), '[]') : undefined;
        if (indexer) return this.apply(indexer, o, { k: 'call', callee: e.obj, args: [{ value: e.key }], at: NO_SPAN, nameAt: NO_SPAN }, fr);
        if (o.kind !== 'obj' && o.kind !== 'arr') return UNKNOWN;
        const key = literal(this.expr(e.key, fr));
        if (o.kind === 'obj' && key !== null) return o.props.get(key)?.() ?? UNKNOWN;
        return tChoices(o.kind === 'obj' ? [...o.props.values()].map((f) => f()) : o.items);
      }
      case 'call': return this.call(e, fr);
      case 'new': return this.construct(e, fr);
      case 'concat': return concat(...e.items.map((i) => this.expr(i, fr)));
      case 'cond': {
        const d = decide(condOf(this, e.test, fr));
        return d === true ? this.expr(e.then, fr) : d === false ? this.expr(e.else, fr) : onParam(merge(this.expr(e.then, fr), this.expr(e.else, fr)), testParam(this, e.test, fr));
      }
      case 'list': return { kind: 'arr', items: e.items.map((i) => asStr(this.expr(i, fr))) };
      case 'map': {
        const props = new Map<string, () => TValue>();
        for (const [k, v] of e.entries) {
          const key = literal(this.expr(k, fr));
          if (key !== null) { const val = asStr(this.expr(v, fr)); props.set(key, () => val); }
        }
        return { kind: 'obj', props };
      }
      case 'fn':
        // A lambda runs where it is written, as far as sends are concerned (callbacks, futures).
        this.stmts(e.fn.body, { ...fr, env: new Map(fr.env), returns: [] });
        return UNKNOWN;
      default: return UNKNOWN;
    }
  }

  /** A dotted name made of plain names (`http.MethodPost`, `HttpMethod.Post`), when none of it is a local. */
  qualified(e: Expr, fr: Frame): string | null {
    if (e.k === 'name') return fr.env.has(e.name) || (fr.cls && this.implicitField(fr, e.name)) ? null : e.name;
    if (e.k === 'member') {
      const q = this.qualified(e.obj, fr);
      return q ? `${q}.${e.name}` : null;
    }
    return null;
  }

  private name(n: string, fr: Frame): Val {
    const local = fr.env.get(n);
    if (local) return local;
    if (fr.cls && this.implicitField(fr, n)) return this.project.field(fr.cls, n) ? this.classes.fieldValue(fr.cls, n) : this.classes.inheritedValue(fr.cls, n);
    const g = this.project.globals.get(n);
    if (g) return g.value ? this.expr(g.value, { ...fr, env: new Map(), sends: null }) : this.classes.typed(g.type);
    if (this.project.classes.has(n)) return { kind: 'classref', cls: n };
    for (const cls of [...(this.project.statics.get(n) ?? []), ...(this.project.statics.get('*') ?? [])]) {
      if (this.project.field(cls, n)) return this.classes.fieldValue(cls, n);
    }
    const c = own(this.table.consts, n);
    if (c !== undefined) return { kind: 'str', parts: [c] };
    const l = own(this.table.values, n);
    return l ? lib(l) : UNKNOWN;
  }


  implicitField(fr: Frame, n: string): boolean {
    return this.table.implicitThis && !!fr.cls && (!!this.project.field(fr.cls, n) || !!this.classes.inherited(fr.cls, n));
  }



  private member(e: Extract<Expr, { k: 'member' }>, fr: Frame): Val {
    const q = this.qualified(e, fr);
    if (q) {
      const c = own(this.table.consts, q) ?? own(this.table.consts, q.split('.').slice(-2).join('.'));
      if (c !== undefined) return { kind: 'str', parts: [c] };
      const l = own(this.table.values, q);
      if (l) return lib(l);
    }
    const o = this.expr(e.obj, fr);
    if (own(this.table.urlFields, e.name) === 'self' && o.kind === 'str') return o;
    if (o.kind === 'inst' && o.unwrap === e.name) return { kind: 'inst', cls: o.cls };
    if (o.kind === 'lib') {
      const read = own(own(this.table.methods, o.tag), `.${e.name}`);
      return read ? this.apply(read, o, { k: 'call', callee: e, args: [], at: NO_SPAN, nameAt: NO_SPAN }, fr) : UNKNOWN;
    }
    if (o.kind === 'inst' && o.fields && Object.hasOwn(o.fields, e.name)) return o.fields[e.name];
    if (o.kind === 'inst' || o.kind === 'classref') {
      if (this.project.field(o.cls, e.name)) return this.classes.fieldValue(o.cls, e.name);
      if (this.classes.inherited(o.cls, e.name)) return this.classes.inheritedValue(o.cls, e.name);
      if (this.project.method(o.cls, e.name)) return { kind: 'fnref', name: e.name, cls: o.cls, recv: o };
      if (o.kind === 'classref' && this.project.classes.has(e.name)) return { kind: 'classref', cls: e.name };
    }
    // Go: `config.BaseURL` with `config` an imported package: its exported names are the project's globals.
    if (e.obj.k === 'name' && !fr.env.has(e.obj.name) && this.project.globals.has(e.name)) return this.name(e.name, { ...fr, env: new Map() });
    return UNKNOWN;
  }









  private call(e: Extract<Expr, { k: 'call' }>, fr: Frame): Val {
    const v = this.callKnown(e, fr);
    // A callee we do not know still runs the callbacks it is given (`runAsync(() -> client.send(…))`).
    if (v === UNKNOWN) for (const a of e.args) if (a.value.k === 'fn') this.expr(a.value, fr);
    return v;
  }

  private callKnown(e: Extract<Expr, { k: 'call' }>, fr: Frame): Val {
    const c = e.callee;
    if (c.k === 'member') {
      const q = this.qualified(c, fr);
      const eff = q ? (own(this.table.calls, q) ?? own(this.table.calls, q.split('.').slice(-2).join('.'))) : undefined;
      if (eff) return this.apply(eff, undefined, e, fr);
      const recv = this.expr(c.obj, fr);
      const registered = this.registry?.onCall(e, c.name, recv, fr);
      if (registered) return registered;
      if (recv.kind === 'lib') {
        const first = e.args.find((a) => !a.name);
        const fetched = this.registry?.fetched(recv.tag, c.name, first ? this.expr(first.value, fr) : undefined);
        if (fetched) return fetched;
        const m = own(own(this.table.methods, recv.tag), c.name);
        if (m) return this.apply(m, recv, e, fr);
        return this.table.fluent.includes(recv.tag) ? recv : UNKNOWN;
      }
      // Go: `common.RetrieveData(…)` with `common` an imported package of the project.
      if (c.obj.k === 'name' && this.project.aliases.has(c.obj.name) && !fr.env.has(c.obj.name)) {
        const fn = this.project.functions.get(c.name);
        if (fn) return this.invoke(fn, e, fr, undefined);
      }
      if (recv.kind === 'inst' || recv.kind === 'classref') {
        const fn = this.project.method(recv.cls, c.name);
        return fn ? this.invoke(fn, e, fr, recv.kind === 'inst' ? recv : undefined) : UNKNOWN;
      }
      const sm = own(own(this.table.methods, '$str'), c.name);
      if (sm && (recv.kind === 'str' || recv.kind === 'unknown')) return this.apply(sm, recv, e, fr);
      return UNKNOWN;
    }
    if (c.k === 'name') {
      const local = fr.env.get(c.name);
      if (local?.kind === 'fnref' && local.cls) {
        const fn = this.project.method(local.cls, local.name);
        return fn ? this.invoke(fn, e, fr, local.recv) : UNKNOWN;
      }
      const method = fr.cls && this.table.implicitThis ? this.project.method(fr.cls, c.name) : undefined;
      if (method) return this.invoke(method, e, fr, { kind: 'inst', cls: fr.cls as string });
      const fn = this.project.functions.get(c.name);
      if (fn) return this.invoke(fn, e, fr, undefined);
      const eff = own(this.table.calls, c.name);
      if (eff) return this.apply(eff, undefined, e, fr);
    }
    return UNKNOWN;
  }

  private construct(e: Extract<Expr, { k: 'new' }>, fr: Frame): Val {
    for (const k of typeKeys(typeName(e.type) ?? e.type)) {
      const eff = own(this.table.ctors, k);
      if (eff) return this.apply(eff, undefined, e, fr);
    }
    const last = (typeName(e.type) ?? e.type).split('.').pop() as string;
    if (!this.project.classes.has(last)) return UNKNOWN;
    if (this.classes.capture) {
      for (const a of e.init) {
        if (!a.name) continue;
        const k = `${this.project.field(last, a.name)?.cls.name ?? last}.${a.name}`;
        this.classes.capture.set(k, [...(this.classes.capture.get(k) ?? []), this.expr(a.value, fr)]);
      }
    }
    return { kind: 'inst', cls: last };
  }

  private apply(eff: Effect, recv: Val | undefined, e: Extract<Expr, { k: 'call' | 'new' }>, fr: Frame): Val {
    return applyEffect(eff, recv, e, fr, (x) => this.expr(x, fr), { props: this.table.props, settings: this.project.settings, lambda: (fn, args) => this.lambdaValue(fn, args, fr) });
  }

  /** What a lambda written here returns, its parameters bound to `args`. */
  private lambdaValue(fn: Fn, args: Val[], fr: Frame): Val {
    const env = new Map(fr.env);
    fn.params.forEach((p, i) => env.set(p.name, args[i] ?? UNKNOWN));
    const inner: Frame = { ...fr, env, returns: [] };
    this.stmts(fn.body, inner);
    return inner.returns.reduce<Val | null>((a, b) => (a ? merge(a, b) : b), null) ?? UNKNOWN;
  }

  /** A project function called here: its return value, and its parameter-dependent requests reported at this call. */
  private invoke(fn: Fn, e: Extract<Expr, { k: 'call' }>, fr: Frame, self: Val | undefined): Val {
    // A getter (`getUrl() { return url; }`) reads a field: it does not count as a level of calls.
    const getter = !fn.params.length && fn.body.length === 1 && fn.body[0].k === 'return' && !!fn.body[0].e && (fn.body[0].e.k === 'name' || fn.body[0].e.k === 'member');
    if (fr.stack.includes(fn.key) || (fr.depth >= MAX_DEPTH && !getter) || this.runs > MAX_RUNS) return UNKNOWN;
    const args = positional(e.args, fn).map((a) => (a ? this.expr(a, fr) : UNKNOWN));
    const sites = fr.sends ? this.ownSites(fn, this.isOpen) : new Set<string>();
    const r = this.run(fn, args, self, getter ? fr.depth : fr.depth + 1, fr.stack);
    let built = false;
    if (sites.size && fr.sends) {
      for (const s of r.sends) {
        if (!sites.has(siteKey(s.at))) continue;
        this.usedHelpers.add(fn.key);
        // The helper returns the request it built: reported where this function sends it, or returns it.
        if (s.at.start === fn.at.start && s.at.end === fn.at.end) built = true;
        else fr.sends.push({ at: e.at, nameAt: e.nameAt, facts: s.facts, helper: fn.key });
      }
    }
    return built && r.ret.kind === 'lib' ? { ...r.ret, st: { ...r.ret.st, builtAt: { at: e.at, nameAt: e.nameAt, helper: fn.key } } } : r.ret;
  }
}

export function siteKey(at: Span): string {
  return `${at.start}:${at.end}`;
}

/** Arguments in parameter order: positional first, then named ones (C#, Kotlin-style) by name. */
function positional(args: readonly Arg[], fn: Fn): (Expr | undefined)[] {
  const out: (Expr | undefined)[] = args.filter((a) => !a.name).map((a) => a.value);
  for (const a of args) {
    if (!a.name) continue;
    const i = fn.params.findIndex((p) => p.name === a.name);
    if (i >= 0) out[i] = a.value;
  }
  return out;
}
