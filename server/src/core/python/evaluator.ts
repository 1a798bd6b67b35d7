import type { SyntaxNode } from '../tree-sitter/loader';
import { nodeKey, T_UNKNOWN, tChoices, tConcat, tDependsOnParams, tLiteral, tParts, tstr, type TValue } from '../tree-sitter/values';
import { decide, literalChoices, tellingBranch } from '../conditions';
import { tBranchParts } from '../tree-sitter/conditions';
import { lowerCondition } from './conditions';
import { callValue } from './eval-calls';
import { loopValue } from './eval-loops';
import { instanceMember, classMember } from './eval-classes';
import { environRead } from './eval-env';
import { evalStringNode, percentFormat } from './eval-strings';
import { valueOfAnnotation } from './eval-types';
import { fromImport, importedModule, moduleMember } from './eval-modules';
import { libraryMember } from './libraries';
import type { PyProgram } from './program';
import { FileScopes, type Binding } from './scopes';
import { namedChildren, requestOwner, unwrap } from './syntax';

// Evaluates Python expressions to abstract values (tree-sitter/values.ts): which SDK client, HTTP
// session or URL an expression holds, across assignments, imports, classes and function returns.
// One evaluator serves one file's analysis; values that do not depend on a call site are cached.

/** Values bound to parameters while a function is evaluated for one call site: key `${fnKey}|${name}`. */
export type Env = ReadonlyMap<string, TValue>;

const MAX_DEPTH = 40;

export class PyEvaluator {
  private readonly scopes = new Map<string, FileScopes>();
  private readonly cache = new Map<string, TValue>();
  /**
   * Values under one binding of a helper's parameters. An Env is never changed once made, so a
   * node's value under it is a fact; without this, `q = q.where(...)` in if/elif chains inside a
   * helper re-evaluates every reaching assignment per use, exponential in the chain's length.
   */
  private readonly envCache = new WeakMap<Env, Map<string, TValue>>();
  private readonly active = new Set<string>();
  private depth = 0;
  /** Module values of project files, so member lookups can reach their names and submodules. */
  readonly moduleFiles = new WeakMap<object, { file: string; dotted: string }>();
  /** `self` read in a method without a call site: the concrete class may be any subclass. */
  readonly openSelf = new WeakMap<object, { fn: string }>();
  /** One open `self` per method, so member lookups on it are computed once. */
  readonly selfByMethod = new Map<string, TValue | null>();
  /** Members already looked up on an instance object. */
  readonly members = new WeakMap<object, Map<string, TValue>>();

  constructor(readonly program: PyProgram) {}

  scopesOf(file: string): FileScopes | null {
    let s = this.scopes.get(file);
    if (!s) {
      const root = this.program.rootOf(file);
      if (!root) return null;
      s = new FileScopes(file, root, (t) => this.program.nodesOf(file, t));
      this.scopes.set(file, s);
    }
    return s;
  }

  /** Stable identity of a node across analyses (helper and deferred-request keys). */
  key(node: SyntaxNode): string {
    return nodeKey(this.program.fileOf(node), node);
  }

  private readonly treeNumbers = new Map<object, number>();

  /** A cheaper identity, valid within this analysis only: the eval cache's key. */
  private cacheKey(node: SyntaxNode): string {
    let t = this.treeNumbers.get(node.tree);
    if (t === undefined) this.treeNumbers.set(node.tree, (t = this.treeNumbers.size));
    return `${t}:${node.id}:${node.startIndex}`;
  }

  eval(node: SyntaxNode, env?: Env): TValue {
    const k = this.cacheKey(node);
    const cacheable = !env || env.size === 0;
    const memo = cacheable ? null : (this.envCache.get(env!) ?? this.envCache.set(env!, new Map()).get(env!)!);
    const hit = memo ? memo.get(k) : this.cache.get(k);
    if (hit) return hit;
    const activeKey = cacheable ? k : `${k}@${[...env.keys()].join(',')}`;
    if (this.active.has(activeKey) || this.depth > MAX_DEPTH) return T_UNKNOWN;
    this.active.add(activeKey);
    this.depth++;
    let v: TValue;
    try {
      v = this.evalUncached(node, env);
    } finally {
      this.depth--;
      this.active.delete(activeKey);
    }
    // A value read through an open `self` depends on the subclass: not a stable fact of the node.
    if (memo) memo.set(k, v);
    else if (!tDependsOnParams(v)) this.cache.set(k, v);
    return v;
  }

  private evalUncached(node: SyntaxNode, env?: Env): TValue {
    switch (node.type) {
      case 'string':
      case 'concatenated_string':
        return evalStringNode(node, (e) => this.eval(e, env));
      case 'parenthesized_expression':
      case 'await':
        return unwrap(node).equals(node) ? T_UNKNOWN : this.eval(unwrap(node), env);
      case 'identifier':
        return this.identifier(node, env);
      case 'attribute': {
        const obj = node.childForFieldName('object');
        const attr = node.childForFieldName('attribute');
        return obj && attr ? this.member(this.eval(obj, env), attr.text) : T_UNKNOWN;
      }
      case 'subscript': {
        const envName = environRead(this, node);
        if (envName) return { kind: 'env', name: envName };
        const obj = node.childForFieldName('value');
        const sub = node.childForFieldName('subscript');
        if (!obj || !sub) return T_UNKNOWN;
        const key = this.eval(sub, env);
        const container = this.eval(obj, env);
        if (container.kind === 'arr' && sub.type === 'integer') return container.items[Number(sub.text)] ?? T_UNKNOWN;
        const k = tLiteral(key);
        if (k !== null) return this.member(container, k);
        // `PLURAL[resource_type]`: one of the dict's literals.
        return container.kind === 'obj' ? tChoices([...container.props.values()].map((get) => get())) : T_UNKNOWN;
      }
      case 'call':
        return callValue(this, node, env);
      case 'binary_operator':
        return this.binary(node, env);
      case 'boolean_operator': {
        const a = this.eval(node.childForFieldName('left') ?? node, env);
        const b = this.eval(node.childForFieldName('right') ?? node, env);
        // `os.getenv('KLAVIYO_URL') or 'https://a.klaviyo.com/api'`: the default says where requests go.
        if (a.kind === 'env' && /^(https?:)?\/\//i.test(tLiteral(b) ?? '')) return b;
        return a.kind === 'unknown' && !a.param ? b : a;
      }
      case 'conditional_expression': {
        const [whenTrue, cond, whenFalse] = namedChildren(node);
        if (!whenTrue || !whenFalse) return T_UNKNOWN;
        if (whenFalse.type === 'none') return this.eval(whenTrue, env);
        if (whenTrue.type === 'none') return this.eval(whenFalse, env);
        const decided = cond ? decide(lowerCondition(this, cond, env)) : null;
        if (decided !== null) return this.eval(decided ? whenTrue : whenFalse, env);
        const a = this.eval(whenTrue, env);
        const b = this.eval(whenFalse, env);
        if (sameValue(a, b)) return a;
        const alt = literalChoices(tBranchParts(a), tBranchParts(b));
        return alt ? { kind: 'str', parts: [{ hole: true, alt }] } : (tellingBranch(a, b, tBranchParts) ?? T_UNKNOWN);
      }
      case 'dictionary':
        return this.dictionary(node, env);
      case 'list':
      case 'tuple':
      case 'expression_list':
      case 'set':
        return { kind: 'arr', items: namedChildren(node).filter((c) => c.type !== 'comment').map((c) => (c.type === 'list_splat' ? T_UNKNOWN : this.eval(c, env))) };
      case 'integer':
        return tstr(node.text);
      case 'named_expression':
        return this.eval(node.childForFieldName('value') ?? node, env);
      case 'lambda':
        return { kind: 'fn', key: this.key(node), file: this.program.fileOf(node), node };
      default:
        return T_UNKNOWN;
    }
  }

  private binary(node: SyntaxNode, env?: Env): TValue {
    const op = node.childForFieldName('operator')?.text;
    const a = this.eval(node.childForFieldName('left') ?? node, env);
    const b = this.eval(node.childForFieldName('right') ?? node, env);
    if (op === '+') {
      // `self.base + path` with both unknown still depends on `path`: keep the parameter's hole.
      if (a.kind === 'unknown' && b.kind === 'unknown' && !a.param && !b.param) return T_UNKNOWN;
      return tParts(a) && tParts(b) ? tConcat(a, b) : T_UNKNOWN;
    }
    if (op === '%') return percentFormat(a, b, (v, k) => this.member(v, k));
    return T_UNKNOWN;
  }

  private dictionary(node: SyntaxNode, env?: Env): TValue {
    const props = new Map<string, () => TValue>();
    for (const c of namedChildren(node)) {
      if (c.type === 'dictionary_splat') {
        const inner = c.namedChild(0);
        const v = inner ? this.eval(inner, env) : T_UNKNOWN;
        if (v.kind === 'obj') for (const [k, f] of v.props) props.set(k, f);
        continue;
      }
      if (c.type !== 'pair') continue;
      const key = c.childForFieldName('key');
      const value = c.childForFieldName('value');
      const k = key ? tLiteral(this.eval(key, env)) : null;
      if (k !== null && value) props.set(k, () => this.eval(value, env));
    }
    return { kind: 'obj', props };
  }

  identifier(node: SyntaxNode, env?: Env): TValue {
    const scopes = this.scopesOf(this.program.fileOf(node));
    const r = scopes?.resolve(node.text, node);
    if (!r) return T_UNKNOWN;
    return this.best(r.bindings.map((b) => () => this.bindingValue(b, env)));
  }

  /** The most telling of several possible values: the last one that is known. */
  best(values: (() => TValue)[]): TValue {
    let out: TValue = T_UNKNOWN;
    for (const f of values) {
      const v = f();
      if (v.kind !== 'unknown' || (v.param && out.kind === 'unknown')) out = v;
    }
    return out;
  }

  bindingValue(b: Binding, env?: Env): TValue {
    switch (b.kind) {
      case 'assign': {
        if (!b.value) return T_UNKNOWN;
        const v = this.eval(b.value, env);
        return b.unpack === undefined ? v : v.kind === 'arr' ? (v.items[b.unpack] ?? T_UNKNOWN) : T_UNKNOWN;
      }
      case 'aug': {
        const op = b.node.childForFieldName('operator')?.text;
        const prev = this.scopesOf(this.program.fileOf(b.node))?.resolve(b.name, b.node);
        const before = prev ? this.best(prev.bindings.filter((p) => p !== b && p.pos < b.pos).map((p) => () => this.bindingValue(p, env))) : T_UNKNOWN;
        return op === '+=' && b.value ? tConcat(before, this.eval(b.value, env)) : T_UNKNOWN;
      }
      case 'with':
        return b.value ? this.eval(b.value, env) : T_UNKNOWN;
      case 'def':
      case 'class':
        return { kind: b.kind === 'def' ? 'fn' : 'class', key: this.key(b.node), file: this.program.fileOf(b.node), node: b.node };
      case 'param':
        return this.param(b, env);
      case 'import':
        return importedModule(this, this.program.fileOf(b.node), b.module ?? '', 0);
      case 'from':
      case 'star':
        return fromImport(this, this.program.fileOf(b.node), b.module ?? '', b.level ?? 0, b.kind === 'star' ? b.name : (b.member ?? ''));
      case 'loop':
        return loopValue(this, b, env);
      default:
        return T_UNKNOWN;
    }
  }

  private param(b: Binding, env?: Env): TValue {
    const fn = b.scope.node;
    const fnKey = this.key(fn);
    const bound = env?.get(`${fnKey}|${b.name}`);
    if (bound) return bound;
    const fallback = b.value ? this.eval(b.value) : undefined;
    if (b.index === 0 && b.scope.kind === 'function') {
      if (!this.selfByMethod.has(fnKey)) this.selfByMethod.set(fnKey, selfOf(this, fn, fnKey));
      const self = this.selfByMethod.get(fnKey);
      if (self) return self;
    }
    // `def sync(client: KlaviyoAPI)`: the annotation says what the caller hands in.
    const type = b.node.childForFieldName('type');
    const typed = type ? valueOfAnnotation(this, type) : null;
    if (typed) return typed;
    return { kind: 'unknown', param: { fn: fnKey, index: b.index ?? -1, name: b.name, path: [], fallback } };
  }

  member(v: TValue, name: string): TValue {
    if (v.kind === 'obj') {
      const mod = this.moduleFiles.get(v);
      if (mod) return moduleMember(this, mod.file, mod.dotted, name);
      return v.props.get(name)?.() ?? T_UNKNOWN;
    }
    if (v.kind === 'instance') {
      let known = this.members.get(v);
      if (!known) this.members.set(v, (known = new Map()));
      const hit = known.get(name);
      if (hit) return hit;
      const m = instanceMember(this, v, name);
      known.set(name, m);
      return m;
    }
    if (v.kind === 'class') return classMember(this, v, name);
    if (v.kind === 'unknown' && v.param) return { kind: 'unknown', param: { ...v.param, path: [...v.param.path, name], fallback: undefined } };
    // `settings.KLAVIYO_API_URL` of a settings object we cannot read: the name may still say it is Klaviyo's base.
    return libraryMember(v, name) ?? (v.kind === 'unknown' && !v.name ? { kind: 'unknown', name } : T_UNKNOWN);
  }

  /** The function a node runs in, as the key used for deferred helper requests. */
  functionKeyAt(node: SyntaxNode): string | null {
    const fn = requestOwner(node);
    return fn ? this.key(fn) : null;
  }
}

/** The implicit `self` of a method: an instance of its class whose concrete class is open. */
function selfOf(ev: PyEvaluator, fn: SyntaxNode, fnKey: string): TValue | null {
  const p = fn.parent?.type === 'decorated_definition' ? fn.parent.parent : fn.parent;
  const cls = p?.type === 'block' ? p.parent : null;
  if (cls?.type !== 'class_definition') return null;
  const deco = fn.parent?.type === 'decorated_definition' ? fn.parent.text : '';
  if (/@staticmethod\b/.test(deco)) return null;
  const file = ev.program.fileOf(cls);
  if (/@classmethod\b/.test(deco)) return { kind: 'class', key: ev.key(cls), file, node: cls };
  const self: TValue = { kind: 'instance', key: ev.key(cls), file, node: cls };
  ev.openSelf.set(self, { fn: fnKey });
  return self;
}

/** Both branches of `a if c else b` give the same thing (values hold syntax nodes: compare by parts). */
function sameValue(a: TValue, b: TValue): boolean {
  if (a.kind === 'str' && b.kind === 'str') return tLiteral(a) !== null && tLiteral(a) === tLiteral(b);
  if (a.kind === 'sdk' && b.kind === 'sdk') return a.what === b.what && a.group === b.group && a.legacy === b.legacy;
  if (a.kind === 'http' && b.kind === 'http') return a.lib === b.lib && a.what === b.what;
  if ((a.kind === 'fn' || a.kind === 'class' || a.kind === 'instance') && a.kind === b.kind) return a.key === b.key;
  return a.kind === 'env' && b.kind === 'env' && a.name === b.name;
}
