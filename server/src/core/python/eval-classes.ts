import type { SyntaxNode } from '../tree-sitter/loader';
import { tLiteral, T_UNKNOWN, type TValue } from '../tree-sitter/values';
import type { Env, PyEvaluator } from './evaluator';
import { callLibrary, libraryMember, type PyArgs } from './libraries';
import { valueOfAnnotation } from './eval-types';
import { decorators, namedChildren, statementsDeep } from './syntax';

// Classes and instances: attributes set on `self` in any method (the constructor's with the
// arguments the instance was built with), class attributes, methods bound to their instance,
// properties, base classes (project classes first, then a library base such as
// requests.Session or KlaviyoAPI). `self` read without a call site is "open": an attribute no
// class in its MRO gives a value is a hole the subclasses fill (`path = '/campaigns'`).

type Cls = Extract<TValue, { kind: 'class' }>;
type Inst = Extract<TValue, { kind: 'instance' }>;

export interface ClassInfo {
  methods: Map<string, SyntaxNode>;
  classAttrs: Map<string, SyntaxNode[]>;
  /** `client: KlaviyoAPI` in the class body, without a value (dataclass fields). */
  annotations: Map<string, SyntaxNode>;
  /** `self.<name> = value` in a method: the value and the method. */
  selfAttrs: Map<string, { value: SyntaxNode; method: SyntaxNode }[]>;
  bases: SyntaxNode[];
}

const infos = new WeakMap<PyEvaluator, Map<string, ClassInfo>>();
const MAX_MRO = 12;

export function classInfo(ev: PyEvaluator, cls: SyntaxNode): ClassInfo {
  let byKey = infos.get(ev);
  if (!byKey) infos.set(ev, (byKey = new Map()));
  const key = ev.key(cls);
  const hit = byKey.get(key);
  if (hit) return hit;
  const info: ClassInfo = { methods: new Map(), classAttrs: new Map(), annotations: new Map(), selfAttrs: new Map(), bases: [] };
  const supers = cls.childForFieldName('superclasses');
  if (supers) info.bases = namedChildren(supers).filter((b) => b.type !== 'keyword_argument' && b.type !== 'comment');
  const body = cls.childForFieldName('body');
  for (const s of body ? statementsDeep(body) : []) {
    const def = s.type === 'decorated_definition' ? s.childForFieldName('definition') : s;
    if (def?.type === 'function_definition') {
      const name = def.childForFieldName('name')?.text;
      if (name) info.methods.set(name, def);
      collectSelfAttrs(ev, def, info);
    } else if (s.type === 'expression_statement') {
      const a = s.namedChild(0);
      const left = a?.type === 'assignment' ? a.childForFieldName('left') : null;
      const right = a?.childForFieldName('right');
      const type = a?.childForFieldName('type');
      if (left?.type === 'identifier' && right) info.classAttrs.set(left.text, [...(info.classAttrs.get(left.text) ?? []), right]);
      else if (left?.type === 'identifier' && type) info.annotations.set(left.text, type);
    }
  }
  byKey.set(key, info);
  return info;
}

function collectSelfAttrs(ev: PyEvaluator, method: SyntaxNode, info: ClassInfo): void {
  const selfName = firstParamName(method);
  const body = method.childForFieldName('body');
  if (!selfName || !body) return;
  for (const a of ev.program.nodesOf(ev.program.fileOf(method), 'assignment')) {
    if (a.startIndex < body.startIndex || a.endIndex > body.endIndex) continue;
    const left = a.childForFieldName('left');
    const right = a.childForFieldName('right');
    if (!left || !right || left.type !== 'attribute') continue;
    if (left.childForFieldName('object')?.text !== selfName) continue;
    const name = left.childForFieldName('attribute')?.text;
    if (name) info.selfAttrs.set(name, [...(info.selfAttrs.get(name) ?? []), { value: right, method }]);
  }
}

export function firstParamName(fn: SyntaxNode): string | null {
  const p = fn.childForFieldName('parameters')?.namedChild(0);
  if (!p) return null;
  return p.type === 'identifier' ? p.text : (p.childForFieldName('name')?.text ?? null);
}

/** Project classes of the MRO (depth-first, left to right), plus the first library base met. */
export function mro(ev: PyEvaluator, cls: SyntaxNode): { classes: SyntaxNode[]; library: TValue | null } {
  const classes: SyntaxNode[] = [];
  let library: TValue | null = null;
  const visit = (c: SyntaxNode): void => {
    if (classes.length >= MAX_MRO || classes.some((x) => x.equals(c))) return;
    classes.push(c);
    for (const b of classInfo(ev, c).bases) {
      const v = ev.eval(b);
      if (v.kind === 'class') visit(v.node);
      else if (!library && (v.kind === 'http' || v.kind === 'sdk')) library = v;
    }
  };
  visit(cls);
  return { classes, library };
}

/** Parameters bound for one call of a function: positional, keywords, defaults, and `self` for methods. */
export function bindArgs(ev: PyEvaluator, fn: SyntaxNode, args: PyArgs, self?: TValue): Map<string, TValue> {
  const env = new Map<string, TValue>();
  const body = fn.childForFieldName('body');
  const scope = body ? ev.scopesOf(ev.program.fileOf(fn))?.scopeAt(body) : null;
  if (!scope) return env;
  const fnKey = ev.key(fn);
  const params = [...scope.bindings.values()].map((l) => l[0]).filter((b) => b.kind === 'param' && b.index !== undefined)
    .sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  let shift = 0;
  if (self && params[0] && !decorators(fn).includes('staticmethod')) {
    env.set(`${fnKey}|${params[0].name}`, self);
    shift = 1;
  }
  const named = new Set<string>();
  for (const p of params.slice(shift)) {
    named.add(p.name);
    const v = args.positional[(p.index ?? 0) - shift] ?? args.keywords.get(p.name) ?? (p.value ? ev.eval(p.value) : undefined);
    if (v) env.set(`${fnKey}|${p.name}`, v);
  }
  // `**kw` collects the keywords no parameter takes.
  const kwargs = [...scope.bindings.values()].map((l) => l[0]).find((b) => b.kind === 'param' && b.splat === 'kwargs');
  if (kwargs) {
    const props = new Map<string, () => TValue>();
    for (const [k, v] of args.keywords) if (!named.has(k)) props.set(k, () => v);
    env.set(`${fnKey}|${kwargs.name}`, { kind: 'obj', props });
  }
  return env;
}

/** `Cls(args)`: an instance remembering its constructor arguments, or the library base's instance. */
export function construct(ev: PyEvaluator, cls: Cls, args: PyArgs): TValue {
  const { classes, library } = mro(ev, cls.node);
  const init = classes.map((c) => classInfo(ev, c).methods.get('__init__')).find((m) => m);
  const fromLibrary = !init && library ? callLibrary(library, args) : null;
  if (fromLibrary) return fromLibrary;
  const inst: Inst = { kind: 'instance', key: cls.key, file: cls.file, node: cls.node };
  if (init) {
    const env = bindArgs(ev, init, args, inst);
    const names = paramNames(ev, init).slice(1);
    const initKey = ev.key(init);
    inst.ctorArgs = names.map((n) => env.get(`${initKey}|${n}`) ?? T_UNKNOWN);
  }
  return inst;
}

const paramNamesCache = new WeakMap<PyEvaluator, Map<string, string[]>>();

function paramNames(ev: PyEvaluator, fn: SyntaxNode): string[] {
  let cache = paramNamesCache.get(ev);
  if (!cache) paramNamesCache.set(ev, (cache = new Map()));
  const key = ev.key(fn);
  const hit = cache.get(key);
  if (hit) return hit;
  const names = readParamNames(fn);
  cache.set(key, names);
  return names;
}

function readParamNames(fn: SyntaxNode): string[] {
  const params = fn.childForFieldName('parameters');
  return params ? namedChildren(params).filter((p) => !/splat|separator/.test(p.type))
    .map((p) => (p.type === 'identifier' ? p.text : (p.childForFieldName('name')?.text ?? namedChildren(p)[0]?.text ?? ''))) : [];
}

/** Env for evaluating code in a method of `inst`: `self`, and the constructor's parameters in `__init__`. */
function methodEnv(ev: PyEvaluator, method: SyntaxNode, inst: Inst): Env {
  const key = ev.key(method);
  const names = paramNames(ev, method);
  const env = new Map<string, TValue>();
  if (names[0]) env.set(`${key}|${names[0]}`, inst);
  if (method.childForFieldName('name')?.text === '__init__' && inst.ctorArgs) {
    names.slice(1).forEach((n, i) => {
      const v = inst.ctorArgs?.[i];
      if (v && v.kind !== 'unknown') env.set(`${key}|${n}`, v);
    });
  }
  return env;
}

export function instanceMember(ev: PyEvaluator, inst: Inst, name: string): TValue {
  const { classes, library } = mro(ev, inst.node);
  for (const c of classes) {
    const info = classInfo(ev, c);
    const method = info.methods.get(name);
    if (method) {
      const fn: TValue = { kind: 'fn', key: ev.key(method), file: ev.program.fileOf(method), node: method, self: inst };
      if (!decorators(method).some((d) => d === 'property' || d.endsWith('cached_property'))) return fn;
      const body = method.childForFieldName('body');
      const ret = body ? [...statementsDeep(body)].find((s) => s.type === 'return_statement')?.namedChild(0) : null;
      return ret ? ev.eval(ret, methodEnv(ev, method, inst)) : T_UNKNOWN;
    }
    // pydantic `BaseSettings`: each field is read from the env var of its name; an empty default is that var, unset here.
    const settings = info.bases.some((b) => /(^|\.)BaseSettings$/.test(b.text));
    const attr = (n: SyntaxNode) => (): TValue => {
      const v = ev.eval(n);
      return settings && tLiteral(v) === '' ? { kind: 'env', name: name.toUpperCase() } : v;
    };
    const values: (() => TValue)[] = [
      ...(info.classAttrs.get(name) ?? []).map(attr),
      ...(info.selfAttrs.get(name) ?? []).map((a) => () => ev.eval(a.value, methodEnv(ev, a.method, inst))),
    ];
    if (values.length === 0) {
      const type = info.annotations.get(name);
      const typed = type ? valueOfAnnotation(ev, type) : null;
      if (typed) return typed;
      continue;
    }
    const v = ev.best(values);
    if (v.kind !== 'unknown') return v;
    return open(ev, inst, name) ?? v;
  }
  if (library) {
    const base = callLibrary(library, { positional: [], keywords: new Map() });
    const v = base ? libraryMember(base, name) : null;
    if (v && v.kind !== 'unknown') return v;
  }
  return open(ev, inst, name) ?? T_UNKNOWN;
}

/** An attribute of an open `self` no class gives a value: a hole each subclass fills. */
function open(ev: PyEvaluator, inst: Inst, name: string): TValue | null {
  const o = ev.openSelf.get(inst);
  return o ? { kind: 'unknown', param: { fn: o.fn, index: 0, name: 'self', path: [name] } } : null;
}

/** `Cls.attr`: a class attribute, or a method as a plain function. */
export function classMember(ev: PyEvaluator, cls: Cls, name: string): TValue {
  for (const c of mro(ev, cls.node).classes) {
    const info = classInfo(ev, c);
    const method = info.methods.get(name);
    if (method) return { kind: 'fn', key: ev.key(method), file: ev.program.fileOf(method), node: method };
    const attrs = info.classAttrs.get(name);
    if (attrs) return ev.best(attrs.map((n) => () => ev.eval(n)));
  }
  return T_UNKNOWN;
}

/**
 * Where a class itself gives an attribute its value: `path = '/x'`, `self.path = '/x'`, or a
 * property's return (with `methods`, any method's: frameworks that call `self.path()`).
 */
export function attrSite(info: ClassInfo, name: string, methods = false): SyntaxNode | null {
  const assigned = info.classAttrs.get(name)?.[0]?.parent ?? info.selfAttrs.get(name)?.[0]?.value.parent;
  if (assigned) return assigned;
  const prop = info.methods.get(name);
  const body = prop && (methods || decorators(prop).includes('property')) ? prop.childForFieldName('body') : null;
  const ret = body ? [...statementsDeep(body)].find((s) => s.type === 'return_statement') : undefined;
  return ret?.namedChild(0) ?? null;
}
