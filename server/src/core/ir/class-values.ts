import { typeKeys, typeName, own } from './library';
import type { Frame, IrEvaluator } from './evaluator';
import { boundSetting, injectedSetting, wrapped } from './setting-values';
import type { Annotation, Arg, ClassDecl, Fn, Stmt } from './types';
import { asStr, lib, merge, UNKNOWN, type Val } from './values';

// What the evaluator knows of a project's classes and declared types: the value a field holds
// (initializer, assignments in the class's methods, Go struct literals, injected settings), the
// members a framework base class gives, and the value a declared type stands for (a library
// object, an instance, an injected client as its registration or @Bean provider made it).

export class ClassValues {
  constructor(private readonly ev: IrEvaluator) {}

  private readonly fieldMemo = new Map<string, Val>();

  /**
   * A parameter's value from its declared type; a client injected into a class's constructor
   * has the state its registration gave that class (or an interface it implements).
   */
  injected(type: string | undefined, owner: string | undefined): Val {
    const v = this.typed(type);
    const reg = this.ev.project.table.registrations;
    if (!reg || !owner || v.kind !== 'lib' || v.tag !== reg.tag) return v;
    const st = this.ev.registry?.lookup([owner, ...(this.ev.project.classes.get(owner)?.bases ?? [])]);
    return st ? lib(reg.tag, st) : v;
  }

  settingOf(annotations: readonly Annotation[] | undefined): Val | null {
    return annotations?.length ? injectedSetting(this.ev.project, annotations) : null;
  }

  /** A member a framework base class (not the project's) gives the class, with the class that extends that base. */
  inherited(cls: string, name: string, seen = new Set<string>()): { spec: { tag: string } | { ctorArg: number }; sub: string } | null {
    const c = this.ev.project.classes.get(cls);
    if (!c || seen.has(cls)) return null;
    seen.add(cls);
    for (const b of c.bases) {
      const spec = own(own(this.ev.table.inherits, b), name);
      if (spec && !this.ev.project.classes.has(b)) return { spec, sub: cls };
      const deeper = this.inherited(b, name, seen);
      if (deeper) return deeper;
    }
    return null;
  }

  inheritedValue(cls: string, name: string): Val {
    const hit = this.inherited(cls, name);
    if (!hit) return UNKNOWN;
    if ('tag' in hit.spec) return lib(hit.spec.tag, { unseen: true });
    const i = hit.spec.ctorArg;
    const ctors = this.ev.project.classes.get(hit.sub)?.methods.filter((m) => m.isCtor && m.baseArgs) ?? [];
    const values = ctors.map((m) => m.baseArgs?.filter((a) => !a.name)[i]).filter((a): a is Arg => !!a)
      .map((a) => this.ev.expr(a.value, { env: new Map(), cls: hit.sub, sends: null, depth: this.ev.maxDepth, stack: [], returns: [] }));
    return values.length ? values.reduce((a, b) => merge(a, b)) : UNKNOWN;
  }

  /** What a field holds: its initializer, the values its class's methods assign, Go's struct literals; or what its type says. */
  fieldValue(cls: string, name: string): Val {
    const f = this.ev.project.field(cls, name);
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
      cls: f.cls.name, fn, sends: null, depth: this.ev.maxDepth, stack: [], returns: [],
    });
    const values: Val[] = [];
    const setting = this.settingOf(f.cls.fields.find((x) => x.name === name)?.annotations) ?? boundSetting(this.ev.project, f.cls, name);
    if (setting) values.push(setting);
    // A configuration file's value overrides the default the class declares.
    if (f.init && !(setting && setting.kind !== 'unknown')) values.push(this.ev.expr(f.init, at()));
    for (const a of this.ev.project.fieldAssignments(f.cls, name)) values.push(this.ev.expr(a.value, at(a.fn)));
    for (const fn of this.ev.project.literalFields.get(f.cls.name)?.get(name) ?? []) values.push(...(this.literalsIn(fn).get(key) ?? []));
    const known = values.filter((v) => v.kind !== 'unknown' || v.name);
    // A field of a client type nobody sets is injected: the client its registration configured for this class.
    const declared = (): Val => { const t = this.injected(f.type, f.cls.name); return t.kind === 'unknown' ? { kind: 'unknown', name: key } : t; };
    let v: Val = known.length ? known.reduce((a, b) => merge(a, b)) : declared();
    if (v.kind === 'unknown' && !v.name) v = declared();
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
      this.ev.run(fn, fn.params.map((p) => ({ kind: 'unknown', name: p.name })), fn.owner ? { kind: 'inst', cls: fn.owner } : undefined, this.ev.maxDepth - 1, []);
    } finally {
      this.capture = outer;
    }
    return hit;
  }

  private readonly literalMemo = new Map<string, Map<string, Val[]>>();

  capture: Map<string, Val[]> | null = null;

  /** `this.client.BaseAddress = …` in the class's methods: state of the library object a field holds. */
  private withProps(v: Extract<Val, { kind: 'lib' }>, cls: ClassDecl, name: string, at: (fn?: Fn) => Frame): Val {
    const props = own(this.ev.table.props, v.tag);
    if (!props) return v;
    let st = v.st;
    for (const fn of cls.methods) {
      for (const s of fn.body.flatMap(function flat(x): Stmt[] { return x.k === 'block' || x.k === 'foreach' ? [x, ...x.body.flatMap(flat)] : x.k === 'if' ? [x, ...x.then.flatMap(flat), ...x.else.flatMap(flat)] : [x]; })) {
        if (s.k !== 'assign' || s.target.k !== 'member') continue;
        const o = s.target.obj;
        const onField = (o.k === 'name' && o.name === name) || (o.k === 'member' && o.name === name && (o.obj.k === 'this' || (o.obj.k === 'name' && o.obj.name === fn.self)));
        const slot = own(props, s.target.name);
        if (onField && slot) st = { ...st, [slot]: asStr(this.ev.expr(s.value, at(fn))) };
      }
    }
    return { ...v, st };
  }

  typed(type: string | undefined): Val {
    const w = wrapped(this.ev.project, type);
    if (w) return w;
    const t = typeName(type);
    if (!t) return UNKNOWN;
    for (const k of typeKeys(t)) {
      const tag = own(this.ev.table.types, k);
      if (tag) return this.provided(t) ?? lib(tag, { unseen: true });
    }
    const last = t.split('.').pop() as string;
    const c = this.ev.project.classes.get(last);
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
      return !!t && typeKeys(t).some((k) => own(this.ev.table.types, k));
    }));
    if (!takesLibrary) return null;
    for (const [tag, methods] of Object.entries(this.ev.table.methods)) {
      if (tag !== '$str' && c.methods.every((m) => own(methods, m.name))) return lib(tag, { unseen: true });
    }
    return null;
  }

  /**
   * An injected value of a library type that one project method provides (`@Bean WebClient
   * klaviyoWebClient() { return WebClient.builder().baseUrl(…).build(); }`): what it returns.
   */
  private provided(type: string): Val | null {
    if (!this.ev.table.providers.length) return null;
    const key = `provider:${type}`;
    if (this.fieldMemo.has(key)) return this.fieldMemo.get(key)?.kind === 'lib' ? (this.fieldMemo.get(key) as Val) : null;
    this.fieldMemo.set(key, UNKNOWN);
    const fns = [...this.ev.project.classes.values()].flatMap((c) => c.methods)
      .filter((m) => m.annotations.some((a) => this.ev.table.providers.includes(a.name)) && typeName(m.returns) === type);
    const v = fns.length === 1 ? this.ev.run(fns[0], fns[0].params.map(() => UNKNOWN), fns[0].owner ? { kind: 'inst', cls: fns[0].owner } : undefined, this.ev.maxDepth - 1, []).ret : UNKNOWN;
    this.fieldMemo.set(key, v);
    return v.kind === 'lib' ? v : null;
  }

  typedOr(type: string | undefined, fallback: Val): Val {
    const t = this.typed(type);
    return t.kind === 'unknown' ? fallback : t;
  }
}
