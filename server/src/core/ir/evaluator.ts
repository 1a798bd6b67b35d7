import { decide, type Cond } from '../conditions';
import { tOperand } from '../tree-sitter/conditions';
import { tChoices, tDependsOnParams, type TParamRef, type TValue } from '../tree-sitter/values';
import { applyEffect, factsOf, type Send } from './effects';
import { own, typeKeys, typeName, type Effect } from './library';
import type { IrProject } from './project';
import type { Annotation, Arg, ClassDecl, Expr, Fn, Span, Stmt, Test } from './types';
import { ClientRegistry } from './registrations';
import { boundSetting, injectedSetting, wrapped } from './setting-values';
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
  private readonly fieldMemo = new Map<string, Val>();
  private runs = 0;

  private readonly registry: ClientRegistry | null;

  constructor(readonly project: IrProject) {
    this.registry = project.table.registrations ? new ClientRegistry(this, project.table.registrations) : null;
  }

  /**
   * A parameter's value from its declared type; a client injected into a class's constructor
   * has the state its registration gave that class (or an interface it implements).
   */
  private injected(type: string | undefined, owner: string | undefined): Val {
    const v = this.typed(type);
    const reg = this.project.table.registrations;
    if (!reg || !owner || v.kind !== 'lib' || v.tag !== reg.tag) return v;
    const st = this.registry?.lookup([owner, ...(this.project.classes.get(owner)?.bases ?? [])]);
    return st ? lib(reg.tag, st) : v;
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
      const typedLib = this.injected(p.type, fn.owner);
      const typed: Val = !args && typedLib.kind === 'lib' ? { ...typedLib, st: { ...typedLib.st, param: ref } } : typedLib;
      const setting = this.settingOf(p.annotations);
      const hole: Val = setting ?? (args ? { kind: 'unknown', name: p.name } : { kind: 'unknown', param: { fn: fn.key, index, name: p.name, path: [] } });
      env.set(p.name, bound && bound.kind !== 'unknown' ? bound : bound && tDependsOnParams(bound as TValue) ? bound : typed.kind !== 'unknown' ? typed : bound ?? hole);
    });
    if (fn.self && self) env.set(fn.self, self);
    const fr: Frame = { env, cls: self?.kind === 'inst' ? self.cls : fn.owner, fn, sends: [], depth, stack: [...stack, fn.key], returns: [] };
    this.stmts(fn.body, fr);
    const ret = fr.returns.reduce<Val | null>((a, b) => (a ? merge(a, b) : b), null) ?? UNKNOWN;
    // A function that returns the request it built (`newRequest(method, path)`, `buildCall(path, "GET")`)
    // decides the endpoint where it is called (see invoke).
    if (ret.kind === 'lib' && ret.st.url && !ret.st.sent && !ret.st.builtAt && (args || factsOf(ret.st).dependsOnParams)) fr.sends?.push({ at: fn.at, nameAt: fn.at, facts: factsOf(ret.st) });
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
    for (const s of body) this.stmt(s, fr);
  }

  private stmt(s: Stmt, fr: Frame): void {
    switch (s.k) {
      case 'var': {
        const values = s.values ?? [];
        s.names.forEach((name, i) => {
          const e = i === 0 ? (s.value ?? values[0]) : values[i];
          const v = e ? this.expr(e, fr) : UNKNOWN;
          fr.env.set(name, v.kind === 'unknown' && s.type ? this.typedOr(s.type, v) : v);
        });
        return;
      }
      case 'assign': {
        const v = this.expr(s.value, fr);
        const t = s.target;
        if (t.k === 'name' && (fr.env.has(t.name) || !this.implicitField(fr, t.name))) fr.env.set(t.name, v);
        else if (t.k === 'member' && t.obj.k === 'name' && fr.env.has(t.obj.name)) {
          const o = fr.env.get(t.obj.name);
          const urlField = own(this.table.urlFields, t.name);
          if (urlField && o && (o.kind === 'str' || o.kind === 'unknown')) {
            if (urlField === 'self') fr.env.set(t.obj.name, v);
            return;
          }
          if (o?.kind === 'inst') fr.env.set(t.obj.name, { ...o, fields: { ...o.fields, [t.name]: v } });
          const slot = o?.kind === 'lib' ? own(own(this.table.props, o.tag), t.name) : undefined;
          if (o?.kind === 'lib' && slot) fr.env.set(t.obj.name, { ...o, st: { ...o.st, [slot]: asStr(v) } });
        }
        return;
      }
      case 'expr': {
        const v = this.expr(s.e, fr);
        const root = chainRoot(s.e);
        const before = root ? fr.env.get(root.name) : undefined;
        // `conn.setRequestMethod("POST")`, `request.AddQueryParameter(…)`: a builder changed in place;
        // `url.append(base).append(path)`: a string builder, likewise.
        if (root && before?.kind === 'lib' && v.kind === 'lib' && v.tag === before.tag && root.depth === 1) fr.env.set(root.name, v);
        else if (root && before && (before.kind === 'str' || before.kind === 'unknown') && v.kind === 'str' && root.methods.every((m) => this.table.mutating.includes(m))) fr.env.set(root.name, v);
        return;
      }
      case 'return': fr.returns.push(s.e ? this.expr(s.e, fr) : UNKNOWN); return;
      case 'block': this.stmts(s.body, fr); return;
      case 'foreach': {
        const over = this.expr(s.over, fr);
        fr.env.set(s.name, over.kind === 'arr' ? tChoices(over.items) : UNKNOWN);
        this.stmts(s.body, fr);
        return;
      }
      case 'if': {
        const d = decide(this.cond(s.test, fr));
        if (d === true) return this.stmts(s.then, fr);
        if (d === false) return this.stmts(s.else, fr);
        const before = new Map(fr.env);
        this.stmts(s.then, fr);
        const afterThen = fr.env;
        fr.env = new Map(before);
        this.stmts(s.else, fr);
        const param = this.testParam(s.test, fr);
        for (const [k, v] of afterThen) fr.env.set(k, fr.env.has(k) ? onParam(merge(v, fr.env.get(k) as Val), param) : v);
        return;
      }
    }
  }

  /** A parameter an undecided test reads (`switch (kind)`): the values it chooses between wait for the caller's argument. */
  private testParam(t: Test, fr: Frame): TParamRef | undefined {
    const exprs: Expr[] = t.k === 'eq' || t.k === 'ne' ? [t.l, t.r] : t.k === 'call' ? [t.subject, t.arg] : t.k === 'truthy' ? [t.e] : [];
    for (const e of exprs) {
      const v = this.expr(e, fr);
      if (v.kind === 'unknown' && v.param) return v.param;
      if (v.kind === 'str') for (const p of v.parts) if (typeof p !== 'string' && p.param) return p.param;
    }
    if (t.k === 'not') return this.testParam(t.t, fr);
    if (t.k === 'and' || t.k === 'or') return this.testParam(t.l, fr) ?? this.testParam(t.r, fr);
    return undefined;
  }

  cond(t: Test, fr: Frame): Cond {
    const o = (e: Expr) => tOperand(asStr(this.expr(e, fr)));
    switch (t.k) {
      case 'eq': case 'ne': return { op: t.k, left: o(t.l), right: o(t.r) };
      case 'call': return { op: t.what, subject: o(t.subject), needle: o(t.arg) };
      case 'truthy': return { op: 'truthy', value: o(t.e) };
      case 'not': return { op: 'not', arg: this.cond(t.t, fr) };
      case 'and': case 'or': return { op: t.k, left: this.cond(t.l, fr), right: this.cond(t.r, fr) };
      default: return { op: 'unknown' };
    }
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
        const d = decide(this.cond(e.test, fr));
        return d === true ? this.expr(e.then, fr) : d === false ? this.expr(e.else, fr) : onParam(merge(this.expr(e.then, fr), this.expr(e.else, fr)), this.testParam(e.test, fr));
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
    if (fr.cls && this.implicitField(fr, n)) return this.project.field(fr.cls, n) ? this.fieldValue(fr.cls, n) : this.inheritedValue(fr.cls, n);
    const g = this.project.globals.get(n);
    if (g) return g.value ? this.expr(g.value, { ...fr, env: new Map(), sends: null }) : this.typed(g.type);
    if (this.project.classes.has(n)) return { kind: 'classref', cls: n };
    for (const cls of [...(this.project.statics.get(n) ?? []), ...(this.project.statics.get('*') ?? [])]) {
      if (this.project.field(cls, n)) return this.fieldValue(cls, n);
    }
    const c = own(this.table.consts, n);
    if (c !== undefined) return { kind: 'str', parts: [c] };
    const l = own(this.table.values, n);
    return l ? lib(l) : UNKNOWN;
  }

  private settingOf(annotations: readonly Annotation[] | undefined): Val | null {
    return annotations?.length ? injectedSetting(this.project, annotations) : null;
  }

  private implicitField(fr: Frame, n: string): boolean {
    return this.table.implicitThis && !!fr.cls && (!!this.project.field(fr.cls, n) || !!this.inherited(fr.cls, n));
  }

  /** A member a framework base class (not the project's) gives the class, with the class that extends that base. */
  private inherited(cls: string, name: string, seen = new Set<string>()): { spec: { tag: string } | { ctorArg: number }; sub: string } | null {
    const c = this.project.classes.get(cls);
    if (!c || seen.has(cls)) return null;
    seen.add(cls);
    for (const b of c.bases) {
      const spec = own(own(this.table.inherits, b), name);
      if (spec && !this.project.classes.has(b)) return { spec, sub: cls };
      const deeper = this.inherited(b, name, seen);
      if (deeper) return deeper;
    }
    return null;
  }

  private inheritedValue(cls: string, name: string): Val {
    const hit = this.inherited(cls, name);
    if (!hit) return UNKNOWN;
    if ('tag' in hit.spec) return lib(hit.spec.tag, { unseen: true });
    const i = hit.spec.ctorArg;
    const ctors = this.project.classes.get(hit.sub)?.methods.filter((m) => m.isCtor && m.baseArgs) ?? [];
    const values = ctors.map((m) => m.baseArgs?.filter((a) => !a.name)[i]).filter((a): a is Arg => !!a)
      .map((a) => this.expr(a.value, { env: new Map(), cls: hit.sub, sends: null, depth: MAX_DEPTH, stack: [], returns: [] }));
    return values.length ? values.reduce((a, b) => merge(a, b)) : UNKNOWN;
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
      if (this.project.field(o.cls, e.name)) return this.fieldValue(o.cls, e.name);
      if (this.inherited(o.cls, e.name)) return this.inheritedValue(o.cls, e.name);
      if (this.project.method(o.cls, e.name)) return { kind: 'fnref', name: e.name, cls: o.cls, recv: o };
      if (o.kind === 'classref' && this.project.classes.has(e.name)) return { kind: 'classref', cls: e.name };
    }
    // Go: `config.BaseURL` with `config` an imported package: its exported names are the project's globals.
    if (e.obj.k === 'name' && !fr.env.has(e.obj.name) && this.project.globals.has(e.name)) return this.name(e.name, { ...fr, env: new Map() });
    return UNKNOWN;
  }

  /** What a field holds: its initializer, the values its class's methods assign, Go's struct literals; or what its type says. */
  fieldValue(cls: string, name: string): Val {
    const f = this.project.field(cls, name);
    if (!f) return UNKNOWN;
    const key = `${f.cls.name}.${name}`;
    const hit = this.fieldMemo.get(key);
    if (hit) return hit;
    this.fieldMemo.set(key, UNKNOWN);
    const at = (fn?: Fn): Frame => ({
      env: new Map((fn?.params ?? []).map((p) => {
        const typed = this.injected(p.type, fn?.owner ?? f.cls.name);
        return [p.name, this.settingOf(p.annotations) ?? (typed.kind === 'unknown' ? { kind: 'unknown', name: `${f.cls.name}.${name}` } : typed)];
      })),
      cls: f.cls.name, fn, sends: null, depth: MAX_DEPTH, stack: [], returns: [],
    });
    const values: Val[] = [];
    const setting = this.settingOf(f.cls.fields.find((x) => x.name === name)?.annotations) ?? boundSetting(this.project, f.cls, name);
    if (setting) values.push(setting);
    // A configuration file's value overrides the default the class declares.
    if (f.init && !(setting && setting.kind !== 'unknown')) values.push(this.expr(f.init, at()));
    for (const a of this.project.fieldAssignments(f.cls, name)) values.push(this.expr(a.value, at(a.fn)));
    for (const fn of this.project.literalFields.get(f.cls.name)?.get(name) ?? []) values.push(...(this.literalsIn(fn).get(key) ?? []));
    const known = values.filter((v) => v.kind !== 'unknown' || v.name);
    let v: Val = known.length ? known.reduce((a, b) => merge(a, b)) : this.typedOr(f.type, { kind: 'unknown', name: key });
    if (v.kind === 'unknown' && !v.name) v = this.typedOr(f.type, { kind: 'unknown', name: key });
    if (v.kind === 'lib') v = this.withProps(v, f.cls, name, at);
    this.fieldMemo.set(key, v);
    return v;
  }

  /**
   * The values a function gives struct fields in its composite literals (`&Client{baseURL: u}`),
   * evaluated in the function's own run, so locals it computed first (`u, _ := url.Parse(…)`) count.
   */
  private literalsIn(fn: Fn): Map<string, Val[]> {
    let hit = this.literalMemo.get(fn.key);
    if (hit) return hit;
    this.literalMemo.set(fn.key, (hit = new Map()));
    const outer = this.capture;
    this.capture = hit;
    try {
      this.run(fn, fn.params.map((p) => ({ kind: 'unknown', name: p.name })), fn.owner ? { kind: 'inst', cls: fn.owner } : undefined, MAX_DEPTH - 1, []);
    } finally {
      this.capture = outer;
    }
    return hit;
  }

  private readonly literalMemo = new Map<string, Map<string, Val[]>>();
  private capture: Map<string, Val[]> | null = null;

  /** `this.client.BaseAddress = …` in the class's methods: state of the library object a field holds. */
  private withProps(v: Extract<Val, { kind: 'lib' }>, cls: ClassDecl, name: string, at: (fn?: Fn) => Frame): Val {
    const props = own(this.table.props, v.tag);
    if (!props) return v;
    let st = v.st;
    for (const fn of cls.methods) {
      for (const s of fn.body.flatMap(function flat(x): Stmt[] { return x.k === 'block' || x.k === 'foreach' ? [x, ...x.body.flatMap(flat)] : x.k === 'if' ? [x, ...x.then.flatMap(flat), ...x.else.flatMap(flat)] : [x]; })) {
        if (s.k !== 'assign' || s.target.k !== 'member') continue;
        const o = s.target.obj;
        const onField = (o.k === 'name' && o.name === name) || (o.k === 'member' && o.name === name && (o.obj.k === 'this' || (o.obj.k === 'name' && o.obj.name === fn.self)));
        const slot = own(props, s.target.name);
        if (onField && slot) st = { ...st, [slot]: asStr(this.expr(s.value, at(fn))) };
      }
    }
    return { ...v, st };
  }

  typed(type: string | undefined): Val {
    const w = wrapped(this.project, type);
    if (w) return w;
    const t = typeName(type);
    if (!t) return UNKNOWN;
    for (const k of typeKeys(t)) {
      const tag = own(this.table.types, k);
      if (tag) return this.provided(t) ?? lib(tag, { unseen: true });
    }
    const last = t.split('.').pop() as string;
    const c = this.project.classes.get(last);
    if (!c) return UNKNOWN;
    return (c.isInterface && this.libraryLike(c)) || { kind: 'inst', cls: last };
  }

  /**
   * A project interface a library client satisfies (`type HTTPClient interface { Do(*http.Request) … }`):
   * a value of it is that library's client, when every method is the library's and one takes its request.
   */
  private libraryLike(c: ClassDecl): Val | null {
    if (!c.methods.length || c.methods.some((m) => m.body.length)) return null;
    const takesLibrary = c.methods.some((m) => m.params.some((p) => {
      const t = typeName(p.type);
      return !!t && typeKeys(t).some((k) => own(this.table.types, k));
    }));
    if (!takesLibrary) return null;
    for (const [tag, methods] of Object.entries(this.table.methods)) {
      if (tag !== '$str' && c.methods.every((m) => own(methods, m.name))) return lib(tag, { unseen: true });
    }
    return null;
  }

  /**
   * An injected value of a library type that one project method provides (`@Bean WebClient
   * klaviyoWebClient() { return WebClient.builder().baseUrl(…).build(); }`): what it returns.
   */
  private provided(type: string): Val | null {
    if (!this.table.providers.length) return null;
    const key = `provider:${type}`;
    if (this.fieldMemo.has(key)) return this.fieldMemo.get(key)?.kind === 'lib' ? (this.fieldMemo.get(key) as Val) : null;
    this.fieldMemo.set(key, UNKNOWN);
    const fns = [...this.project.classes.values()].flatMap((c) => c.methods)
      .filter((m) => m.annotations.some((a) => this.table.providers.includes(a.name)) && typeName(m.returns) === type);
    const v = fns.length === 1 ? this.run(fns[0], fns[0].params.map(() => UNKNOWN), fns[0].owner ? { kind: 'inst', cls: fns[0].owner } : undefined, MAX_DEPTH - 1, []).ret : UNKNOWN;
    this.fieldMemo.set(key, v);
    return v.kind === 'lib' ? v : null;
  }

  private typedOr(type: string | undefined, fallback: Val): Val {
    const t = this.typed(type);
    return t.kind === 'unknown' ? fallback : t;
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
    if (this.capture) {
      for (const a of e.init) {
        if (!a.name) continue;
        const k = `${this.project.field(last, a.name)?.cls.name ?? last}.${a.name}`;
        this.capture.set(k, [...(this.capture.get(k) ?? []), this.expr(a.value, fr)]);
      }
    }
    return { kind: 'inst', cls: last };
  }

  private apply(eff: Effect, recv: Val | undefined, e: Extract<Expr, { k: 'call' | 'new' }>, fr: Frame): Val {
    return applyEffect(eff, recv, e, fr, (x) => this.expr(x, fr), { props: this.table.props, settings: this.project.settings });
  }

  /** A project function called here: its return value, and its parameter-dependent requests reported at this call. */
  private invoke(fn: Fn, e: Extract<Expr, { k: 'call' }>, fr: Frame, self: Val | undefined): Val {
    if (fr.stack.includes(fn.key) || fr.depth >= MAX_DEPTH || this.runs > MAX_RUNS) return UNKNOWN;
    const args = positional(e.args, fn).map((a) => (a ? this.expr(a, fr) : UNKNOWN));
    const sites = fr.sends ? this.ownSites(fn, this.isOpen) : new Set<string>();
    const r = this.run(fn, args, self, fr.depth + 1, fr.stack);
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

/** Alternatives chosen by a parameter's value depend on that parameter (and so wait for its callers). */
function onParam(v: Val, param: TParamRef | undefined): Val {
  if (!param || v.kind !== 'str') return v;
  return { kind: 'str', parts: v.parts.map((p) => (typeof p !== 'string' && p.alt && !p.param ? { ...p, param } : p)) };
}

/** The local a call chain starts from (`url.append(a).append(b)`: `url`), with the methods along it. */
function chainRoot(e: Expr): { name: string; methods: string[]; depth: number } | null {
  const methods: string[] = [];
  let x = e;
  while (x.k === 'call' && x.callee.k === 'member') {
    methods.unshift(x.callee.name);
    x = x.callee.obj;
  }
  return x.k === 'name' && methods.length ? { name: x.name, methods, depth: methods.length } : null;
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
